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
public sealed partial class CheckContext
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
}
