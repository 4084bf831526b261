using AgreementLang.Diagnostics;
using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>AGR320: one financing commitment restated in an instrument that rests on another (or the other way
/// round) with another amount, once the exchange rates the set declares (the newer instrument's, then the older
/// one's, each with its zone's) bring both into one currency. The amounts are compared to the cent: a commitment
/// states one amount, and a restatement at a rate is the rate's arithmetic, not an approximation. Reported at
/// the newer statement, once per older statement it contradicts.</summary>
public sealed class FinancingRestatedDifferentlyRule : IRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.FinancingRestatedDifferently;

    public void Check(CheckContext context, List<Diagnostic> diagnostics)
    {
        foreach (var pair in FinancingRestatement.Find(context))
        {
            if (pair.NewerInOlder is not { } newer)
            {
                continue;
            }

            var newerAmount = FinancingRestatement.Amount(pair.Newer.Term);
            var olderAmount = FinancingRestatement.Amount(pair.Older.Term);
            if (Conversions.Comparable(newer) == olderAmount.Amount)
            {
                continue;
            }

            diagnostics.Add(Diagnostic.FinancingRestatedDifferently(pair.Newer.Location, Describe.Term(pair.Newer.Term),
                    Show.Money(newerAmount, newer, olderAmount.Currency), Show.Money(olderAmount), pair.Older.Place,
                    Show.FromOverlap(pair.Older.Period, pair.Newer.Period))
                .WithRelated(pair.Older.Location, Describe.Term(pair.Older.Term) + " of " + Show.Money(olderAmount) + " in " + pair.Older.Instrument));
        }
    }
}
