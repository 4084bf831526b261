using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>A loan drawn from a facility, its stated figure converted into the cap's currency, and the two bounds the
/// cap checks compare: <see cref="Least"/> is what the loan commits for certain (the figure of an exact or at-least
/// amount; nothing for an up-to amount, which may be drawn in part), <see cref="Most"/> what the agreement allows to
/// be drawn (the figure of an exact or at-least amount — what lies above an at-least figure is open, not promised —
/// and the ceiling of an up-to amount).</summary>
public sealed record FacilityDraw(EffectiveTerm<Loan> Loan, Converted Converted, decimal Least, decimal Most)
{
    /// <summary>"at least USD 3,000,000,000 to JP here" and the like: the bound as written, in the cap's currency.</summary>
    public string Describe(string currency, bool primary) =>
        Loan.Term.Amount.BoundWords + Show.Money(Loan.Term.Amount.Stated!.Value, Converted, currency) + " to " + Loan.Term.Borrower + " " +
        Checks.Describe.Where(Loan, primary);
}

/// <summary>The loans of each facility as draws with bounds (AGR306 compares their least, AGR317 their most). A loan of
/// an amount to be agreed has no figure and is left out (AGR318 says so); a loan in another currency with no declared
/// rate is left out too (the binder reported AGR108).</summary>
public static class FacilityDraws
{
    public static List<FacilityDraw> Of(CheckContext context, Facility facility, IEnumerable<EffectiveTerm<Loan>> loans)
    {
        var draws = new List<FacilityDraw>();
        foreach (var loan in loans)
        {
            if (loan.Term.Amount.Stated is { } stated &&
                Conversions.ConvertMoney(stated, facility.Cap.Currency, context.RatesOf(loan.Agreement), loan.Period) is { } converted)
            {
                var least = loan.Term.Amount.Bound == AmountBound.UpTo ? 0m : converted.Amount;
                draws.Add(new FacilityDraw(loan, converted, least, converted.Amount));
            }
        }

        return draws;
    }

    /// <summary>The first date on which the draws in force, counted by <paramref name="amount"/>, exceed the cap: that
    /// date (MinValue when open), the total, and the draws in force, newest first. Null when they never do.</summary>
    public static (DateTime Date, decimal Total, List<FacilityDraw> Active)? FirstOverCap(
        IReadOnlyList<FacilityDraw> draws, Func<FacilityDraw, decimal> amount, decimal cap)
    {
        var total = 0m;
        (DateTime, decimal, List<FacilityDraw>)? found = null;
        Timeline.Sweep(
            draws,
            d => d.Loan.Period,
            Array.Empty<DateTime>(),
            d => total = Arithmetic.Add(total, amount(d)),
            d => total = Arithmetic.Subtract(total, amount(d)),
            (date, active) =>
            {
                if (found is null && total > cap)
                {
                    found = (date, total, active.OrderByDescending(d => d.Loan.Order).ToList());
                }
            });
        return found;
    }
}
