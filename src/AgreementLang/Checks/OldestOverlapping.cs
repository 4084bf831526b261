using AgreementLang.Diagnostics;
using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>The walk shared by the rules that say terms of one kind must agree (AGR301 floors, AGR309 rules of
/// origin, AGR313 tariff commitments): each term of a group, in order, is compared with the oldest earlier term that
/// overlaps it in time, and reported when the two differ. Measuring against the oldest one (the zone's reference
/// price, the first rule of origin) reports one departing term once, not again at every later term that keeps to the
/// common one.</summary>
internal static class OldestOverlapping
{
    /// <param name="terms">One group, oldest first.</param>
    /// <param name="periodOf">When a term applies.</param>
    /// <param name="related">Whether an older term (first) speaks to the same thing as a newer one (second) besides
    /// overlapping it, such as the same tariff line; null when every overlapping term does.</param>
    /// <param name="agree">Whether a term (first) says the same as the oldest overlapping one (second).</param>
    /// <param name="report">The diagnostic for a term (first) that departs from the oldest overlapping one (second).</param>
    public static void Compare<T>(IEnumerable<T> terms, Func<T, Period> periodOf, Func<T, T, bool>? related,
        Func<T, T, bool> agree, Func<T, T, Diagnostic> report, List<Diagnostic> diagnostics)
    {
        var seen = new List<T>();
        foreach (var term in terms)
        {
            var period = periodOf(term);
            foreach (var older in seen)
            {
                if (periodOf(older).Overlaps(period) && (related is null || related(older, term)))
                {
                    if (!agree(term, older))
                    {
                        diagnostics.Add(report(term, older));
                    }

                    break;
                }
            }

            seen.Add(term);
        }
    }
}
