using System.Collections.Immutable;

namespace AgreementLang.Model;

/// <summary>An agreement as it stands on a date: its text with the amendments made by then applied, and those
/// amendments, oldest first.</summary>
public sealed record ConsolidatedAgreement(Agreement Agreement, DateTime AsOf, ImmutableArray<Amendment> Applied)
{
    public bool IsAmended => Applied.Length > 0;
}

/// <summary>Consolidation: the agreement as of a date is the original with every amendment whose <c>from</c>
/// date is on or before that date applied in date order (amendments of the same date in the order of the set).
/// Applying an amendment replaces each term of the same key as one of the amendment's terms (the new term
/// takes the place of the first it replaces), appends the terms with no counterpart, and deletes the terms its
/// removals name. The checks order amendments and decide what an amendment replaces with the same methods.</summary>
public static class Consolidation
{
    /// <summary>The amendments of <paramref name="agreement"/> in the order they apply: by date, then as
    /// declared in the set.</summary>
    public static ImmutableArray<Amendment> AmendmentsOf(AgreementSet set, string agreement)
    {
        var list = new List<(Amendment Amendment, int Index)>();
        for (var i = 0; i < set.Amendments.Length; i++)
        {
            if (string.Equals(set.Amendments[i].Amends, agreement, StringComparison.Ordinal))
            {
                list.Add((set.Amendments[i], i));
            }
        }

        return list.OrderBy(a => a.Amendment.From).ThenBy(a => a.Index).Select(a => a.Amendment).ToImmutableArray();
    }

    /// <summary>The keys an amendment replaces or deletes: those of its terms and of its removals.</summary>
    public static HashSet<string> ChangedKeys(Amendment amendment)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in amendment.Terms)
        {
            keys.Add(term.Key);
        }

        foreach (var removal in amendment.Removals)
        {
            keys.Add(removal.Key);
        }

        return keys;
    }

    /// <summary>The agreement as of <paramref name="date"/>, with the amendments applied.</summary>
    public static ConsolidatedAgreement AsOf(AgreementSet set, Agreement agreement, DateTime date)
    {
        var applied = AmendmentsOf(set, agreement.Name).Where(a => a.From <= date).ToImmutableArray();
        var terms = agreement.Terms;
        var parties = agreement.Parties;
        foreach (var amendment in applied)
        {
            terms = Apply(terms, amendment);
            parties = ApplyParties(parties, amendment);
        }

        return new ConsolidatedAgreement(applied.Length == 0 ? agreement : agreement with { Terms = terms, Parties = parties }, date, applied);
    }

    /// <summary>The parties after one amendment: a party it names with an existing code replaces that party in
    /// place, the others join at the end.</summary>
    public static ImmutableArray<Party> ApplyParties(ImmutableArray<Party> parties, Amendment amendment)
    {
        if (amendment.Parties.IsEmpty)
        {
            return parties;
        }

        var result = parties.ToBuilder();
        foreach (var party in amendment.Parties)
        {
            var index = -1;
            for (var i = 0; i < result.Count && index < 0; i++)
            {
                index = result[i].Code == party.Code ? i : -1;
            }

            if (index >= 0)
            {
                result[index] = party;
            }
            else
            {
                result.Add(party);
            }
        }

        return result.ToImmutable();
    }

    /// <summary>The terms after one amendment: replacements in place, additions at the end, removals deleted.</summary>
    public static ImmutableArray<AgreementTerm> Apply(ImmutableArray<AgreementTerm> terms, Amendment amendment)
    {
        var replacements = new Dictionary<string, AgreementTerm>(StringComparer.Ordinal);
        foreach (var term in amendment.Terms)
        {
            // Two terms of one key in an amendment: the last stated wins, as a later clause would.
            replacements[term.Key] = term;
        }

        var removed = new HashSet<string>(amendment.Removals.Select(r => r.Key), StringComparer.Ordinal);
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<AgreementTerm>(terms.Length + amendment.Terms.Length);
        foreach (var term in terms)
        {
            var key = term.Key;
            if (replacements.TryGetValue(key, out var replacement))
            {
                if (placed.Add(key))
                {
                    result.Add(replacement);
                }
            }
            else if (!removed.Contains(key))
            {
                result.Add(term);
            }
        }

        foreach (var term in amendment.Terms)
        {
            if (placed.Add(term.Key))
            {
                result.Add(replacements[term.Key]);
            }
        }

        return result.ToImmutable();
    }

    /// <summary>The amended agreement just before <paramref name="amendment"/> applies (with the amendments that
    /// apply before it) and just after: what a protocol's amending articles compare.</summary>
    public static (Agreement Before, Agreement After) Around(AgreementSet set, Agreement agreement, Amendment amendment)
    {
        var terms = agreement.Terms;
        var parties = agreement.Parties;
        foreach (var earlier in AmendmentsOf(set, agreement.Name))
        {
            if (ReferenceEquals(earlier, amendment))
            {
                break;
            }

            terms = Apply(terms, earlier);
            parties = ApplyParties(parties, earlier);
        }

        return (agreement with { Terms = terms, Parties = parties },
            agreement with { Terms = Apply(terms, amendment), Parties = ApplyParties(parties, amendment) });
    }

    /// <summary>The removals of <paramref name="amendment"/> that delete nothing: no term of the amended agreement,
    /// as amended by the amendments that apply before it, has the key.</summary>
    public static ImmutableArray<Removal> Unmatched(AgreementSet set, Agreement agreement, Amendment amendment)
    {
        if (amendment.Removals.IsEmpty)
        {
            return ImmutableArray<Removal>.Empty;
        }

        var keys = new HashSet<string>(Around(set, agreement, amendment).Before.Terms.Select(t => t.Key), StringComparer.Ordinal);
        return amendment.Removals.Where(r => !keys.Contains(r.Key)).ToImmutableArray();
    }

    /// <summary>The whole set as of <paramref name="date"/>: every agreement consolidated, and only the amendments
    /// that apply later (those applied are part of the agreements' text now).</summary>
    public static AgreementSet AsOf(AgreementSet set, DateTime date)
    {
        if (set.Amendments.IsEmpty)
        {
            return set;
        }

        var agreements = set.Agreements.Select(a => AsOf(set, a, date).Agreement).ToImmutableArray();
        return set with { Agreements = agreements, Amendments = set.Amendments.Where(a => a.From > date).ToImmutableArray() };
    }
}
