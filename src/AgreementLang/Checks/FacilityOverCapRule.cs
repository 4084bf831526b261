using AgreementLang.Diagnostics;
using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>AGR306: loans drawn from one facility that, on some date, are outstanding together for more than
/// the facility's cap — four agreements each drawing USD 3 billion from a USD 10 billion loan. Loans in another
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

            var currency = facility.Cap.Currency;
            var amounts = new Dictionary<EffectiveTerm<Loan>, Converted>();
            var loans = new List<EffectiveTerm<Loan>>();
            foreach (var loan in pair.Value)
            {
                if (Conversions.ConvertMoney(loan.Term.Amount, currency, context.RatesOf(loan.Agreement), loan.Period) is { } converted)
                {
                    amounts[loan] = converted;
                    loans.Add(loan);
                }
            }

            var total = 0m;
            var reported = false;
            Timeline.Sweep(
                loans,
                l => l.Period,
                Array.Empty<DateTime>(),
                l => total = Arithmetic.Add(total, amounts[l].Amount),
                l => total = Arithmetic.Subtract(total, amounts[l].Amount),
                (date, active) =>
                {
                    if (reported || total <= facility.Cap.Amount)
                    {
                        return;
                    }

                    reported = true;
                    var ordered = active.OrderByDescending(l => l.Order).ToList();
                    var newest = ordered[0];
                    var parts = ordered.Select(l => Show.Money(l.Term.Amount, amounts[l], currency) + " to " + l.Term.Borrower + " " +
                                                    Describe.Where(l, ReferenceEquals(l, newest))).ToList();
                    var diagnostic = Diagnostic.Create(Descriptor, newest.Location, facility.Name, Show.Money(total, currency),
                        date == DateTime.MinValue ? "" : " from " + Show.Date(date), Show.Money(facility.Cap), facility.Location, Describe.List(parts));
                    foreach (var loan in ordered.Skip(1).Take(10))
                    {
                        diagnostic = diagnostic.WithRelated(loan.Location, "loan of " + Show.Money(loan.Term.Amount) + " from " + facility.Name + " in " + loan.Instrument);
                    }

                    diagnostics.Add(diagnostic.WithRelated(facility.Location, "facility " + facility.Name + " with a cap of " + Show.Money(facility.Cap)));
                });
        }
    }
}
