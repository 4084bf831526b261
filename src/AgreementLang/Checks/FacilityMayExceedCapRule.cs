using AgreementLang.Diagnostics;
using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>AGR317: loans drawn from one facility whose exact and at-least figures fit under its cap, but which the
/// agreements allow to exceed it through "up to" amounts drawn in full. An at-least amount counts at its figure only
/// (what lies above is open, not promised), so it never raises this alone. A warning: nothing is over the cap until
/// the ceilings are drawn. A facility already over its cap at its least is AGR306's alone.</summary>
public sealed class FacilityMayExceedCapRule : IRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.FacilityMayExceedCap;

    public void Check(CheckContext context, List<Diagnostic> diagnostics)
    {
        foreach (var pair in context.LoansByFacility)
        {
            if (!context.Facilities.TryGetValue(pair.Key, out var facility))
            {
                continue;
            }

            var draws = FacilityDraws.Of(context, facility, pair.Value);
            if (!draws.Any(d => d.Loan.Term.Amount.Bound == AmountBound.UpTo) ||
                FacilityDraws.FirstOverCap(draws, d => d.Least, facility.Cap.Amount) is not null ||
                FacilityDraws.FirstOverCap(draws, d => d.Most, facility.Cap.Amount) is not { } over)
            {
                continue;
            }

            var currency = facility.Cap.Currency;
            var primary = over.Active.First(d => d.Loan.Term.Amount.Bound == AmountBound.UpTo);
            var least = over.Active.Aggregate(0m, (sum, d) => Arithmetic.Add(sum, d.Least));
            var parts = over.Active.Select(d => d.Describe(currency, ReferenceEquals(d, primary))).ToList();
            var diagnostic = Diagnostic.FacilityMayExceedCap(primary.Loan.Location, facility.Name, Show.Money(over.Total, currency),
                over.Date == DateTime.MinValue ? "" : " from " + Show.Date(over.Date), Show.Money(facility.Cap), facility.Location,
                Show.Money(least, currency), Describe.List(parts));
            foreach (var draw in over.Active.Where(d => !ReferenceEquals(d, primary)).Take(10))
            {
                diagnostic = diagnostic.WithRelated(draw.Loan.Location,
                    "loan of " + draw.Loan.Term.Amount.ToString() + " from " + facility.Name + " in " + draw.Loan.Instrument);
            }

            diagnostics.Add(diagnostic.WithRelated(facility.Location, "facility " + facility.Name + " with a cap of " + Show.Money(facility.Cap)));
        }
    }
}
