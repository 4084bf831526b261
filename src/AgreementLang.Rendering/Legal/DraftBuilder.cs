using System.Collections.Immutable;
using AgreementLang.Catalog;
using AgreementLang.Model;
using AgreementLang.Rendering.Templates;
using AgreementLang.Rendering.Text;

namespace AgreementLang.Rendering.Legal;

/// <summary>Builds the format-neutral <see cref="Draft"/> of one agreement from the checked model: resolves
/// names and figures into a <see cref="DraftContext"/>, renders each wording template in treaty order, numbers
/// the articles that have something to say, and lays out the annexes.</summary>
public sealed class DraftBuilder
{
    /// <summary>The clause families in the order a treaty text takes them; each has a wording template of the
    /// same name (<c>floors.hbs</c>).</summary>
    public static readonly ImmutableArray<string> ArticleFamilies =
    [
        "definitions", "floors", "mechanisms", "tariffs", "export-duties", "financing", "offtake", "origin", "mfn",
        "obligations", "consultations", "final-provisions",
    ];

    private static readonly string[] Roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

    private readonly TemplateSet _templates;

    public DraftBuilder(TemplateSet templates)
    {
        _templates = templates;
    }

    /// <param name="warnings">Shown at the head of the draft: the unresolved errors of a forced build.</param>
    public Draft Build(AgreementSet set, Agreement agreement, IReadOnlyList<string>? warnings = null)
    {
        var names = new Names(set, agreement);
        var zone = agreement.Zone is null ? null : set.Zones.FirstOrDefault(z => z.Name == agreement.Zone);
        var annexes = Annexes.Build(set, agreement, zone, names);
        var annexRefs = new AnnexRefs(
            annexes.FirstOrDefault(a => a.Family == "prices")?.Label,
            annexes.FirstOrDefault(a => a.Family == "tariffs")?.Label,
            annexes.FirstOrDefault(a => a.Family == "financing")?.Label,
            annexes.FirstOrDefault(a => a.Family == "origin")?.Label);

        var context = Context(set, agreement, zone, names, annexRefs, new ArticleRefs(null, null, null, null, null, null));
        var present = ArticleFamilies.Where(family => HasContent(family, context)).ToList();

        // Numbers depend on which articles exist, and definitions point at articles: render, and if a (house)
        // template left an article empty, drop it and render again so that no number is skipped.
        while (true)
        {
            context = context with { Article = Refs(present), Definitions = Definitions(set, agreement, zone, names, Refs(present)) };
            var articles = new List<DraftArticle>();
            var dropped = new List<string>();
            foreach (var family in present)
            {
                var parsed = ArticleText.Parse(_templates.RenderText(family + ".hbs", context));
                if (parsed.Paragraphs.Length == 0)
                {
                    dropped.Add(family);
                    continue;
                }

                articles.Add(new DraftArticle(articles.Count + 1, family, parsed.Heading ?? family, parsed.Paragraphs));
            }

            if (dropped.Count > 0)
            {
                present.RemoveAll(dropped.Contains);
                continue;
            }

            var preamble = ArticleText.Parse(_templates.RenderText("preamble.hbs", context), numberParagraphs: false).Paragraphs
                .Select(p => p.Text).ToList();
            var formula = preamble.Count > 0 ? preamble[preamble.Count - 1] : "";
            if (preamble.Count > 0)
            {
                preamble.RemoveAt(preamble.Count - 1);
            }

            var closing = ArticleText.Parse(_templates.RenderText("closing.hbs", context), numberParagraphs: false).Paragraphs
                .Select(p => p.Text).ToImmutableArray();
            var parties = agreement.Parties
                .Select(p => new DraftParty(p.Code, Id(p.Code), p.FullName, Names.ShortName(p.FullName), p.Role.ToString().ToLowerInvariant()))
                .ToImmutableArray();
            var signatures = agreement.Parties
                .Select(p => new DraftSignature(Id(p.Code), "FOR " + p.FullName.ToUpperInvariant()))
                .ToImmutableArray();

            return new Draft(
                agreement.Name,
                agreement.Title,
                context.Instrument,
                KindName(agreement.Kind),
                agreement.Binding,
                agreement.Signed,
                agreement.Place,
                parties,
                (warnings ?? Array.Empty<string>()).ToImmutableArray(),
                preamble.ToImmutableArray(),
                formula,
                articles.ToImmutableArray(),
                closing,
                signatures,
                annexes);
        }
    }

    /// <summary>The stable identifier of a party in ids and references: its code in lower case.</summary>
    public static string Id(string code) => new(code.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray());

    /// <summary>Frameworks, memoranda and action plans, and anything marked non-binding, record intentions.</summary>
    public static bool IsBinding(Agreement agreement) =>
        agreement.Binding && agreement.Kind is AgreementKind.Bilateral or AgreementKind.Plurilateral;

    public static string InstrumentNoun(AgreementKind kind) => kind switch
    {
        AgreementKind.Framework => "Framework",
        AgreementKind.Memorandum => "Memorandum",
        AgreementKind.ActionPlan => "Action Plan",
        _ => "Agreement",
    };

    public static string KindName(AgreementKind kind) => kind switch
    {
        AgreementKind.ActionPlan => "action-plan",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static bool HasContent(string family, DraftContext c) => family switch
    {
        "definitions" => true,
        "floors" => c.Floors.Length > 0,
        "mechanisms" => c.Mechanisms.Length > 0,
        "tariffs" => c.Tariffs.Length > 0,
        "export-duties" => c.ExportDutyBans.Length > 0 || c.ExportMeasures.Length > 0,
        "financing" => c.Financing.Length > 0,
        "offtake" => c.Offtakes.Length > 0,
        "origin" => c.OriginRules.Length > 0,
        "mfn" => c.MostFavouredNation.Length > 0,
        "obligations" => c.Obligations.Length > 0,
        _ => true,
    };

    private static ArticleRefs Refs(List<string> present)
    {
        string? Of(string family) => present.IndexOf(family) is var i and >= 0 ? "Article " + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        return new ArticleRefs(Of("floors"), Of("mechanisms"), Of("tariffs"), Of("financing"), Of("origin"), Of("final-provisions"));
    }

    private static DraftContext Context(AgreementSet set, Agreement agreement, Zone? zone, Names names, AnnexRefs annex, ArticleRefs articles)
    {
        var binding = IsBinding(agreement);
        var instrument = InstrumentNoun(agreement.Kind);
        var party = binding ? "Party" : "Participant";
        var many = agreement.Parties.Length > 2;
        var partyCodes = agreement.Parties.Select(p => p.Code).ToArray();

        var floors = agreement.Terms.OfType<Floor>().Select(f => FloorView(f, agreement, zone, names, binding)).ToImmutableArray();
        var tariffs = agreement.Terms.OfType<TariffCommitment>().Select(t => new TariffView(
            names.Of(t.Importer), names.OfAtStart(t.Importer), names.Of(t.Exporter), names.Goods(t.Subject),
            LegalText.Rate(t.Rate), t.Rate.Percent is { Value: 0 } && t.Rate.Specific is null && t.Rate.Benchmark is null,
            Staging(t.Staging, binding), t.BaseRate is { } b ? LegalText.Rate(b) : null)).ToImmutableArray();
        var bans = agreement.Terms.OfType<ExportDutyBan>()
            .Select(b => new ExportBanView(Names.JoinAnd(b.Minerals.Select(names.Mineral).ToArray(), "or"))).ToImmutableArray();
        var measures = agreement.Terms.OfType<ExportMeasure>().Select(m => new ExportMeasureView(
            names.OfAtStart(m.Party), m.Kind == ExportMeasureKind.Tax, names.Goods(m.Subject),
            m.Tax is { } tax ? LegalText.Percent(tax) : null, m.QuotaPerYear is { } q ? LegalText.Quantity(q) : null,
            ScopeText(m.Scope, names, "destined for"))).ToImmutableArray();
        var financing = agreement.Terms.Where(t => t is Loan or EquityStake or Grant or Guarantee)
            .Select(t => FinancingView(t, names)).ToImmutableArray();
        var offtakes = agreement.Terms.OfType<Offtake>().Select(o => OfftakeView(o, set, agreement, names)).ToImmutableArray();
        var origin = agreement.Terms.OfType<OriginRule>().Select(r => new OriginView(names.Goods(r.Subject), zone is null ? "the territory of the " + Plural(party) : "the Preferential Zone", OriginConditions(r, zone, binding))).ToImmutableArray();
        var mfn = agreement.Terms.OfType<MostFavouredNation>().Select(m => new MfnView(
            names.Of(m.Beneficiary),
            m.Stage is null ? names.Mineral(m.Mineral) + " at any stage of production" : names.Goods(new MineralStage(m.Mineral, m.Stage, default)),
            m.Subject == MfnSubject.Floor, m.Subject == MfnSubject.Tariff)).ToImmutableArray();
        var obligations = agreement.Terms.OfType<Obligation>().Select(o => ObligationView(o, agreement, names, binding, party, instrument)).ToImmutableArray();

        return new DraftContext(
            agreement.Name,
            agreement.Title,
            instrument,
            binding,
            !many,
            party,
            Plural(party),
            "Each " + party,
            (many ? "No " : "Neither ") + party,
            many ? "any other " + party : "the other " + party,
            many ? "any " + party : "either " + party,
            binding ? "shall" : "intends to",
            binding ? "shall" : "intend to",
            binding ? "shall be" : "is intended to be",
            binding ? "shall" : "will",
            many ? "among" : "between",
            agreement.Parties.Length switch { 2 => "in duplicate", 3 => "in triplicate", _ => "in a single original" },
            Names.Capitalise(Names.JoinAnd(agreement.Parties.Select(p => p.FullName).ToArray())),
            zone is null ? null : new ZoneView(zone.Name, zone.Title ?? zone.Name),
            agreement.Signed is { } signed ? LegalText.Date(signed) : null,
            agreement.Place,
            agreement.Under is { } under ? set.Agreements.FirstOrDefault(a => a.Name == under)?.Title ?? under : null,
            annex,
            articles,
            ImmutableArray<DefinitionView>.Empty,
            floors,
            floors.Where(f => f.IsAdjustableTariff || f.IsPriceGapPayment || f.IsMinimumImportPrice).ToImmutableArray(),
            tariffs,
            bans,
            measures,
            financing,
            offtakes,
            origin,
            mfn,
            obligations,
            Final(agreement, binding, party, instrument, many, partyCodes.Length));
    }

    private static FloorView FloorView(Floor floor, Agreement agreement, Zone? zone, Names names, bool binding)
    {
        var price = floor.Price ?? (floor.AtReferencePrice ? zone?.ReferencePrices.FirstOrDefault(r => r.Subject.Mineral == floor.Subject.Mineral && r.Subject.Stage == floor.Subject.Stage)?.Price : null);
        var mechanism = floor.Mechanism;
        var payer = mechanism.Beneficiary is { } beneficiary
            ? agreement.Parties.Where(p => p.Code != beneficiary).Select(p => p.Code).ToArray()
            : Array.Empty<string>();
        var from = floor.Period.From is { } f && f != agreement.EffectiveFrom ? LegalText.Date(f) : null;
        return new FloorView(
            names.Goods(floor.Subject),
            floor.AtReferencePrice,
            price is { } p ? LegalText.UnitPrice(p) : null,
            floor.AtReferencePrice ? "the Reference Price" : "the Floor Price",
            from,
            floor.For is { } d ? LegalText.Duration(d) : null,
            mechanism.Kind == FloorMechanismKind.AdjustableTariff,
            mechanism.Kind == FloorMechanismKind.PriceGapPayment,
            mechanism.Kind == FloorMechanismKind.MinimumImportPrice,
            mechanism.Scope is { } scope ? ScopeText(scope, names, "originating in") : null,
            floor.TariffCap is { } cap ? LegalText.Percent(cap) : null,
            floor.Review is { } review ? LegalText.Review(review) : null,
            mechanism.Beneficiary is { } b ? names.Of(b) : null,
            payer.Length > 0 ? Names.Capitalise(names.List(payer)) : binding ? "The Parties" : "The Participants",
            payer.Length > 0 ? names.List(payer) : binding ? "the Parties" : "the Participants",
            binding ? "shall" : payer.Length == 1 ? "intends to" : "intend to",
            mechanism.Clawback is { } clawback ? LegalText.Percent(clawback) : null);
    }

    private static string ScopeText(Scope scope, Names names, string preposition) => scope.Kind switch
    {
        ScopeKind.NonMembers => preposition + " a Non-Member",
        ScopeKind.All => "from any source",
        _ => preposition + " " + Names.JoinAnd(scope.Codes.Select(Names.Country).ToArray(), "or"),
    };

    private static string Staging(Staging staging, bool binding) => staging.Kind switch
    {
        StagingKind.EntryIntoForce => binding ? "on the date of entry into force of this Agreement" : "on the date on which it comes into effect",
        StagingKind.Date => "on " + LegalText.Date(staging.From!.Value),
        _ => "in accordance with staging category " + staging.Category,
    };

    private static FinancingView FinancingView(AgreementTerm term, Names names) => term switch
    {
        Loan l => new FinancingView(true, false, false, false, names.Of(l.Lender), names.OfAtStart(l.Lender), names.Of(l.Borrower),
            LegalText.Money(l.Amount), l.Rate is { } r ? LegalText.Rate(r) : null, LegalText.Duration(l.Tenor),
            l.Facility is { } facility && facility != l.Lender ? names.Of(facility) : null, null, null),
        EquityStake e => new FinancingView(false, true, false, false, names.Of(e.Investor), names.OfAtStart(e.Investor), names.Of(e.Investee),
            LegalText.Money(e.Amount), null, null, null, e.Stake is { } s ? LegalText.Percent(s) : null, null),
        Grant g => new FinancingView(false, false, true, false, names.Of(g.Grantor), names.OfAtStart(g.Grantor), names.Of(g.Grantee),
            LegalText.Money(g.Amount), null, null, null, null, g.Within is { } w ? LegalText.Duration(w) : null),
        Guarantee g => new FinancingView(false, false, false, true, names.Of(g.Guarantor), names.OfAtStart(g.Guarantor), names.Of(g.Beneficiary),
            LegalText.Money(g.Amount), null, g.Tenor is { } t ? LegalText.Duration(t) : null, null, null, null),
        _ => throw new ArgumentOutOfRangeException(nameof(term)),
    };

    private static OfftakeView OfftakeView(Offtake offtake, AgreementSet set, Agreement agreement, Names names)
    {
        var producer = set.Producers.FirstOrDefault(p => p.Name == offtake.Producer);
        var capacity = producer?.Capacities.FirstOrDefault(c => c.Subject.Mineral == offtake.Subject.Mineral && c.Subject.Stage == offtake.Subject.Stage);
        string? capacityText = capacity is null ? null
            : LegalText.Quantity(capacity.PerYear) + " per year" + (capacity.Validity.From is { } from ? " from " + LegalText.Date(from) : "");
        var period = offtake.Period;
        string? periodText = period.From is { } f && period.Until is { } u
            ? "from " + LegalText.Date(f) + " until " + LegalText.Date(u)
            : period.Until is { } until ? "until " + LegalText.Date(until) : null;
        if (period == agreement.Period)
        {
            periodText = null;
        }

        return new OfftakeView(names.Of(offtake.Producer), names.OfAtStart(offtake.Producer), names.Of(offtake.Buyer), names.Goods(offtake.Subject),
            offtake.Share is { } share ? LegalText.Percent(share) : null, capacityText,
            offtake.VolumePerYear is { } volume ? LegalText.Quantity(volume) + " per year" : null, periodText);
    }

    private static string OriginConditions(OriginRule rule, Zone? zone, bool binding)
    {
        var area = zone is null ? "the territory of the " + (binding ? "Parties" : "Participants") : "the Preferential Zone";
        var conditions = new List<string>();
        if (rule.ZoneContent is { } content)
        {
            conditions.Add("not less than " + LegalText.Percent(content) + " of its value is attributable to materials originating in " + area);
        }

        if (rule.ChangeOfTariffHeading)
        {
            conditions.Add("it has undergone in " + area + " a change of tariff heading of the Harmonized System");
        }

        if (rule.ConsignedFromMembersOnly)
        {
            conditions.Add(zone is null ? "it is consigned from the territory of a " + (binding ? "Party" : "Participant") : "it is consigned from the territory of a member of the Preferential Zone");
        }

        if (rule.ForeignEntityBelow is { } threshold)
        {
            conditions.Add("less than " + LegalText.Percent(threshold) + " of the votes, board seats or equity of its producer is held by a Foreign Entity of Concern");
        }

        return conditions.Count == 0 ? "it is wholly obtained in " + area : Names.JoinAnd(conditions);
    }

    private static ObligationView ObligationView(Obligation obligation, Agreement agreement, Names names, bool binding, string party, string instrument)
    {
        var all = obligation.Parties.Length > 1 && obligation.Parties.Length == agreement.Parties.Length &&
                  agreement.Parties.All(p => obligation.Parties.Contains(p.Code));
        var who = all ? "The " + Plural(party) : Names.Capitalise(names.List(obligation.Parties));
        var plural = obligation.Parties.Length > 1;
        var modal = binding ? "shall" : plural ? "intend to" : "intends to";
        var deadline = obligation.Anchor switch
        {
            DeadlineAnchor.Date => "no later than " + LegalText.Date(obligation.DueDate ?? default),
            DeadlineAnchor.Signature => "within " + LegalText.Duration(obligation.Within ?? default) + " after the date of signature of this " + instrument,
            _ => "within " + LegalText.Duration(obligation.Within ?? default) + " after the date " + (binding ? "of entry into force" : "on which it comes into effect") + " of this " + instrument,
        };
        if (obligation.Anchor != DeadlineAnchor.Date && obligation.DueDate is { } due)
        {
            deadline += ", that is, no later than " + LegalText.Date(due);
        }

        return new ObligationView(who, modal, obligation.Text, deadline);
    }

    private static FinalView Final(Agreement agreement, bool binding, string party, string instrument, bool many, int partyCount)
    {
        var self = "This " + instrument;
        var entry = agreement.EntryIntoForce switch
        {
            EntryIntoForce.OnDate d => binding ? self + " shall enter into force on " + LegalText.Date(d.Date) + "." : self + " will come into effect on " + LegalText.Date(d.Date) + ".",
            EntryIntoForce.OnSignature => binding ? self + " shall enter into force on the date of its signature." : self + " will come into effect on the date of its signature.",
            EntryIntoForce.AfterNotifications n => binding
                ? self + " shall enter into force " + LegalText.Count(n.Days) + " days after the date on which the " + Plural(party) + " have notified each other in writing of the completion of their internal procedures required for its entry into force."
                : self + " will come into effect " + LegalText.Count(n.Days) + " days after the date on which the " + Plural(party) + " have notified each other of the completion of their internal procedures.",
            _ => binding ? self + " shall enter into force on a date to be agreed by the Parties." : self + " will come into effect on a date to be decided by the Participants.",
        };
        var duration = agreement.Expiry switch
        {
            Expiry.OnDate d => binding ? self + " shall remain in force until " + LegalText.Date(d.Date) + "." : self + " will continue to have effect until " + LegalText.Date(d.Date) + ".",
            Expiry.AfterTerm t => binding
                ? self + " shall remain in force for a period of " + LegalText.Duration(t.Term) + " from the date of its entry into force."
                : self + " will continue to have effect for a period of " + LegalText.Duration(t.Term) + " from the date on which it comes into effect.",
            _ => binding ? self + " shall remain in force indefinitely." : self + " will continue to have effect for as long as the Participants continue to work together in good faith.",
        };
        var other = many ? "the other " + Plural(party) : "the other " + party;
        var any = many ? "Any " : "Either ";
        var withdrawal = binding
            ? any + party + " may withdraw from this " + instrument + " by written notice to " + other + "." +
              (agreement.WithdrawalNotice is { } notice ? " Withdrawal shall take effect " + LegalText.Duration(notice) + " after the date of that notice." : " Withdrawal shall take effect on the date of that notice.")
            : any + party + " may discontinue its participation in this " + instrument + " by written notice to " + other + "." +
              (agreement.WithdrawalNotice is { } n2 ? " Discontinuation will take effect " + LegalText.Duration(n2) + " after the date of that notice." : "");
        var amendment = binding
            ? self + " may be amended by written agreement of the Parties. An amendment shall enter into force in accordance with the procedure that applies to the entry into force of this " + instrument + "."
            : self + " may be modified by mutual written consent of the Participants.";
        var authentic = binding
            ? "The text of this " + instrument + " in the English language is authentic."
            : self + " is made in the English language only.";
        return new FinalView(entry, duration, withdrawal, amendment, authentic);
    }

    private static ImmutableArray<DefinitionView> Definitions(AgreementSet set, Agreement agreement, Zone? zone, Names names, ArticleRefs articles)
    {
        var terms = agreement.Terms;
        var floors = terms.OfType<Floor>().ToArray();
        var origin = terms.OfType<OriginRule>().ToArray();
        var definitions = new List<DefinitionView>();
        var usesHs = false;

        // Each definition is added only when the text uses the term: the same conditions as the wording.
        if (floors.Any(f => f.Mechanism.Kind == FloorMechanismKind.AdjustableTariff) && articles.Mechanisms is { } m1)
        {
            definitions.Add(new("Adjustable Tariff", "means the duty described in " + m1));
        }

        if (floors.Any(f => !f.AtReferencePrice) && articles.Floors is not null)
        {
            definitions.Add(new("Floor Price", "means the price stated for a good in Annex I" + (zone is null ? "" : ", where that price is not the Reference Price")));
        }

        if (origin.Any(r => r.ForeignEntityBelow is not null))
        {
            var governments = zone is { ForeignEntities.Length: > 0 }
                ? "the government of " + Names.JoinAnd(zone.ForeignEntities.Select(Names.Country).ToArray(), "or")
                : "a government that the " + (IsBinding(agreement) ? "Parties" : "Participants") + " designate as a foreign entity of concern";
            definitions.Add(new("Foreign Entity of Concern", "means a person owned or controlled by, or subject to the jurisdiction or direction of, " + governments));
        }

        if (origin.Any(r => r.ChangeOfTariffHeading))
        {
            usesHs = true;
        }

        foreach (var facility in terms.OfType<Loan>().SelectMany(l => new[] { l.Lender, l.Facility }).Distinct()
                     .Select(code => set.Facilities.FirstOrDefault(f => f.Name == code)).OfType<Facility>())
        {
            definitions.Add(new(facility.Title ?? facility.Name, "means the financing facility of that name, with a cap of " + LegalText.Money(facility.Cap)));
        }

        if (floors.Any(f => f.Mechanism.Kind == FloorMechanismKind.MinimumImportPrice) && articles.Mechanisms is { } m2)
        {
            definitions.Add(new("Minimum Import Price", "means the minimum import price described in " + m2));
        }

        var nonMember = floors.Any(f => f.Mechanism.Scope?.Kind == ScopeKind.NonMembers) ||
                        terms.OfType<ExportMeasure>().Any(e => e.Scope.Kind == ScopeKind.NonMembers);
        if (nonMember)
        {
            definitions.Add(new("Non-Member", zone is null
                ? "means any country or customs territory that is not a " + (IsBinding(agreement) ? "Party" : "Participant")
                : "means any country or customs territory that is not a member of the Preferential Zone"));
        }

        if (zone is not null && (nonMember || floors.Any(f => f.AtReferencePrice) || origin.Length > 0))
        {
            var members = Names.JoinAnd(zone.Members.Select(code => agreement.Parties.Any(p => p.Code == code) ? names.Of(code) : Names.Country(code)).ToArray());
            definitions.Add(new("Preferential Zone", "means the " + (zone.Title ?? zone.Name) + " (\"" + zone.Name + "\"), whose members are " + members));
        }

        if (floors.Any(f => f.Mechanism.Kind == FloorMechanismKind.PriceGapPayment) && articles.Mechanisms is { } m3)
        {
            definitions.Add(new("Price-Gap Payment", "means the payment described in " + m3));
        }

        if (floors.Any(f => f.AtReferencePrice))
        {
            definitions.Add(new("Reference Price", "means the reference price of the Preferential Zone for a good, as set out in Annex I"));
        }

        // Goods: every mineral and stage that an article names.
        var subjects = terms.Select(t => t switch
            {
                Floor f => f.Subject,
                TariffCommitment c => c.Subject,
                ExportMeasure e => e.Subject,
                Offtake o => o.Subject,
                OriginRule r => r.Subject,
                MostFavouredNation { Stage: { } stage } n => new MineralStage(n.Mineral, stage, default),
                _ => null,
            })
            .OfType<MineralStage>()
            .GroupBy(s => (s.Mineral, s.Stage))
            .Select(g => g.First());
        foreach (var subject in subjects)
        {
            var lines = Annexes.HsLines(set, subject);
            var what = names.MineralFullName(subject.Mineral) + " " + subject.Stage;
            string meaning;
            if (lines.Length > 0)
            {
                usesHs = true;
                var codes = Names.JoinAnd(lines.Select(l => l.Code).ToArray(), "or");
                var kind = lines.All(l => l.Code.Length <= 4) ? (lines.Length > 1 ? "headings " : "heading ") : lines.Length > 1 ? "subheadings " : "subheading ";
                meaning = "means " + what + " classified under " + kind + codes + " of the Harmonized System";
            }
            else
            {
                meaning = "means " + what;
            }

            definitions.Add(new(names.Goods(subject), meaning));
        }

        if (usesHs)
        {
            definitions.Add(new("Harmonized System", "means the Harmonized Commodity Description and Coding System of the World Customs Organization"));
        }

        // Defined once, in alphabetical order, as drafting conventions require.
        return definitions
            .GroupBy(d => d.Term, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(d => d.Term, StringComparer.OrdinalIgnoreCase)
            .ThenBy(d => d.Term, StringComparer.Ordinal)
            .ToImmutableArray();
    }

    /// <summary>"Parties", "Participants".</summary>
    internal static string Plural(string party) => party == "Party" ? "Parties" : party + "s";

    internal static string RomanNumeral(int ordinal) => ordinal <= Roman.Length ? Roman[ordinal - 1] : ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
