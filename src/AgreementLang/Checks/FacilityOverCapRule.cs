using AgreementLang.Diagnostics;
using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>AGR306: loans drawn from one facility that, on some date, are outstanding together for more than
/// the facility's cap — four agreements each drawing USD 3 billion from a USD 10 billion loan. Each loan counts at
/// the least it commits (<see cref="FacilityDraw.Least"/>): an exact or at-least figure in full, an up-to amount not
/// at all, since it may be drawn in part (AGR317 reports a cap that up-to ceilings may exceed). Loans in another
/// currency count at the drawing agreement's (or its zone's) declared exchange rate; without one the binder
/// reports AGR108 and the loan is left out of the sum rather than guessed at. Reported once, at the newest loan
/// outstanding when the cap is first exceeded.</summary>
public sealed class FacilityOverCapRule : IRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.FacilityOverCap;

    public void Check(CheckContext context, List<Diagnostic> diagnostics)
    {
        foreach (var pair in context.LoansByFacility)
        {
            if (!context.Facilities.TryGetValue(pair.Key, out var facility))
            {
                continue;
            }

            var draws = FacilityDraws.Of(context, facility, pair.Value);
            if (FacilityDraws.FirstOverCap(draws, d => d.Least, facility.Cap.Amount) is not { } over)
            {
                continue;
            }

            var currency = facility.Cap.Currency;
            var counted = over.Active.Where(d => d.Least > 0).ToList();
            var newest = counted[0];
            var parts = counted.Select(d => d.Describe(currency, ReferenceEquals(d, newest))).ToList();
            var diagnostic = Diagnostic.FacilityOverCap(newest.Loan.Location, facility.Name, Show.Money(over.Total, currency),
                over.Date == DateTime.MinValue ? "" : " from " + Show.Date(over.Date), Show.Money(facility.Cap), facility.Location, Describe.List(parts));
            foreach (var draw in counted.Skip(1).Take(10))
            {
                diagnostic = diagnostic.WithRelated(draw.Loan.Location,
                    "loan of " + draw.Loan.Term.Amount.ToString() + " from " + facility.Name + " in " + draw.Loan.Instrument);
            }

            diagnostics.Add(diagnostic.WithRelated(facility.Location, "facility " + facility.Name + " with a cap of " + Show.Money(facility.Cap)));
        }
    }
}
