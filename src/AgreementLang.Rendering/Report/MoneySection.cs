using System.Collections.Immutable;
using AgreementLang.Checks;
using AgreementLang.Model;

namespace AgreementLang.Rendering.Report;

/// <summary>Money: each facility's cap against the loans drawn on it (by agreement), and what each party gives and
/// receives. Amounts in another currency than the cap's are converted only by a rate the sources declare; otherwise
/// they are listed and not drawn. Totals per party are kept per currency, never summed across currencies.</summary>
internal static class MoneySection
{
    public static ImmutableArray<FacilityUse> Facilities(AgreementSet set, IReadOnlyList<ReportTerms> agreements, DiagnosticIndex diagnostics)
    {
        var result = ImmutableArray.CreateBuilder<FacilityUse>();
        foreach (var facility in set.Facilities.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            var draws = agreements.SelectMany(a => a.Loans.Where(l => l.Facility == facility.Name).Select(l => (a.Agreement, Loan: l)))
                .OrderBy(d => d.Agreement.Name, StringComparer.Ordinal).ThenBy(d => d.Loan.Location.Span.Start)
                .Select(d =>
                {
                    var rates = d.Agreement.ExchangeRates.Concat(set.Zones.Where(z => z.Name == d.Agreement.Zone).SelectMany(z => z.ExchangeRates));
                    // Drawn on the cap as the checks count it (AGR306): an exact or at-least figure; an up-to ceiling or an
                    // amount to be agreed is listed, not drawn.
                    var converted = Counted(d.Loan.Amount) is { } counted
                        ? Conversions.ConvertMoney(counted, facility.Cap.Currency, rates, d.Loan.Period)
                        : null;
                    return new FacilityDraw(d.Agreement.Name, d.Loan.Lender, d.Loan.Borrower, Stated(d.Loan.Amount),
                        converted is { } c ? Conversions.Comparable(c) : null, ReportSources.Of(d.Loan.Location), diagnostics.IdsAt(d.Loan.Location));
                })
                .ToImmutableArray();
            var drawn = draws.Where(d => d.Amount is not null).Aggregate(0m, (sum, d) => Arithmetic.Add(sum, d.Amount!.Value));
            var ids = diagnostics.IdsAt(facility.Location).Concat(draws.SelectMany(d => d.Diagnostics)).Distinct().ToImmutableArray();
            result.Add(new FacilityUse(facility.Name, Show.Money(facility.Cap), facility.Cap.Amount, facility.Cap.Currency, draws, drawn,
                ReportSources.Of(facility.Location), ids));
        }

        return result.ToImmutable();
    }

    public static ImmutableArray<PartyFinancing> Parties(IReadOnlyList<ReportTerms> agreements)
    {
        var flows = agreements.SelectMany(a => a.Financing.Select(f => new FinancingFlow(a.Agreement.Name, f.Kind, f.From, f.To,
                Stated(f.Amount), f.Amount.Stated?.Currency, Counted(f.Amount)?.Amount, ReportSources.Of(f.Term.Location))))
            .ToArray();
        var parties = flows.SelectMany(f => new[] { f.From, f.To }).Distinct().Order(StringComparer.Ordinal);
        return parties.Select(party => new PartyFinancing(party,
                Totals(flows.Where(f => f.From == party)), Totals(flows.Where(f => f.To == party)),
                flows.Where(f => f.From == party || f.To == party).OrderBy(f => f.Agreement, StringComparer.Ordinal).ThenBy(f => f.Source, StringComparer.Ordinal).ToImmutableArray()))
            .ToImmutableArray();
    }

    /// <summary>The amount as the instrument states it: "USD 150,000,000", "at least USD 1,000,000,000", "an amount to
    /// be agreed".</summary>
    private static string Stated(CommittedAmount amount) =>
        amount.Stated is { } money ? amount.BoundWords + Show.Money(money) : "an amount to be agreed";

    /// <summary>The figure a total counts: what the commitment binds to at the least (exact and at-least figures);
    /// none for an up-to ceiling or an amount to be agreed, which are listed but never summed.</summary>
    private static Money? Counted(CommittedAmount amount) =>
        amount.Bound is AmountBound.Exactly or AmountBound.AtLeast ? amount.Stated : null;

    private static ImmutableArray<FinancingTotal> Totals(IEnumerable<FinancingFlow> flows) =>
        flows.Where(f => f.Value is not null && f.Currency is not null).GroupBy(f => f.Currency!).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new FinancingTotal(g.Key, g.Aggregate(0m, (sum, f) => Arithmetic.Add(sum, f.Value!.Value))))
            .ToImmutableArray();
}
