using AgreementLang.Diagnostics;
using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>AGR321: one financing commitment restated in a related instrument in another currency, with no
/// exchange rate declared that links the two (in either instrument, or in its zone). The two amounts are
/// reported as incomparable rather than guessed equal or different — "USD 1 billion" in the US–Australia
/// framework and "AUD 1 billion" in a report of it are a live ambiguity that only a declared rate settles.</summary>
public sealed class FinancingAmountsIncomparableRule : IRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.FinancingAmountsIncomparable;

    public void Check(CheckContext context, List<Diagnostic> diagnostics)
    {
        foreach (var pair in FinancingRestatement.Find(context))
        {
            if (pair.NewerInOlder is not null)
            {
                continue;
            }

            var newer = FinancingRestatement.Amount(pair.Newer.Term);
            var older = FinancingRestatement.Amount(pair.Older.Term);
            diagnostics.Add(Diagnostic.FinancingAmountsIncomparable(pair.Newer.Location, Describe.Term(pair.Newer.Term), Show.Money(newer), Show.Money(older),
                    pair.Older.Place, newer.Currency, older.Currency, Where(pair))
                .WithRelated(pair.Older.Location, Describe.Term(pair.Older.Term) + " of " + Show.Money(older) + " in " + pair.Older.Instrument));
        }
    }

    private static string Where(FinancingRestatement.Pair pair)
    {
        var places = new List<string>();
        foreach (var agreement in new[] { pair.Newer.Agreement, pair.Older.Agreement })
        {
            if (agreement.Zone is { } zone && !places.Contains("zone " + zone))
            {
                places.Add("zone " + zone);
            }

            places.Add(agreement.Name);
        }

        return Describe.Parties(places).Replace(" and ", " or ");
    }
}
