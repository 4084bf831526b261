using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>
/// What the two rules on restated financing share (AGR320, AGR321): the same commitment — a loan, equity stake,
/// grant or guarantee of the same kind between the same two sides — stated in two instruments, one of which rests
/// on the other (<c>under</c>, directly or through others), while both apply. A framework announces "USD 1 billion
/// of financing" and the agreement made under it restates it, sometimes in another currency (the US–Australia
/// framework of October 2025 was reported in US and in Australian dollars). Unrelated instruments may each
/// arrange a loan between the same two sides; those are separate commitments and are not compared.
/// </summary>
internal static class FinancingRestatement
{
    /// <summary>A restatement: the newer term, the older one it restates, the newer amount in the older one's
    /// currency (null when no exchange rate links them), and the days both apply.</summary>
    public sealed record Pair(EffectiveTerm<AgreementTerm> Newer, EffectiveTerm<AgreementTerm> Older, Converted? NewerInOlder, Period Overlap);

    /// <summary>Every restatement, newest term first in the set's order; each older term at most once per newer.</summary>
    public static IEnumerable<Pair> Find(CheckContext context)
    {
        foreach (var group in CheckContext.GroupOne(context.Financing, f => f.Term.Key).Values)
        {
            for (var i = 1; i < group.Count; i++)
            {
                var newer = group[i];
                for (var k = 0; k < i; k++)
                {
                    var older = group[k];
                    if (older.Agreement.Name == newer.Agreement.Name || !Related(context, newer.Agreement, older.Agreement) ||
                        !older.Period.Overlaps(newer.Period) || !Comparable(Commitment(newer.Term), Commitment(older.Term)))
                    {
                        continue;
                    }

                    var overlap = new Period(Show.Later(older.Period.From, newer.Period.From), Earlier(older.Period.Until, newer.Period.Until));
                    var rates = context.RatesOf(newer.Agreement).Concat(context.RatesOf(older.Agreement));
                    var currency = Amount(older.Term).Currency;
                    yield return new Pair(newer, older, Conversions.ConvertMoney(Amount(newer.Term), currency, rates, overlap), overlap);
                }
            }
        }
    }

    /// <summary>Two amounts are compared only as figures of the same bound: an amount to be agreed has no figure, and
    /// "at least USD 1 billion" restated as "USD 1.2 billion" or "up to USD 2 billion" is not a different amount.</summary>
    private static bool Comparable(CommittedAmount newer, CommittedAmount older) =>
        newer.Stated is not null && older.Stated is not null && newer.Bound == older.Bound;

    /// <summary>The figure a financing term states; only called on terms <see cref="Find"/> compares, which state one.</summary>
    public static Money Amount(AgreementTerm term) =>
        Commitment(term).Stated ?? throw new ArgumentException("the amount of " + term.GetType().Name + " is to be agreed", nameof(term));

    /// <summary>The amount a financing term commits, with its bound.</summary>
    private static CommittedAmount Commitment(AgreementTerm term) => term switch
    {
        Loan l => l.Amount,
        EquityStake e => e.Amount,
        Grant g => g.Amount,
        Guarantee g => g.Amount,
        _ => throw new ArgumentException("not a financing term: " + term.GetType().Name, nameof(term)),
    };

    /// <summary>"US-AU-2026 rests on US-AU-2025": whether either instrument rests on the other, directly or through
    /// a chain of <c>under</c> clauses (a chain that loops is followed once round).</summary>
    private static bool Related(CheckContext context, Agreement a, Agreement b) => RestsOn(context, a, b.Name) || RestsOn(context, b, a.Name);

    private static bool RestsOn(CheckContext context, Agreement agreement, string basis)
    {
        // Most instruments rest on none: every pair of a (lender, borrower) group is asked, and in a zone whose members
        // all borrow from one fund that is millions of pairs, so no set is made for them.
        if (agreement.Under is null)
        {
            return false;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { agreement.Name };
        var current = agreement;
        while (current.Under is { } under && seen.Add(under))
        {
            if (under == basis)
            {
                return true;
            }

            if (!context.AgreementsByName.TryGetValue(under, out current!))
            {
                return false;
            }
        }

        return false;
    }

    private static DateTime? Earlier(DateTime? a, DateTime? b) => a is null ? b : b is null ? a : a < b ? a : b;
}
