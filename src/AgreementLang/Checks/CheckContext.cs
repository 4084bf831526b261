using System.Collections.Immutable;
using AgreementLang.Catalog;
using AgreementLang.Configuration;
using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>
/// The checked set as the rules see it, built once per run and shared by every rule: the agreements in force
/// (all of them, or those in force on the <c>--as-of</c> date), their terms with amendments applied, and the
/// indexes the rules look conflicts up in — by zone, mineral and stage; by importer, exporter and line; by
/// producer; by facility; by party. Each rule walks its own index once and compares a term only with the terms
/// that share its key, so no rule loops over all pairs of agreements. Indexes are built on first use, so a
/// rule silenced with severity <c>none</c> costs nothing.
/// </summary>
public sealed class CheckContext
{
    private readonly Dictionary<string, HashSet<string>> _members = new(StringComparer.Ordinal);
    private readonly Lazy<Dictionary<(string Zone, string Mineral, string Stage), List<PriceEntry>>> _pricesBySubject;
    private readonly Lazy<Dictionary<(string Zone, string Mineral), List<PriceEntry>>> _pricesByMineral;
    private readonly Lazy<IReadOnlyList<PriceEntry>> _statedFloors;
    private readonly Dictionary<string, List<EffectiveTerm<AgreementTerm>>> _perAgreement = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(DateTime From, Agreement Version)>> _byParties = new(StringComparer.Ordinal);
    private readonly Lazy<Dictionary<(string Importer, string Mineral, string Stage), List<FloorDefence>>> _floorDefences;
    private readonly Lazy<Dictionary<(string Exporter, string Importer, string Mineral, string Stage), List<EffectiveTerm<TariffCommitment>>>> _tariffsByRoute;
    private readonly Lazy<Dictionary<(string Producer, string Mineral, string Stage), List<EffectiveTerm<Offtake>>>> _offtakesByProducer;
    private readonly Lazy<Dictionary<string, List<EffectiveTerm<Loan>>>> _loansByFacility;
    private readonly Lazy<Dictionary<(string Mineral, string Party), List<EffectiveTerm<ExportDutyBan>>>> _bansByMineralParty;
    private readonly Lazy<Dictionary<(string Zone, string Mineral, string Stage), List<EffectiveTerm<OriginRule>>>> _originsBySubject;

    public CheckContext(AgreementSet set, MineralCatalog catalog, CompilationOptions options)
    {
        Set = set;
        Catalog = catalog;
        Options = options;
        AsOf = options.AsOf;
        foreach (var zone in set.Zones)
        {
            Zones[zone.Name] = zone;
            _members[zone.Name] = new HashSet<string>(zone.Members, StringComparer.Ordinal);
        }

        foreach (var facility in set.Facilities)
        {
            Facilities[facility.Name] = facility;
        }

        foreach (var producer in set.Producers)
        {
            Producers[producer.Name] = producer;
        }

        foreach (var agreement in set.Agreements)
        {
            AgreementsByName[agreement.Name] = agreement;
        }

        // An agreement that expires before it can enter into force (AGR110) is in force on no date: the whole-period
        // check leaves it out too, so that it agrees with --as-of on every date.
        Agreements = set.Agreements.Where(a => PeriodOf(a) is var period && (AsOf is { } date ? period.Contains(date) : !(period.From > period.Until)))
            .ToImmutableArray();
        BuildTerms();
        _pricesBySubject = new(BuildPrices);
        _pricesByMineral = new(() => PricesBySubject.Values.SelectMany(list => list)
            .GroupBy(e => (e.Zone!.Name, e.Subject.Mineral))
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.Order).ToList()));
        _statedFloors = new(() => Floors
            .Where(f => !f.Term.AtReferencePrice && f.Term.Price is not null)
            .Select(f => PriceEntry.ForFloor(ZoneOf(f.Agreement), f, f.Term.Price!.Value))
            .ToArray());
        _floorDefences = new(BuildFloorDefences);
        _tariffsByRoute = new(() => GroupOne(Tariffs, t => (t.Term.Exporter, t.Term.Importer, t.Term.Subject.Mineral, t.Term.Subject.Stage)));
        _offtakesByProducer = new(() => GroupOne(Offtakes, o => (o.Term.Producer, o.Term.Subject.Mineral, o.Term.Subject.Stage)));
        _loansByFacility = new(() => GroupOne(Loans.Where(l => l.Term.Facility is not null), l => l.Term.Facility!));
        _bansByMineralParty = new(() => Group(ExportDutyBans, b => b.Term.Minerals.SelectMany(m => b.Term.Parties.Select(p => (m, p)))));
        _originsBySubject = new(() => GroupOne(Origins.Where(o => o.Agreement.Zone is not null),
            o => (o.Agreement.Zone!, o.Term.Subject.Mineral, o.Term.Subject.Stage)));
    }

    public AgreementSet Set { get; }

    public MineralCatalog Catalog { get; }

    public CompilationOptions Options { get; }

    /// <summary>The date the set is evaluated on, or null to check every period.</summary>
    public DateTime? AsOf { get; }

    /// <summary>The agreements checked: all that can be in force, or those in force on <see cref="AsOf"/>.</summary>
    public ImmutableArray<Agreement> Agreements { get; private set; }

    /// <summary>Every agreement of the set by name, in force or not (an instrument others rest on).</summary>
    public Dictionary<string, Agreement> AgreementsByName { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Zone> Zones { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Facility> Facilities { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Producer> Producers { get; } = new(StringComparer.Ordinal);

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

    /// <summary>Reference prices and stated floors by zone, mineral and stage, oldest first (the zone's first).</summary>
    public Dictionary<(string Zone, string Mineral, string Stage), List<PriceEntry>> PricesBySubject => _pricesBySubject.Value;

    /// <summary>The same entries by zone and mineral, all stages together, for comparisons between stages.</summary>
    public Dictionary<(string Zone, string Mineral), List<PriceEntry>> PricesByMineral => _pricesByMineral.Value;

    /// <summary>Every floor at a stated price, in any agreement (with or without a zone), oldest first.</summary>
    public IReadOnlyList<PriceEntry> StatedFloors => _statedFloors.Value;

    /// <summary>Each agreement's effective terms, oldest first, for the checks inside one agreement.</summary>
    public Dictionary<string, List<EffectiveTerm<AgreementTerm>>> TermsByAgreement => _perAgreement;

    /// <summary>Floors defended by an adjustable tariff, by importer (each party of the floor's agreement), mineral
    /// and stage, grouped by the tariff's scope.</summary>
    public Dictionary<(string Importer, string Mineral, string Stage), List<FloorDefence>> FloorDefences => _floorDefences.Value;

    /// <summary>Tariff commitments by exporter, importer, mineral and stage (the line is compared inside a group).</summary>
    public Dictionary<(string Exporter, string Importer, string Mineral, string Stage), List<EffectiveTerm<TariffCommitment>>> TariffsByRoute =>
        _tariffsByRoute.Value;

    public Dictionary<(string Producer, string Mineral, string Stage), List<EffectiveTerm<Offtake>>> OfftakesByProducer => _offtakesByProducer.Value;

    public Dictionary<string, List<EffectiveTerm<Loan>>> LoansByFacility => _loansByFacility.Value;

    /// <summary>Export-duty bans by each mineral they list and each party they bind.</summary>
    public Dictionary<(string Mineral, string Party), List<EffectiveTerm<ExportDutyBan>>> BansByMineralParty => _bansByMineralParty.Value;

    public Dictionary<(string Zone, string Mineral, string Stage), List<EffectiveTerm<OriginRule>>> OriginsBySubject => _originsBySubject.Value;

    public Zone? ZoneOf(Agreement agreement) => agreement.Zone is { } name && Zones.TryGetValue(name, out var zone) ? zone : null;

    /// <summary>Whether a measure of <paramref name="owner"/> with this scope reaches <paramref name="code"/>:
    /// <c>non-members</c> means outside the owner's zone, or outside its parties when it names no zone.</summary>
    public bool Covers(Scope scope, string code, Agreement owner) => scope.Kind switch
    {
        ScopeKind.All => true,
        ScopeKind.Listed => scope.Codes.Contains(code),
        _ => owner.Zone is { } zone && _members.TryGetValue(zone, out var members) ? !members.Contains(code) : !owner.HasParty(code),
    };

    /// <summary>The exchange-rate assumptions that may convert amounts of an agreement: its own, then its zone's.</summary>
    public IEnumerable<ExchangeRate> RatesOf(Agreement agreement) =>
        ZoneOf(agreement) is { } zone ? agreement.ExchangeRates.Concat(zone.ExchangeRates) : agreement.ExchangeRates;

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

    /// <summary>The agreement with its parties from each date an amendment adds some: the original from the first
    /// day, then a version with the added parties from each such amendment's date (amendments in the order they
    /// apply). One entry when no amendment adds a party.</summary>
    private static List<(DateTime From, Agreement Version)> PartyEpochs(Agreement agreement, ImmutableArray<Amendment> changes)
    {
        var epochs = new List<(DateTime From, Agreement Version)> { (DateTime.MinValue, agreement) };
        foreach (var amendment in changes.Where(a => !a.Parties.IsEmpty))
        {
            var parties = Consolidation.ApplyParties(epochs[epochs.Count - 1].Version.Parties, amendment);
            if (epochs[epochs.Count - 1].From == amendment.From)
            {
                epochs[epochs.Count - 1] = (amendment.From, agreement with { Parties = parties });
            }
            else
            {
                epochs.Add((amendment.From, agreement with { Parties = parties }));
            }
        }

        return epochs;
    }

    /// <summary>A period cut at the dates the agreement's parties change, each piece with the agreement as it then
    /// stands.</summary>
    private static IEnumerable<(Agreement Owner, Period Period)> Split(List<(DateTime From, Agreement Version)> epochs, Period period)
    {
        if (epochs.Count == 1)
        {
            yield return (epochs[0].Version, period);
            yield break;
        }

        for (var i = 0; i < epochs.Count; i++)
        {
            var start = epochs[i].From == DateTime.MinValue ? (DateTime?)null : epochs[i].From;
            DateTime? end = i + 1 < epochs.Count ? Dates.AddDays(epochs[i + 1].From, -1) : null;
            var piece = new Period(Later(period.From, start), Earlier(period.Until, end));
            if (piece.From is { } f && piece.Until is { } u && f > u)
            {
                continue;
            }

            yield return (epochs[i].Version, piece);
        }
    }

    /// <summary>Whether a kind of term may outlive its agreement: financing is repaid, and an offtake delivered, on
    /// its own contractual tenor (the MP Materials loan runs 12 years in a 10-year deal), so only its start is held
    /// to the agreement's entry into force. Every other term binds only while its agreement is in force.</summary>
    public static bool Survives(AgreementTerm term) => term is Loan or Offtake or EquityStake or Grant or Guarantee;

    /// <summary>When an agreement is in force, for the checks: from entry into force to expiry, each where known. An
    /// expiry on a date before entry into force (AGR110) leaves the agreement in force on no date.</summary>
    public static Period PeriodOf(Agreement agreement) => agreement.Period;

    /// <summary>The period over which a version of a term applies, cut to its agreement's period — entry into force
    /// to expiry, each where known (only the start for a term that <see cref="Survives"/> it) — or null when nothing
    /// is left: a floor "until 2035" in an agreement that expires in 2031 binds no one after 2031.</summary>
    internal static Period? Clamp(AgreementTerm term, Agreement agreement, Period period)
    {
        var bounds = PeriodOf(agreement);
        var from = Later(period.From, bounds.From);
        var until = Survives(term) ? period.Until : Earlier(period.Until, bounds.Until);
        return from is { } f && until is { } u && f > u ? null : new Period(from, until);
    }

    private static DateTime? Later(DateTime? a, DateTime? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static DateTime? Earlier(DateTime? a, DateTime? b) => a is null ? b : b is null ? a : a < b ? a : b;

    /// <summary>The per-kind indexes the rules read. The form's provisions have no rule yet: they are left out
    /// here, on purpose, where a new rule would add them.</summary>
    private sealed class TermIndex : ITermVisitor<bool>
    {
        private Agreement _agreement = null!;
        private Amendment? _amendment;
        private Period _period;
        private int _order;

        public List<EffectiveTerm<Floor>> Floors { get; } = [];

        public List<EffectiveTerm<TariffCommitment>> Tariffs { get; } = [];

        public List<EffectiveTerm<ExportDutyBan>> Bans { get; } = [];

        public List<EffectiveTerm<ExportMeasure>> Measures { get; } = [];

        public List<EffectiveTerm<Loan>> Loans { get; } = [];

        public List<EffectiveTerm<Offtake>> Offtakes { get; } = [];

        public List<EffectiveTerm<OriginRule>> Origins { get; } = [];

        public List<EffectiveTerm<MostFavouredNation>> Mfns { get; } = [];

        public List<EffectiveTerm<Obligation>> Obligations { get; } = [];

        public List<EffectiveTerm<AgreementTerm>> Financing { get; } = [];

        public void Add(AgreementTerm term, Agreement agreement, Amendment? amendment, Period period, int order)
        {
            (_agreement, _amendment, _period, _order) = (agreement, amendment, period, order);
            term.Accept(this);
        }

        public bool Visit(Floor term)
        {
            // A floor kept by an export tax is an export tax of each party of its agreement, at the floor's place,
            // for the export-duty rules (AGR205, AGR304): a ban on export duties forbids it like any other.
            if (term.Mechanism is { Kind: FloorMechanismKind.ExportTax, ExportTaxRate: { } rate } mechanism)
            {
                foreach (var party in _agreement.Parties)
                {
                    Add(Measures, new ExportMeasure(ExportMeasureKind.Tax, party.Code, term.Subject, rate, null, mechanism.Scope ?? Scope.All,
                        term.Period, term.Location));
                }
            }

            return Add(Floors, term);
        }

        public bool Visit(TariffCommitment term) => Add(Tariffs, term);

        public bool Visit(ExportDutyBan term) => Add(Bans, term);

        public bool Visit(ExportMeasure term) => Add(Measures, term);

        public bool Visit(Loan term) => Add(Loans, term) && AddFinancing(term);

        public bool Visit(Offtake term) => Add(Offtakes, term);

        public bool Visit(OriginRule term) => Add(Origins, term);

        public bool Visit(MostFavouredNation term) => Add(Mfns, term);

        public bool Visit(Obligation term) => Add(Obligations, term);

        public bool Visit(EquityStake term) => AddFinancing(term);

        public bool Visit(Grant term) => AddFinancing(term);

        public bool Visit(Guarantee term) => AddFinancing(term);

        public bool Visit(StatedProvision term) => false;

        private bool AddFinancing(AgreementTerm term) => Add(Financing, term);

        private bool Add<T>(List<EffectiveTerm<T>> list, T term)
            where T : AgreementTerm
        {
            list.Add(new EffectiveTerm<T>(term, _agreement, _amendment, _period, _order));
            return true;
        }
    }

    /// <summary>The date an instrument was made: an amendment's signature or start, an agreement's signature
    /// or entry into force. Terms of instruments without a date count as oldest.</summary>
    private static DateTime InstrumentDate(Agreement agreement, Amendment? amendment) =>
        amendment is not null ? amendment.Signed ?? amendment.From : agreement.Signed ?? agreement.EffectiveFrom ?? DateTime.MinValue;

    /// <summary>Groups items under their key, keeping the items' order inside every group.</summary>
    public static Dictionary<TKey, List<T>> GroupOne<T, TKey>(IEnumerable<T> items, Func<T, TKey> key)
        where TKey : notnull
    {
        var result = new Dictionary<TKey, List<T>>();
        foreach (var item in items)
        {
            var k = key(item);
            if (!result.TryGetValue(k, out var list))
            {
                list = new List<T>();
                result[k] = list;
            }

            list.Add(item);
        }

        return result;
    }

    /// <summary>Groups items under each of their keys, keeping the items' order inside every group.</summary>
    public static Dictionary<TKey, List<T>> Group<T, TKey>(IEnumerable<T> items, Func<T, IEnumerable<TKey>> keys)
        where TKey : notnull
    {
        var result = new Dictionary<TKey, List<T>>();
        foreach (var item in items)
        {
            foreach (var key in keys(item))
            {
                if (!result.TryGetValue(key, out var list))
                {
                    list = new List<T>();
                    result[key] = list;
                }

                list.Add(item);
            }
        }

        return result;
    }

    private Dictionary<(string Importer, string Mineral, string Stage), List<FloorDefence>> BuildFloorDefences()
    {
        var result = new Dictionary<(string, string, string), List<FloorDefence>>();
        var groups = new Dictionary<(string, string, string, string), FloorDefence>();
        foreach (var floor in Floors)
        {
            if (floor.Term.Mechanism is not { Kind: FloorMechanismKind.AdjustableTariff } mechanism)
            {
                continue;
            }

            var scope = mechanism.Scope ?? Scope.All;
            var signature = FloorDefence.Signature(scope, floor.Agreement);
            foreach (var importer in floor.Agreement.Parties)
            {
                var key = (importer.Code, floor.Term.Subject.Mineral, floor.Term.Subject.Stage);
                if (!groups.TryGetValue((key.Code, key.Mineral, key.Stage, signature), out var group))
                {
                    group = new FloorDefence(scope, floor.Agreement);
                    groups[(key.Code, key.Mineral, key.Stage, signature)] = group;
                    if (!result.TryGetValue(key, out var list))
                    {
                        list = new List<FloorDefence>();
                        result[key] = list;
                    }

                    list.Add(group);
                }

                group.Floors.Add(floor);
            }
        }

        return result;
    }

    private Dictionary<(string Zone, string Mineral, string Stage), List<PriceEntry>> BuildPrices()
    {
        var result = new Dictionary<(string, string, string), List<PriceEntry>>();
        void Add(PriceEntry entry)
        {
            var key = (entry.Zone!.Name, entry.Subject.Mineral, entry.Subject.Stage);
            if (!result.TryGetValue(key, out var list))
            {
                list = new List<PriceEntry>();
                result[key] = list;
            }

            list.Add(entry);
        }

        // Zone entries get negative orders, in declaration order, so they count as older than any agreement.
        var order = -1_000_000_000;
        foreach (var zone in Set.Zones)
        {
            foreach (var reference in zone.ReferencePrices)
            {
                if (AsOf is not { } date || reference.Validity.Contains(date))
                {
                    Add(PriceEntry.ForReference(zone, reference, order));
                }

                order++;
            }
        }

        foreach (var floor in StatedFloors)
        {
            if (floor.Zone is not null)
            {
                Add(floor);
            }
        }

        return result;
    }
}

/// <summary>Floors whose adjustable tariffs reach the same exporters: same scope, and for <c>non-members</c> the
/// same zone (or, without a zone, the same parties). Whether a tariff's exporter is in scope is decided once
/// per group, not once per floor.</summary>
public sealed class FloorDefence
{
    internal FloorDefence(Scope scope, Agreement representative)
    {
        Scope = scope;
        Representative = representative;
    }

    public Scope Scope { get; }

    /// <summary>An agreement whose zone and parties stand for the group's when deciding the scope.</summary>
    public Agreement Representative { get; }

    public List<EffectiveTerm<Floor>> Floors { get; } = new();

    internal static string Signature(Scope scope, Agreement owner) => scope.Kind switch
    {
        ScopeKind.All => "all",
        ScopeKind.Listed => "listed:" + string.Join(",", scope.Codes.OrderBy(c => c, StringComparer.Ordinal)),
        _ => owner.Zone is { } zone ? "zone:" + zone : "parties:" + string.Join(",", owner.Parties.Select(p => p.Code).OrderBy(c => c, StringComparer.Ordinal)),
    };
}
