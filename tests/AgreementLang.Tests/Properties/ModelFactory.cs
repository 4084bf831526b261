using System.Collections.Immutable;
using System.Text;
using AgreementLang.Catalog;
using AgreementLang.Diagnostics;
using AgreementLang.Formatting;
using AgreementLang.Model;
using AgreementLang.Syntax;
using AgreementLang.Text;

namespace AgreementLang.Tests.Properties;

/// <summary>Builds a random, valid <see cref="AgreementSet"/> from a seed: every kind of declaration and every
/// kind of term, with the derived values (periods, due dates, floors at a reference price, the facility a loan is
/// drawn from) computed here from the language's rules as docs/language.md states them. It is an independent
/// oracle for the binder: a generated model is printed, parsed and bound, and the result must be this model.
///
/// "Valid" means the binder keeps every generated value: parties are parties of their agreement, actors are
/// declared or are country codes, offtake names a producer's capacity, amounts are positive, shares at most 100%,
/// dates in order where the language requires it. Values are otherwise drawn widely: dates from year 1 to 9999
/// (some at the very ends of the calendar, so that date arithmetic is exercised at its limits), amounts of up to
/// 28 digits, strings with quotes, backslashes, accents, CJK, astral characters, tabs and U+2028.</summary>
internal sealed class ModelFactory
{
    private static readonly MineralCatalog Catalog = MineralCatalog.Default;
    private static readonly string[] CatalogMinerals = Catalog.Minerals.Select(m => m.Code).Where(NotKeyword).ToArray();
    private static readonly StageInfo[] CatalogStages = Catalog.Stages.Where(s => NotKeyword(s.Name)).ToArray();
    private static readonly string[] Currencies = Catalog.Currencies.Select(c => c.Code).ToArray();
    private static readonly string[] Countries = Catalog.Countries.Select(c => c.Code).Where(NotKeyword).ToArray();
    private static readonly string[] StringPieces =
    {
        "Agreement", " ", "the Government of ", "Japan", "la République française", "日本国政府", "供給網", "\\\"", "\\", "\"", "é",
        "\t", "\u2028", "\u00A0", "\U0001F30F", "\U0002000B", "{", "}", "//", "0", "12,000", "%", ",", "-", "->", "Ω", "ß", "İ", "\u0301",
    };

    private readonly Random _random;
    private readonly int _size;
    private readonly List<string> _actors = new();
    private readonly List<MineralStage> _declaredSubjects = new();
    private readonly List<string> _declaredMinerals = new();

    private ModelFactory(int seed, int size)
    {
        _random = new Random(seed);
        _size = Math.Max(1, size);
    }

    public static AgreementSet Build(int seed, int size) => new ModelFactory(seed, size).Build();

    /// <summary>A set and a later version of it in which one agreement's terms are revised (see
    /// <see cref="TermRevision"/>); everything else is the same. Null as the new version when the set has no agreement.</summary>
    public static (AgreementSet Old, AgreementSet? New) BuildRevision(int seed, int size)
    {
        // No accessions in revision pairs: agr diff and agr protocol do not yet state a change of parties (a party
        // added by an amendment reaches the consolidated terms from its date, which a protocol cannot restate).
        var factory = new ModelFactory(seed, size) { _accessions = false };
        var old = factory.Build();
        return (old, factory.Revise(old));
    }

    private bool _accessions = true;

    private readonly Dictionary<string, (Context Context, ImmutableArray<Producer> Producers, ImmutableArray<Facility> Facilities)> _contexts = new();

    private static bool NotKeyword(string word)
    {
        Grammar.EnsureBuilt();
        return !Keywords.IsKeyword(word);
    }

    private AgreementSet Build()
    {
        var count = (int max) => _random.Next(0, Math.Min(max, 1 + (_size / 10)) + 1);
        var institutions = Enumerable.Range(1, count(3)).Select(i => new Institution("I" + i, NewText(), Pick(Countries), Here) { Kind = Pick(Enum.GetValues<EntityKind>()) })
            .ToImmutableArray();
        _actors.AddRange(institutions.Select(i => i.Name));
        var minerals = Enumerable.Range(1, count(2)).Select(NewDeclaredMineral).ToImmutableArray();
        var producers = Enumerable.Range(1, count(2)).Select(NewProducer).ToImmutableArray();
        _actors.AddRange(producers.Select(p => p.Name));
        var zones = Enumerable.Range(1, count(2)).Select(NewZone).ToImmutableArray();
        var facilities = Enumerable.Range(1, count(2)).Select(i => NewFacility(i)).ToImmutableArray();
        _actors.AddRange(facilities.Select(f => f.Name));
        var lines = Enumerable.Range(1, count(2)).Select(_ => NewNationalLine()).GroupBy(l => l.Country + " " + l.Code).Select(g => g.First()).ToImmutableArray();
        var stockpiles = Enumerable.Range(1, count(2)).Select(i => NewStockpile(i, zones)).ToImmutableArray();

        var agreements = new List<Agreement>();
        for (var i = 1; i <= count(3); i++)
        {
            agreements.Add(NewAgreement(i, zones, producers, facilities, agreements));
        }

        var amendments = agreements.Count == 0
            ? ImmutableArray<Amendment>.Empty
            : NewAmendments(count(2), agreements, zones, producers, facilities);

        return new AgreementSet(zones, facilities, producers, institutions, stockpiles, minerals, lines, agreements.ToImmutableArray(), amendments);
    }

    // ---- declarations

    private DeclaredMineral NewDeclaredMineral(int index)
    {
        var code = "Qm" + index;
        var stages = Enumerable.Range(0, 1 + _random.Next(3))
            .Select(_ => Pick(CatalogStages))
            .Select(stage => new DeclaredStage(stage.Name, Enumerable.Range(0, 1 + _random.Next(2)).Select(_ => NewHsCode()).ToImmutableArray(), Here))
            .ToImmutableArray();
        _declaredMinerals.Add(code);
        _declaredSubjects.AddRange(stages.Select(s => new MineralStage(code, s.Stage, Catalog.FindStage(s.Stage)!.Level)));
        return new DeclaredMineral(code, NewText(), stages, Here);
    }

    private Producer NewProducer(int index) =>
        new("P" + index, NewText(), Pick(Countries),
            Enumerable.Range(0, _random.Next(4)).Select(_ => new Capacity(NewSubject(), NewQuantity(), NewValidity(), Here)).ToImmutableArray(), Here)
        {
            // At most two owners of at most 50% each: shares held together never exceed 100% (AGR123).
            Owners = Enumerable.Range(0, _random.Next(3))
                .Select(_ => new Ownership(NewActor(), NewPercent(50), Chance(0.3) ? Period.Always : NewValidity(), Here)).ToImmutableArray(),
        };

    private Zone NewZone(int index)
    {
        var members = NewCodes(0, 5);
        var nonMarket = NewCodes(0, 2);
        var excluded = NewCodes(0, 2);
        var foreign = NewCodes(0, 2);

        // The binder lists every code with its status in source order; ModelPrinter writes the lists in this order.
        var listings = members.Select(c => new ZoneListing(c, ZoneStatus.Member, Here))
            .Concat(nonMarket.Select(c => new ZoneListing(c, ZoneStatus.NonMarket, Here)))
            .Concat(excluded.Select(c => new ZoneListing(c, ZoneStatus.Excluded, Here)))
            .Concat(foreign.Select(c => new ZoneListing(c, ZoneStatus.ForeignEntity, Here)))
            .ToImmutableArray();
        var threshold = Chance(0.3) ? NewPercent(100) : (Percentage?)null;
        return new Zone("Z" + index, Chance(0.3) ? null : NewText(), members, nonMarket, excluded, foreign,
            Enumerable.Range(0, _random.Next(5)).Select(_ => new ReferencePrice(NewSubject(), NewPrice(), NewValidity(), Chance(0.3) ? null : Pick(Enum.GetValues<ReviewPeriod>()), Here))
                .ToImmutableArray(),
            NewExchangeRates(), Here)
        {
            Listings = listings,
            ForeignEntityThreshold = threshold,
        };
    }

    private Facility NewFacility(int index)
    {
        var cap = NewSum();
        var sources = Enumerable.Range(0, _random.Next(3)).Select(_ => Chance(0.5)
                ? new FacilitySource(FacilitySourceKind.Loan, NewActor(), NewSum(cap.Currency), Chance(0.5) ? null : NewRate(), NewDuration(), Here)
                : new FacilitySource(FacilitySourceKind.PrivateCapital, null, NewSum(cap.Currency), null, null, Here))
            .ToImmutableArray();
        return new Facility("F" + index, Chance(0.3) ? null : NewText(), cap, Chance(0.3) ? Period.Always : NewValidity(), sources, Here)
        {
            // Participants first, then agents: the order ModelPrinter writes them in.
            Participants = Enumerable.Range(0, _random.Next(3)).Select(_ => new FacilityParticipant(NewActor(), false, Here))
                .Concat(Enumerable.Range(0, _random.Next(2)).Select(_ => new FacilityParticipant(NewActor(), true, Here))).ToImmutableArray(),
        };
    }

    private NationalLine NewNationalLine() => new(Pick(Countries), NewHsCode(), NewText(), NewSubject(), Here);

    private Stockpile NewStockpile(int index, ImmutableArray<Zone> zones) =>
        new("S" + index, NewText(), NewActor(), zones.Length > 0 && Chance(0.5) ? Pick(zones).Name : null,
            Enumerable.Range(0, _random.Next(3)).Select(_ => new Holding(NewSubject(), NewQuantity(), Here)).ToImmutableArray(),
            Enumerable.Range(0, _random.Next(3)).Select(_ => NewRelease()).ToImmutableArray(),
            Here)
        {
            Buyers = Enumerable.Range(0, _random.Next(3)).Select(_ => new StockpileBuyer(NewActor(), Here)).ToImmutableArray(),
        };

    // ---- agreements

    /// <summary><see cref="Earlier"/>: agreements already generated, which an MFN exception or a deadline may name.</summary>
    private sealed record Context(ImmutableArray<string> Parties, Zone? Zone, Period Period, DateTime? Signed, DateTime? EntryIntoForce)
    {
        public ImmutableArray<string> Earlier { get; init; } = ImmutableArray<string>.Empty;
    }

    private Agreement NewAgreement(int index, ImmutableArray<Zone> zones, ImmutableArray<Producer> producers, ImmutableArray<Facility> facilities,
        List<Agreement> earlier)
    {
        var zone = zones.Length > 0 && Chance(0.7) ? Pick(zones) : null;
        var signed = Chance(0.8) ? NewDate() : (DateTime?)null;
        EntryIntoForce entry = _random.Next(4) switch
        {
            0 => new EntryIntoForce.OnDate(NewDate()),
            1 => new EntryIntoForce.OnSignature(),
            2 => new EntryIntoForce.AfterNotifications(_random.Next(0, 400)),
            _ => new EntryIntoForce.Unstated(),
        };
        Expiry expiry = _random.Next(3) switch
        {
            0 => new Expiry.OnDate(NewDate()),
            1 => new Expiry.AfterTerm(NewDuration()),
            _ => new Expiry.Indefinite(),
        };
        var partyCodes = Sample(Countries.Concat(_actors.Where(a => a.StartsWith("I", StringComparison.Ordinal) || a.StartsWith("P", StringComparison.Ordinal))).ToArray(),
            _random.Next(0, 5));
        var parties = partyCodes.Select(code => new Party(code, NewText(), Pick(Enum.GetValues<PartyRole>()), Here)).ToImmutableArray();
        var agreement = new Agreement("AG-" + index, NewText(), Pick(Enum.GetValues<AgreementKind>()), Chance(0.5),
            zone?.Name, earlier.Count > 0 && Chance(0.3) ? Pick(earlier).Name : null, signed, signed is not null && Chance(0.5) ? NewText() : null,
            entry, expiry, Chance(0.5) ? NewDuration() : null, parties, ImmutableArray<AgreementTerm>.Empty, NewExchangeRates(), Here)
        {
            Establishes = Chance(0.2) ? Pick(new[] { TradeArea.FreeTradeArea, TradeArea.CustomsUnion }) : TradeArea.None,
        };
        var known = entry switch
        {
            EntryIntoForce.OnDate d => d.Date,
            EntryIntoForce.OnSignature => signed,
            _ => (DateTime?)null,
        };
        var context = new Context(partyCodes.ToImmutableArray(), zone, agreement.Period, signed, known) { Earlier = earlier.Select(a => a.Name).ToImmutableArray() };
        _contexts[agreement.Name] = (context, producers, facilities);
        return agreement with { Terms = NewTerms(context, producers, facilities) };
    }

    /// <summary>Amendments in two passes: first each one's target, date and the parties it adds (an accession), then
    /// its terms, which may name the agreement's parties and those that amendments of the same agreement dated no
    /// later add — the binder's rule, whichever order the amendments are declared in.</summary>
    private ImmutableArray<Amendment> NewAmendments(int count, List<Agreement> agreements, ImmutableArray<Zone> zones, ImmutableArray<Producer> producers,
        ImmutableArray<Facility> facilities)
    {
        var heads = new List<(int Index, Agreement Target, DateTime From, DateTime? Signed, ImmutableArray<Party> Added)>();
        for (var i = 1; i <= count; i++)
        {
            var target = Pick(agreements);
            var from = NewDate();
            var signed = Chance(0.5) ? NewDate() : (DateTime?)null;
            var added = _accessions && Chance(0.3)
                ? Sample(Countries.Where(c => !target.HasParty(c)).ToArray(), _random.Next(1, 3))
                    .Select(code => new Party(code, NewText(), Pick(Enum.GetValues<PartyRole>()), Here)).ToImmutableArray()
                : ImmutableArray<Party>.Empty;
            heads.Add((i, target, from, signed, added));
        }

        var amendments = ImmutableArray.CreateBuilder<Amendment>(heads.Count);
        foreach (var head in heads)
        {
            var target = head.Target;
            var zone = target.Zone is null ? null : zones.First(z => z.Name == target.Zone);
            var parties = target.Parties.Select(p => p.Code)
                .Concat(heads.Where(o => o.Target.Name == target.Name && o.From <= head.From).SelectMany(o => o.Added.Select(p => p.Code)))
                .Distinct(StringComparer.Ordinal)
                .ToImmutableArray();
            var context = new Context(parties, zone, new Period(head.From, target.EffectiveUntil), head.Signed, head.From);
            // Removals name clauses of the amended agreement, of every kind that has a key, so that the round trip
            // covers 'remove' in each of its forms.
            var removals = target.Terms.Where(_ => Chance(0.3)).Select(t => Removal.Of(t, Here)).ToImmutableArray();
            amendments.Add(new Amendment("AM-" + head.Index, NewText(), target.Name, head.From, head.Signed, NewTerms(context, producers, facilities), Here)
            {
                Removals = removals,
                Parties = head.Added,
            });
        }

        return amendments.ToImmutable();
    }

    /// <summary>The next round of one agreement: each term kept, dropped, restated with another value under the same
    /// key, or replaced by a term of another key; and new terms added. The new version has one term per key (what one
    /// amendment can state: its terms replace every term of their key).</summary>
    private AgreementSet? Revise(AgreementSet set)
    {
        if (set.Agreements.Length == 0)
        {
            return null;
        }

        var index = _random.Next(set.Agreements.Length);
        var agreement = set.Agreements[index];
        var (context, producers, facilities) = _contexts[agreement.Name];
        var restate = new TermRevision(this, context);
        var terms = new List<AgreementTerm>();
        foreach (var term in agreement.Terms)
        {
            switch (_random.Next(4))
            {
                case 0:
                    break;
                case 1:
                    terms.Add(term.Accept(restate));
                    break;
                case 2:
                    if (NewTerm(context, producers, facilities) is { } other)
                    {
                        terms.Add(other);
                    }

                    break;
                default:
                    terms.Add(term);
                    break;
            }
        }

        terms.AddRange(NewTerms(context, producers, facilities).Take(_random.Next(3)));
        var unique = terms.GroupBy(t => t.Key, StringComparer.Ordinal).Select(g => g.First()).ToImmutableArray();
        return set with { Agreements = set.Agreements.SetItem(index, agreement with { Terms = unique }) };
    }

    /// <summary>A term restated with another value under the same key (an obligation also with another text, which
    /// is another key: a change of key). Through the visitor, so that a new kind of term must say how it changes.</summary>
    private sealed class TermRevision(ModelFactory f, Context c) : ITermVisitor<AgreementTerm>
    {
        public AgreementTerm Visit(Floor term) => term with { TariffCap = f.NewPercent(1000), Review = f.Chance(0.5) ? null : f.Pick(Enum.GetValues<ReviewPeriod>()) };

        public AgreementTerm Visit(TariffCommitment term) => term with { Rate = f.NewRate() };

        public AgreementTerm Visit(ExportDutyBan term) => term with { Minerals = ImmutableArray.Create(f.NewMineral()) };

        public AgreementTerm Visit(ExportMeasure term) => term with { Scope = f.NewScope() };

        public AgreementTerm Visit(Loan term) => term with { Amount = f.NewSum() };

        public AgreementTerm Visit(EquityStake term) => term with { Amount = f.NewSum() };

        public AgreementTerm Visit(Grant term) => term with { Amount = f.NewSum() };

        public AgreementTerm Visit(Guarantee term) => term with { Amount = f.NewSum() };

        public AgreementTerm Visit(Offtake term) => term.Share is null ? term : term with { Share = f.NewPercent(100) };

        public AgreementTerm Visit(OriginRule term) =>
            term.ZoneContent is null && !term.ConsignedFromMembersOnly && term.ForeignEntityBelow is null && term.Alternatives is null
                ? term with { ConsignedFromMembersOnly = true }
                : term with { ChangeOfTariffHeading = !term.ChangeOfTariffHeading };

        // Its key is all it states besides its period: another value is another key.
        public AgreementTerm Visit(MostFavouredNation term) => term with { Subject = term.Subject == MfnSubject.Floor ? MfnSubject.Tariff : MfnSubject.Floor };

        public AgreementTerm Visit(StatedProvision term) => term with { Text = "The Parties agree: " + f.NewText() };

        public AgreementTerm Visit(Obligation term)
        {
            var text = f.Chance(0.5) ? term.Text : f.NewText();
            if (term.Anchor == DeadlineAnchor.Date)
            {
                return term with { Text = text, DueDate = f.NewDate() };
            }

            var within = f.NewDuration();
            var from = term.Anchor == DeadlineAnchor.Signature ? c.Signed : c.EntryIntoForce;
            return term with { Text = text, Within = within, DueDate = from is { } s ? within.AddTo(s) : null };
        }
    }

    private ImmutableArray<AgreementTerm> NewTerms(Context context, ImmutableArray<Producer> producers, ImmutableArray<Facility> facilities)
    {
        var terms = ImmutableArray.CreateBuilder<AgreementTerm>();
        var wanted = _random.Next(0, Math.Min(8, 2 + (_size / 8)));
        for (var attempt = 0; terms.Count < wanted && attempt < wanted * 3; attempt++)
        {
            if (NewTerm(context, producers, facilities) is { } term)
            {
                terms.Add(term);
            }
        }

        return terms.ToImmutable();
    }

    private AgreementTerm? NewTerm(Context c, ImmutableArray<Producer> producers, ImmutableArray<Facility> facilities)
    {
        var hasParties = c.Parties.Length > 0;
        switch (_random.Next(13))
        {
            case 12:
                // A provision's text is what the draft prints: never blank.
                return new StatedProvision(Pick(Enum.GetValues<ProvisionTopic>()), "The Parties agree: " + NewText(), c.Period, Here);
            case 0:
                return NewFloor(c);
            case 1 when hasParties:
                var staging = _random.Next(3) switch
                {
                    0 => new Staging(StagingKind.EntryIntoForce, null, null),
                    1 => new Staging(StagingKind.Date, NewDate(), null),
                    _ => new Staging(StagingKind.Category, null, Pick(new[] { "A", "B", "cat-5", "Staging_1" })),
                };
                return new TariffCommitment(Pick(c.Parties), Pick(c.Parties), NewSubject(), Chance(0.3) ? NewHsCode() : null, NewRate(),
                    Chance(0.3) ? NewRate() : null, staging, staging.Kind == StagingKind.Date ? c.Period with { From = staging.From } : c.Period, Here);
            case 2:
                return new ExportDutyBan(Enumerable.Range(0, 1 + _random.Next(3)).Select(_ => NewMineral()).ToImmutableArray(), c.Parties, c.Period, Here);
            case 3 when hasParties:
                var tax = Chance(0.5);
                return new ExportMeasure(tax ? ExportMeasureKind.Tax : ExportMeasureKind.Quota, Pick(c.Parties), NewSubject(),
                    tax ? NewPercent(1000) : null, tax ? null : NewQuantity(), NewScope(), c.Period, Here);
            case 4:
                var lender = NewActor();
                var tenor = NewDuration();
                var loanPeriod = Chance(0.3) ? NewValidity() : c.Period.From is { } start ? new Period(start, tenor.LastDayFrom(start)) : c.Period;
                return new Loan(lender, NewActor(), NewCommitment(), Chance(0.5) ? NewRate() : null, tenor,
                    facilities.Any(f => f.Name == lender) ? lender : null, loanPeriod, Here) { Terms = NewFinancingTerms("loan") };
            case 5:
                return new EquityStake(NewActor(), NewActor(), NewCommitment(), Chance(0.5) ? NewPercent(100) : null, c.Period, Here) { Terms = NewFinancingTerms("equity") };
            case 6:
                return new Grant(NewActor(), NewActor(), NewCommitment(), Chance(0.5) ? NewDuration() : null, c.Period, Here) { Terms = NewFinancingTerms("grant") };
            case 7:
                return new Guarantee(NewActor(), NewActor(), NewCommitment(), Chance(0.5) ? NewDuration() : null, c.Period, Here) { Terms = NewFinancingTerms("guarantee") };
            case 8:
                var withCapacity = producers.Where(p => p.Capacities.Length > 0).ToArray();
                if (withCapacity.Length == 0)
                {
                    return null;
                }

                var producer = Pick(withCapacity);
                var capacity = Pick(producer.Capacities);
                var first = producer.Capacities.First(x => x.Subject == capacity.Subject);
                var volume = Chance(0.5) ? NewQuantity() with { Basis = first.PerYear.Basis, Unit = UnitFor(first.PerYear.Basis) } : (Quantity?)null;
                Duration? offtakeFor = Chance(0.5) ? NewDuration() : null;
                var offtakePeriod = offtakeFor is { } d ? OfftakePeriod(d, c.Period, producer.Capacities.Where(x => x.Subject == capacity.Subject)) : NewValidity();
                var earnings = Chance(0.3) ? new EarningsFloor(NewSum(), Chance(0.5) ? NewPercent(100) : null) : null;
                return new Offtake(producer.Name, NewActor(), capacity.Subject, volume is null ? NewPercent(100) : null, volume, offtakeFor, offtakePeriod, Here, earnings);
            case 9:
                var content = Chance(0.5) ? NewPercent(100) : (Percentage?)null;
                var heading = Chance(0.4);
                var consigned = Chance(0.4);
                var foreign = Chance(0.4) ? NewPercent(100) : (Percentage?)null;
                OriginValuation? valuation = content is not null && Chance(0.5) ? NewValuation() : null;
                var alternatives = Chance(0.3) ? NewOriginAlternatives() : null;
                if (content is null && !heading && !consigned && foreign is null && alternatives is null)
                {
                    heading = true;
                }

                return new OriginRule(NewSubject(), content, heading, consigned, foreign, c.Period, Here, valuation, alternatives);
            case 10 when hasParties:
                var mfnSubject = NewSubject();
                var exceptions = Chance(0.5) ? null
                    : new MfnExceptions(Chance(0.5), Chance(0.5), Sample(c.Earlier.ToArray(), _random.Next(Math.Min(3, c.Earlier.Length + 1))).ToImmutableArray());
                return new MostFavouredNation(Pick(c.Parties), mfnSubject.Mineral, Chance(0.5) ? mfnSubject.Stage : null,
                    Chance(0.5) ? MfnSubject.Floor : MfnSubject.Tariff, c.Period, Here, exceptions is { IsEmpty: true } ? null : exceptions);
            case 11 when hasParties:
                var obligors = Sample(c.Parties, 1 + _random.Next(c.Parties.Length)).ToImmutableArray();
                var anchor = Pick(Enum.GetValues<DeadlineAnchor>());
                if (anchor == DeadlineAnchor.Date)
                {
                    return new Obligation(obligors, NewText(), anchor, null, NewDate(), c.Period, Here);
                }

                if (anchor == DeadlineAnchor.None)
                {
                    return new Obligation(obligors, NewText(), anchor, null, null, c.Period, Here);
                }

                var within = NewDuration();
                if (c.Earlier.Length > 0 && Chance(0.3))
                {
                    // Counted from another instrument's date: the due date is the checks' to find.
                    return new Obligation(obligors, NewText(), anchor, within, null, c.Period, Here, Pick(c.Earlier.ToArray()));
                }

                var from = anchor == DeadlineAnchor.Signature ? c.Signed : c.EntryIntoForce;
                return new Obligation(obligors, NewText(), anchor, within, from is { } s ? within.AddTo(s) : null, c.Period, Here);
            default:
                return null;
        }
    }

    /// <summary>The period the language gives an offtake "for" a duration: from the later of the agreement's start
    /// and the earliest start of the producer's capacity for the subject (a capacity without a start exists from
    /// the first), for the duration; the agreement's period when its start is unknown.</summary>
    private static Period OfftakePeriod(Duration duration, Period agreement, IEnumerable<Capacity> capacities)
    {
        if (agreement.From is not { } start)
        {
            return agreement;
        }

        var starts = capacities.Select(x => x.Validity.From).ToArray();
        if (starts.All(x => x is not null) && starts.Length > 0 && starts.Min()!.Value > start)
        {
            start = starts.Min()!.Value;
        }

        return new Period(start, duration.LastDayFrom(start));
    }

    private Floor NewFloor(Context c)
    {
        var subject = NewSubject();
        var references = c.Zone?.ReferencePrices ?? ImmutableArray<ReferencePrice>.Empty;
        if (references.Length > 0 && Chance(0.6))
        {
            subject = Pick(references).Subject;
        }

        Duration? duration = null;
        Period period;
        switch (_random.Next(3))
        {
            case 0:
                duration = NewDuration();
                period = c.Period.From is { } start ? new Period(start, duration.Value.LastDayFrom(start)) : c.Period;
                break;
            case 1:
                period = NewValidity();
                break;
            default:
                period = c.Period;
                break;
        }

        // A floor at reference price takes the first reference price of its zone for its subject whose validity
        // overlaps the floor's period; the zone's prices for the subject must cover the whole period (AGR122), or the
        // floor states its price.
        var reference = references.FirstOrDefault(r => r.Subject == subject && r.Validity.Overlaps(period));
        var atReference = reference is not null && Covered(period, references.Where(r => r.Subject == subject).Select(r => r.Validity)) && Chance(0.7);
        var mechanism = _random.Next(5) switch
        {
            0 => new FloorMechanism(FloorMechanismKind.AdjustableTariff, NewScope(), null, null),
            1 => new FloorMechanism(FloorMechanismKind.PriceGapPayment, null, Chance(0.5) ? NewActor() : null, Chance(0.5) ? NewPercent(100) : null,
                _random.Next(3) switch { 0 => null, 1 => Benchmark.MarketPrice, _ => new Benchmark(Pick(new[] { "Asian Metal NdPr oxide", "Fastmarkets \"lithium\" carbonate" })) },
                Chance(0.5) ? NewPercent(100) : null),
            2 => new FloorMechanism(FloorMechanismKind.MinimumImportPrice, null, null, null),
            3 => new FloorMechanism(FloorMechanismKind.ExportTax, Chance(0.5) ? NewScope() : null, null, null, ExportTaxRate: NewPercent(100)),
            _ => new FloorMechanism(FloorMechanismKind.None, null, null, null),
        };
        return new Floor(subject, atReference, atReference ? reference!.Price : NewPrice(), mechanism, Chance(0.5) ? NewPercent(1000) : null,
            Chance(0.5) ? Pick(Enum.GetValues<ReviewPeriod>()) : null, duration, period, Here);
    }

    /// <summary>Whether every day of <paramref name="period"/> lies in one of <paramref name="covers"/>.</summary>
    private static bool Covered(Period period, IEnumerable<Period> covers)
    {
        DateTime? cursor = period.From; // the first day not yet covered; null: the beginning of time
        foreach (var cover in covers.Where(c => c.Overlaps(period)).OrderBy(c => c.From ?? DateTime.MinValue))
        {
            if (cover.From is { } from && from > DateTime.MinValue.Date && (cursor is null || from > cursor))
            {
                return false;
            }

            if (cover.Until is not { } until || until == DateTime.MaxValue.Date || (period.Until is { } end && until >= end))
            {
                return true;
            }

            cursor = cursor is { } c && c > until.AddDays(1) ? c : until.AddDays(1);
        }

        return false;
    }

    /// <summary>The further terms of a financing, only those its kind may state (AGR124): an equity instrument
    /// and warrants for equity, a conversion price only with convertible preferred equity, a loan instrument for
    /// a loan, a use of proceeds for any.</summary>
    private FinancingTerms NewFinancingTerms(string kind)
    {
        if (Chance(0.5))
        {
            return FinancingTerms.None;
        }

        FinancingInstrument? instrument = kind switch
        {
            "equity" when Chance(0.7) => Pick(Enum.GetValues<FinancingInstrument>().Where(FinancingInstruments.IsEquity).ToArray()),
            "loan" when Chance(0.7) => Chance(0.5) ? FinancingInstrument.ConcessionalLoan : FinancingInstrument.CommercialLoan,
            _ => null,
        };
        var conversion = instrument == FinancingInstrument.ConvertiblePreferredEquity && Chance(0.7) ? NewMoney() : (Money?)null;
        var warrants = kind == "equity" && Chance(0.5)
            ? new Warrants(Chance(0.5) ? NewMoney() : null, Chance(0.5) ? NewDuration() : null, Here)
            : null;
        return new FinancingTerms(instrument, conversion, warrants, Chance(0.5) ? NewText() : null);
    }

    // ---- values

    private static readonly Location Here = new(new SourceText("generated.agr", ""), new TextSpan(0, 0));

    private bool Chance(double p) => _random.NextDouble() < p;

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private string NewActor() => _actors.Count > 0 && Chance(0.6) ? Pick(_actors) : Pick(Countries);

    private ImmutableArray<string> NewCodes(int min, int max) => Sample(Countries, _random.Next(min, max + 1)).ToImmutableArray();

    /// <summary><paramref name="count"/> distinct items in random order (count is small next to the list).</summary>
    private string[] Sample(IReadOnlyList<string> items, int count)
    {
        var chosen = new List<string>(count);
        var seen = new HashSet<int>();
        while (chosen.Count < Math.Min(count, items.Count))
        {
            var index = _random.Next(items.Count);
            if (seen.Add(index))
            {
                chosen.Add(items[index]);
            }
        }

        return chosen.ToArray();
    }

    private string NewMineral() => _declaredMinerals.Count > 0 && Chance(0.2) ? Pick(_declaredMinerals) : Pick(CatalogMinerals);

    private MineralStage NewSubject()
    {
        if (_declaredSubjects.Count > 0 && Chance(0.2))
        {
            return Pick(_declaredSubjects);
        }

        var stage = Pick(CatalogStages);
        return new MineralStage(Pick(CatalogMinerals), stage.Name, stage.Level);
    }

    private Scope NewScope() => _random.Next(3) switch
    {
        0 => Scope.All,
        1 => new Scope(ScopeKind.NonMembers, ImmutableArray<string>.Empty),
        _ => new Scope(ScopeKind.Listed, NewCodes(1, 3)),
    };

    private ImmutableArray<ExchangeRate> NewExchangeRates() =>
        Enumerable.Range(0, _random.Next(3)).Select(_ => new ExchangeRate(NewMoney(), NewMoney(), Chance(0.5) ? Period.Always : NewValidity(), Here)).ToImmutableArray();

    /// <summary>A positive amount: mostly everyday figures, sometimes up to the 28 significant digits a decimal holds.</summary>
    private decimal NewAmount()
    {
        var scale = _random.Next(5);
        var digits = Chance(0.05) ? 28 - scale : 1 + _random.Next(Math.Min(12, 2 + (_size / 5)));
        var builder = new StringBuilder();
        builder.Append((char)('1' + _random.Next(9)));
        for (var i = 1; i < digits + scale; i++)
        {
            builder.Append((char)('0' + _random.Next(10)));
        }

        var text = scale == 0 ? builder.ToString() : builder.ToString(0, builder.Length - scale) + "." + builder.ToString(builder.Length - scale, scale);
        if (text.StartsWith(".", StringComparison.Ordinal))
        {
            text = "0" + text;
        }

        return decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
    }

    private Money NewMoney(string? currency = null) => new(currency ?? Pick(Currencies), NewAmount());

    private ReleaseRule NewRelease()
    {
        var price = Chance(0.5) ? (UnitPrice?)null : NewPrice();
        return new ReleaseRule(NewSubject(), price, Here, price is null && Chance(0.3));
    }

    /// <summary>A financing amount: exact, at least, up to, or to be agreed.</summary>
    private CommittedAmount NewCommitment() => _random.Next(8) switch
    {
        0 => CommittedAmount.ToBeAgreed,
        1 => new CommittedAmount(AmountBound.AtLeast, NewSum()),
        2 => new CommittedAmount(AmountBound.UpTo, NewSum()),
        _ => NewSum(),
    };

    /// <summary>An amount of money (not a price): in whole minor units of its currency (AGR121).</summary>
    private Money NewSum(string? currency = null)
    {
        var money = NewMoney(currency);
        var minor = Catalog.FindCurrency(money.Currency)!.MinorUnits;
        if (minor < 0)
        {
            return money;
        }

        var rounded = decimal.Round(money.Amount, minor, MidpointRounding.ToZero);
        return money with { Amount = rounded > 0 ? rounded : 1 };
    }

    private UnitPrice NewPrice()
    {
        var basis = Pick(Enum.GetValues<QuantityBasis>());
        return new UnitPrice(NewMoney(), UnitFor(basis), basis);
    }

    private Quantity NewQuantity()
    {
        var basis = Pick(Enum.GetValues<QuantityBasis>());
        return new Quantity(NewAmount(), UnitFor(basis), basis);
    }

    /// <summary>WO3 is the basis of an mtu and can only be written as one; every other basis goes with any unit.</summary>
    private MassUnit UnitFor(QuantityBasis basis) =>
        basis == QuantityBasis.TungstenTrioxide ? MassUnit.MetricTonneUnit : Pick(Enum.GetValues<MassUnit>());

    private OriginValuation NewValuation() => Pick(Enum.GetValues<OriginValuation>());

    /// <summary>An either/or group of two or three criteria of any kind (two content tests by different methods,
    /// as USMCA writes them, included).</summary>
    private OriginAlternatives NewOriginAlternatives()
    {
        var criteria = ImmutableArray.CreateBuilder<OriginCriterion>();
        var count = 2 + _random.Next(2);
        for (var i = 0; i < count; i++)
        {
            criteria.Add(Pick(Enum.GetValues<OriginCriterionKind>()) switch
            {
                OriginCriterionKind.ZoneContent => new OriginCriterion(OriginCriterionKind.ZoneContent, NewPercent(100), Chance(0.5) ? NewValuation() : null),
                OriginCriterionKind.ForeignEntityBelow => new OriginCriterion(OriginCriterionKind.ForeignEntityBelow, NewPercent(100)),
                var kind => new OriginCriterion(kind),
            });
        }

        return new OriginAlternatives(criteria.ToImmutable());
    }

    private Percentage NewPercent(int max) =>
        new(Math.Round((decimal)(_random.NextDouble() * max), _random.Next(3)));

    private Rate NewRate() => _random.Next(3) switch
    {
        0 => new Rate(NewPercent(1000), null, null),
        1 => new Rate(null, NewPrice(), null),
        _ => new Rate(NewPercent(20), null, NewText()),
    };

    private Duration NewDuration() => new(1 + _random.Next(Chance(0.1) ? 10_000 : 40), Pick(Enum.GetValues<TimeUnit>()));

    private DateTime NewDate()
    {
        if (Chance(0.05))
        {
            // The ends of the calendar: date arithmetic there must saturate, not throw.
            return Chance(0.5) ? new DateTime(1, 1, 1 + _random.Next(28)) : new DateTime(9999, 12, 1 + _random.Next(31));
        }

        return new DateTime(1990, 1, 1).AddDays(_random.Next(365 * 100));
    }

    private Period NewValidity()
    {
        var from = NewDate();
        if (Chance(0.5))
        {
            return new Period(from, null);
        }

        var until = NewDate();
        return until < from ? new Period(until, from) : new Period(from, until);
    }

    private string NewHsCode()
    {
        string Digits(int n) => string.Concat(Enumerable.Range(0, n).Select(_ => (char)('0' + _random.Next(10))));
        return _random.Next(4) switch
        {
            0 => Digits(4),
            1 => Digits(4) + "." + Digits(2),
            2 => Digits(4) + "." + Digits(2) + "." + Digits(2),
            _ => Digits(4) + "." + Digits(2) + "." + Digits(4),
        };
    }

    /// <summary>A string as a negotiator might type it, and then some: any characters but a line break.</summary>
    private string NewText()
    {
        var builder = new StringBuilder();
        var pieces = _random.Next(0, 6);
        for (var i = 0; i < pieces; i++)
        {
            if (Chance(0.2))
            {
                // Not C1 controls (AGR013) nor bidirectional controls (AGR014): a generated set checks clean.
                var code = (char)_random.Next(0x20, 0x3000);
                builder.Append((code >= '\u007F' && code <= '\u009F') || TextCharacters.IsBidiControl(code) ? 'x' : code);
            }
            else
            {
                builder.Append(Pick(StringPieces));
            }
        }

        // Every quoted text says something (AGR120): not empty, not only white space or format characters.
        if (builder.ToString().All(c => char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format))
        {
            builder.Append(Pick(new[] { "Japan", "日本国政府", "é" }));
        }

        return builder.ToString();
    }
}
