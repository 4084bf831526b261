using System.Collections.Immutable;
using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>The effective terms by kind, with amendments applied: what <see cref="BuildTerms"/> makes.</summary>
public sealed partial class CheckContext
{
    /// <summary>Every effective term, oldest first.</summary>
    public IReadOnlyList<EffectiveTerm<AgreementTerm>> Terms { get; private set; } = Array.Empty<EffectiveTerm<AgreementTerm>>();

    public IReadOnlyList<EffectiveTerm<Floor>> Floors { get; private set; } = Array.Empty<EffectiveTerm<Floor>>();

    public IReadOnlyList<EffectiveTerm<TariffCommitment>> Tariffs { get; private set; } = Array.Empty<EffectiveTerm<TariffCommitment>>();

    public IReadOnlyList<EffectiveTerm<ExportDutyBan>> ExportDutyBans { get; private set; } = Array.Empty<EffectiveTerm<ExportDutyBan>>();

    public IReadOnlyList<EffectiveTerm<ExportMeasure>> ExportMeasures { get; private set; } = Array.Empty<EffectiveTerm<ExportMeasure>>();

    public IReadOnlyList<EffectiveTerm<Loan>> Loans { get; private set; } = Array.Empty<EffectiveTerm<Loan>>();

    public IReadOnlyList<EffectiveTerm<Offtake>> Offtakes { get; private set; } = Array.Empty<EffectiveTerm<Offtake>>();

    public IReadOnlyList<EffectiveTerm<OriginRule>> Origins { get; private set; } = Array.Empty<EffectiveTerm<OriginRule>>();

    public IReadOnlyList<EffectiveTerm<MostFavouredNation>> MostFavouredNations { get; private set; } = Array.Empty<EffectiveTerm<MostFavouredNation>>();

    public IReadOnlyList<EffectiveTerm<Obligation>> Obligations { get; private set; } = Array.Empty<EffectiveTerm<Obligation>>();

    /// <summary>Every financing commitment — loans, equity stakes, grants, guarantees — oldest first.</summary>
    public IReadOnlyList<EffectiveTerm<AgreementTerm>> Financing { get; private set; } = Array.Empty<EffectiveTerm<AgreementTerm>>();

    /// <summary>Applies amendments (each replaces or removes the terms of the same key from its date), keeps what applies on
    /// the as-of date, orders every term from oldest to newest and sorts them into typed lists.</summary>
    private void BuildTerms()
    {
        // The same order of amendments, and the same keys replaced or removed, as Consolidation.AsOf applies.
        var amendments = Set.Amendments
            .Select(a => a.Amends)
            .Distinct(StringComparer.Ordinal)
            .ToDictionary(name => name, name => Consolidation.AmendmentsOf(Set, name), StringComparer.Ordinal);

        // Every agreement of the set, in force on the as-of date or not: a term of an agreement that expired
        // may survive it (an offtake's or a loan's tenor), and only the term's own clamped period decides.
        var all = Set.Agreements;
        var versions = new List<(AgreementTerm Term, Agreement Agreement, Amendment? Amendment, Period Period)>(all.Sum(a => a.Terms.Length));
        var perAgreement = new List<EffectiveTerm<AgreementTerm>>[all.Length];
        var agreementIndex = new List<int>(versions.Capacity);
        for (var index = 0; index < all.Length; index++)
        {
            var agreement = all[index];
            perAgreement[index] = new List<EffectiveTerm<AgreementTerm>>(agreement.Terms.Length);
            if (!amendments.TryGetValue(agreement.Name, out var changes))
            {
                // Most agreements are not amended: their terms apply as stated.
                foreach (var term in agreement.Terms)
                {
                    if (Clamp(term, agreement, term.Period) is { } period && (AsOf is not { } date || period.Contains(date)))
                    {
                        versions.Add((term, agreement, null, period));
                        agreementIndex.Add(index);
                    }
                }

                continue;
            }

            var current = agreement.Terms.Select(t => (Term: t, Amendment: (Amendment?)null, t.Period)).ToList();
            foreach (var amendment in changes)
            {
                // A removed term stops applying the day before the amendment's date, as a replaced one does.
                var replaced = Consolidation.ChangedKeys(amendment);
                var lastDay = Dates.AddDays(amendment.From, -1);
                var kept = new List<(AgreementTerm Term, Amendment? Amendment, Period Period)>();
                foreach (var version in current)
                {
                    if (!replaced.Contains(version.Term.Key) || (version.Period.Until is { } until && until <= lastDay))
                    {
                        kept.Add(version);
                    }
                    else if (version.Period.From is null || version.Period.From <= lastDay)
                    {
                        // The original applies until the day before the amendment's date.
                        kept.Add((version.Term, version.Amendment, version.Period with { Until = lastDay }));
                    }
                }

                // An amendment's terms apply from its date, whatever earlier start their own period states.
                kept.AddRange(amendment.Terms.Select(t => (t, (Amendment?)amendment, t.Period with { From = Later(t.Period.From, amendment.From) })));
                current = kept;
            }

            // A party added by an amendment is a party from the amendment's date only: each version is seen with the
            // parties of every stretch of time it spans.
            var epochs = PartyEpochs(agreement, changes);
            _byParties[agreement.Name] = epochs;
            foreach (var version in current)
            {
                if (Clamp(version.Term, agreement, version.Period) is not { } clamped)
                {
                    continue;
                }

                foreach (var (owner, period) in Split(epochs, clamped))
                {
                    if (AsOf is not { } date || period.Contains(date))
                    {
                        versions.Add((version.Term, owner, version.Amendment, period));
                        agreementIndex.Add(index);
                    }
                }
            }
        }

        // Oldest first: by the instrument's date, then file and position (keys computed once, one array sort).
        var keys = new (DateTime Date, string Path, int Start)[versions.Count];
        var ordered = new int[versions.Count];
        for (var i = 0; i < ordered.Length; i++)
        {
            var v = versions[i];
            keys[i] = (InstrumentDate(v.Agreement, v.Amendment), v.Term.Location.Path, v.Term.Location.Span.Start);
            ordered[i] = i;
        }

        Array.Sort(keys, ordered, Comparer<(DateTime Date, string Path, int Start)>.Create((x, y) =>
        {
            var byDate = x.Date.CompareTo(y.Date);
            if (byDate != 0)
            {
                return byDate;
            }

            var byPath = string.CompareOrdinal(x.Path, y.Path);
            return byPath != 0 ? byPath : x.Start.CompareTo(y.Start);
        }));

        var terms = new List<EffectiveTerm<AgreementTerm>>(ordered.Length);
        // Each kind of term in its index, through the visitor: a new kind does not compile until it says which
        // index, if any, the rules read it from.
        var indexes = new TermIndex();
        for (var order = 0; order < ordered.Length; order++)
        {
            var (term, agreement, amendment, period) = versions[ordered[order]];
            var effective = new EffectiveTerm<AgreementTerm>(term, agreement, amendment, period, order);
            terms.Add(effective);
            perAgreement[agreementIndex[ordered[order]]].Add(effective);
            indexes.Add(term, agreement, amendment, period, order);
        }

        Terms = terms;

        // The agreements with their parties: as of the as-of date, or, over the whole period, every party they have
        // while in force (parties only join, so the last to join before the agreement expires has them all).
        Agreements = Agreements.Select(a => _byParties.TryGetValue(a.Name, out var epochs)
                ? epochs.Last(e => e.From <= (AsOf ?? PeriodOf(a).Until ?? DateTime.MaxValue)).Version
                : a)
            .ToImmutableArray();
        var inForce = new HashSet<string>(Agreements.Select(a => a.Name), StringComparer.Ordinal);
        for (var index = 0; index < all.Length; index++)
        {
            // An agreement not in force on the as-of date is listed only for the terms that survive it.
            if (inForce.Contains(all[index].Name) || perAgreement[index].Count > 0)
            {
                _perAgreement[all[index].Name] = perAgreement[index];
            }
        }

        Floors = indexes.Floors;
        Tariffs = indexes.Tariffs;
        ExportDutyBans = indexes.Bans;
        ExportMeasures = indexes.Measures;
        Loans = indexes.Loans;
        Offtakes = indexes.Offtakes;
        Origins = indexes.Origins;
        MostFavouredNations = indexes.Mfns;
        Obligations = indexes.Obligations;
        Financing = indexes.Financing;
    }
}
