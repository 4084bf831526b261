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

    private static readonly Dictionary<string, string> TemplateNames = ArticleFamilies.ToDictionary(f => f, f => f + ".hbs", StringComparer.Ordinal);

    private static readonly ArticleRefs NoArticles = new(null, null, null, null, null, null);

    // Enum.ToString and a lower-casing on every party of every draft, for a handful of names.
    private static readonly Dictionary<PartyRole, string> RoleNames = Enum.GetValues<PartyRole>().ToDictionary(r => r, r => r.ToString().ToLowerInvariant());

    private readonly TemplateSet _templates;

    public DraftBuilder(TemplateSet templates)
    {
        _templates = templates;
    }

    /// <param name="warnings">Shown at the head of the draft: the unresolved errors of a forced build.</param>
    public Draft Build(AgreementSet set, Agreement agreement, IReadOnlyList<string>? warnings = null)
    {
        var names = new Names(set, agreement);
        var zone = FindZone(set, agreement.Zone);
        var annexes = Annexes.Build(set, agreement, zone, names);
        var annexRefs = new AnnexRefs(AnnexLabel(annexes, "prices"), AnnexLabel(annexes, "tariffs"), AnnexLabel(annexes, "financing"), AnnexLabel(annexes, "origin"));

        var context = Context(set, agreement, zone, names, annexRefs, NoArticles);
        var present = new List<string>(ArticleFamilies.Length);
        foreach (var family in ArticleFamilies)
        {
            if (HasContent(family, context))
            {
                present.Add(family);
            }
        }

        // Numbers depend on which articles exist, and definitions point at articles: render, and if a (house)
        // template left an article empty, drop it and render again so that no number is skipped.
        while (true)
        {
            var refs = Refs(present);
            context = context with { Article = refs, Definitions = Definitions(set, agreement, zone, names, refs) };
            var articles = ImmutableArray.CreateBuilder<DraftArticle>(present.Count);
            var dropped = new List<string>();
            foreach (var family in present)
            {
                var parsed = _templates.Render(TemplateNames[family], context, static text => ArticleText.Parse(text));
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

            // The last paragraph of the preamble is the formula ("Have agreed as follows:").
            var preambleParagraphs = _templates.Render("preamble.hbs", context, static text => ArticleText.Parse(text, numberParagraphs: false)).Paragraphs;
            var formula = preambleParagraphs.Length > 0 ? preambleParagraphs[preambleParagraphs.Length - 1].Text : "";
            var preamble = Texts(preambleParagraphs, Math.Max(0, preambleParagraphs.Length - 1));
            var closingParagraphs = _templates.Render("closing.hbs", context, static text => ArticleText.Parse(text, numberParagraphs: false)).Paragraphs;
            var closing = Texts(closingParagraphs, closingParagraphs.Length);
            var parties = ImmutableArray.CreateBuilder<DraftParty>(agreement.Parties.Length);
            var signatures = ImmutableArray.CreateBuilder<DraftSignature>(agreement.Parties.Length);
            foreach (var p in agreement.Parties)
            {
                var id = Id(p.Code);
                parties.Add(new DraftParty(p.Code, id, p.FullName, Names.ShortName(p.FullName), RoleNames[p.Role]));
                signatures.Add(new DraftSignature(id, "FOR " + p.FullName.ToUpperInvariant()));
            }

            return new Draft(
                agreement.Name,
                agreement.Title,
                context.Instrument,
                KindName(agreement.Kind),
                agreement.Binding,
                agreement.Signed,
                agreement.Place,
                parties.MoveToImmutable(),
                warnings is null ? ImmutableArray<string>.Empty : [.. warnings],
                preamble,
                formula,
                articles.ToImmutable(),
                closing,
                signatures.MoveToImmutable(),
                annexes);
        }
    }

    /// <summary>The stable identifier of a party in ids and references: its code in lower case.</summary>
    public static string Id(string code)
    {
        var lower = code.ToLowerInvariant();
        return string.Create(lower.Length, lower, static (id, lower) =>
        {
            for (var i = 0; i < id.Length; i++)
            {
                id[i] = char.IsLetterOrDigit(lower[i]) ? lower[i] : '-';
            }
        });
    }

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

        // One pass over the terms, each family keeping the order of the text.
        var floors = ImmutableArray.CreateBuilder<FloorView>();
        var mechanisms = ImmutableArray.CreateBuilder<FloorView>();
        var tariffs = ImmutableArray.CreateBuilder<TariffView>();
        var bans = ImmutableArray.CreateBuilder<ExportBanView>();
        var measures = ImmutableArray.CreateBuilder<ExportMeasureView>();
        var financing = ImmutableArray.CreateBuilder<FinancingView>();
        var offtakes = ImmutableArray.CreateBuilder<OfftakeView>();
        var origin = ImmutableArray.CreateBuilder<OriginView>();
        var mfn = ImmutableArray.CreateBuilder<MfnView>();
        var obligations = ImmutableArray.CreateBuilder<ObligationView>();
        foreach (var term in agreement.Terms)
        {
            switch (term)
            {
                case Floor f:
                    var floor = FloorView(f, agreement, zone, names, binding);
                    floors.Add(floor);
                    if (floor.IsAdjustableTariff || floor.IsPriceGapPayment || floor.IsMinimumImportPrice)
                    {
                        mechanisms.Add(floor);
                    }

                    break;
                case TariffCommitment t:
                    tariffs.Add(new TariffView(
                        names.Of(t.Importer), names.OfAtStart(t.Importer), names.Of(t.Exporter), names.Goods(t.Subject),
                        LegalText.Rate(t.Rate), t.Rate.Percent is { Value: 0 } && t.Rate.Specific is null && t.Rate.Benchmark is null,
                        Staging(t.Staging, binding), t.BaseRate is { } b ? LegalText.Rate(b) : null));
                    break;
                case ExportDutyBan ban:
                    var minerals = new string[ban.Minerals.Length];
                    for (var i = 0; i < minerals.Length; i++)
                    {
                        minerals[i] = names.Mineral(ban.Minerals[i]);
                    }

                    bans.Add(new ExportBanView(Names.JoinAnd(minerals, "or")));
                    break;
                case ExportMeasure m:
                    measures.Add(new ExportMeasureView(
                        names.OfAtStart(m.Party), m.Kind == ExportMeasureKind.Tax, names.Goods(m.Subject),
                        m.Tax is { } tax ? LegalText.Percent(tax) : null, m.QuotaPerYear is { } q ? LegalText.Quantity(q) : null,
                        ScopeText(m.Scope, "destined for")));
                    break;
                case Loan or EquityStake or Grant or Guarantee:
                    financing.Add(FinancingView(term, names));
                    break;
                case Offtake o:
                    offtakes.Add(OfftakeView(o, set, agreement, names));
                    break;
                case OriginRule r:
                    origin.Add(new OriginView(names.Goods(r.Subject), zone is null ? "the territory of the " + Plural(party) : "the Preferential Zone", OriginConditions(r, zone, binding)));
                    break;
                case MostFavouredNation m:
                    mfn.Add(new MfnView(
                        names.Of(m.Beneficiary),
                        m.Stage is null ? names.Mineral(m.Mineral) + " at any stage of production" : names.Goods(new MineralStage(m.Mineral, m.Stage, default)),
                        m.Subject == MfnSubject.Floor, m.Subject == MfnSubject.Tariff));
                    break;
                case Obligation o:
                    obligations.Add(ObligationView(o, agreement, names, binding, party, instrument));
                    break;
            }
        }

        var fullNames = new string[agreement.Parties.Length];
        for (var i = 0; i < fullNames.Length; i++)
        {
            fullNames[i] = agreement.Parties[i].FullName;
        }

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
            Names.Capitalise(Names.JoinAnd(fullNames)),
            zone is null ? null : new ZoneView(zone.Name, zone.Title ?? zone.Name),
            agreement.Signed is { } signed ? LegalText.Date(signed) : null,
            agreement.Place,
            agreement.Under is { } under ? UnderTitle(set, under) : null,
            annex,
            articles,
            ImmutableArray<DefinitionView>.Empty,
            floors.ToImmutable(),
            mechanisms.ToImmutable(),
            tariffs.ToImmutable(),
            bans.ToImmutable(),
            measures.ToImmutable(),
            financing.ToImmutable(),
            offtakes.ToImmutable(),
            origin.ToImmutable(),
            mfn.ToImmutable(),
            obligations.ToImmutable(),
            Final(agreement, binding, party, instrument, many));
    }

    private static Zone? FindZone(AgreementSet set, string? name)
    {
        if (name is not null)
        {
            foreach (var zone in set.Zones)
            {
                if (zone.Name == name)
                {
                    return zone;
                }
            }
        }

        return null;
    }

    private static string? AnnexLabel(ImmutableArray<DraftAnnex> annexes, string family)
    {
        foreach (var annex in annexes)
        {
            if (annex.Family == family)
            {
                return annex.Label;
            }
        }

        return null;
    }

    /// <summary>The title of the agreement an agreement is concluded under, or its name when the set lacks it.</summary>
    private static string UnderTitle(AgreementSet set, string under)
    {
        foreach (var agreement in set.Agreements)
        {
            if (agreement.Name == under)
            {
                return agreement.Title;
            }
        }

        return under;
    }

    /// <summary>The texts of the first <paramref name="count"/> paragraphs.</summary>
    private static ImmutableArray<string> Texts(ImmutableArray<DraftParagraph> paragraphs, int count)
    {
        var texts = ImmutableArray.CreateBuilder<string>(count);
        for (var i = 0; i < count; i++)
        {
            texts.Add(paragraphs[i].Text);
        }

        return texts.MoveToImmutable();
    }

    private static FloorView FloorView(Floor floor, Agreement agreement, Zone? zone, Names names, bool binding)
    {
        var price = Annexes.FloorPrice(floor, zone);
        var mechanism = floor.Mechanism;
        var payer = new List<string>();
        if (mechanism.Beneficiary is { } beneficiary)
        {
            foreach (var other in agreement.Parties)
            {
                if (other.Code != beneficiary)
                {
                    payer.Add(other.Code);
                }
            }
        }

        var payers = payer.Count > 0 ? names.List(payer) : null;
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
            mechanism.Scope is { } scope ? ScopeText(scope, "originating in") : null,
            floor.TariffCap is { } cap ? LegalText.Percent(cap) : null,
            floor.Review is { } review ? LegalText.Review(review) : null,
            mechanism.Beneficiary is { } b ? names.Of(b) : null,
            payers is not null ? Names.Capitalise(payers) : binding ? "The Parties" : "The Participants",
            payers ?? (binding ? "the Parties" : "the Participants"),
            binding ? "shall" : payer.Count == 1 ? "intends to" : "intend to",
            mechanism.Clawback is { } clawback ? LegalText.Percent(clawback) : null);
    }

    private static string ScopeText(Scope scope, string preposition)
    {
        switch (scope.Kind)
        {
            case ScopeKind.NonMembers:
                return preposition + " a Non-Member";
            case ScopeKind.All:
                return "from any source";
        }

        var countries = new string[scope.Codes.Length];
        for (var i = 0; i < countries.Length; i++)
        {
            countries[i] = Names.Country(scope.Codes[i]);
        }

        return preposition + " " + Names.JoinAnd(countries, "or");
    }

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
        Capacity? capacity = null;
        foreach (var producer in set.Producers)
        {
            if (producer.Name != offtake.Producer)
            {
                continue;
            }

            foreach (var c in producer.Capacities)
            {
                if (c.Subject.Mineral == offtake.Subject.Mineral && c.Subject.Stage == offtake.Subject.Stage)
                {
                    capacity = c;
                    break;
                }
            }

            break;
        }

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
        var all = obligation.Parties.Length > 1 && obligation.Parties.Length == agreement.Parties.Length;
        foreach (var p in agreement.Parties)
        {
            all = all && obligation.Parties.Contains(p.Code);
        }

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

    private static FinalView Final(Agreement agreement, bool binding, string party, string instrument, bool many)
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
        // What the terms use, in one pass: each definition is added only when the text uses the term, on the
        // same conditions as the wording.
        bool adjustable = false, stated = false, atReference = false, priceGap = false, minimumImport = false, nonMember = false;
        bool foreignEntity = false, usesHs = false, anyOrigin = false;
        var loanCodes = new List<string?>();
        var subjects = new List<MineralStage>();
        foreach (var term in agreement.Terms)
        {
            MineralStage? subject = null;
            switch (term)
            {
                case Floor f:
                    adjustable |= f.Mechanism.Kind == FloorMechanismKind.AdjustableTariff;
                    priceGap |= f.Mechanism.Kind == FloorMechanismKind.PriceGapPayment;
                    minimumImport |= f.Mechanism.Kind == FloorMechanismKind.MinimumImportPrice;
                    nonMember |= f.Mechanism.Scope?.Kind == ScopeKind.NonMembers;
                    stated |= !f.AtReferencePrice;
                    atReference |= f.AtReferencePrice;
                    subject = f.Subject;
                    break;
                case OriginRule r:
                    anyOrigin = true;
                    foreignEntity |= r.ForeignEntityBelow is not null;
                    usesHs |= r.ChangeOfTariffHeading;
                    subject = r.Subject;
                    break;
                case ExportMeasure e:
                    nonMember |= e.Scope.Kind == ScopeKind.NonMembers;
                    subject = e.Subject;
                    break;
                case Loan l:
                    AddOnce(loanCodes, l.Lender);
                    AddOnce(loanCodes, l.Facility);
                    break;
                case TariffCommitment c:
                    subject = c.Subject;
                    break;
                case Offtake o:
                    subject = o.Subject;
                    break;
                case MostFavouredNation { Stage: { } stage } n:
                    subject = new MineralStage(n.Mineral, stage, default);
                    break;
            }

            // Goods: every mineral and stage that an article names, once each, in the order of the text.
            if (subject is not null && !ContainsGoods(subjects, subject))
            {
                subjects.Add(subject);
            }
        }

        var definitions = new List<DefinitionView>();
        if (adjustable && articles.Mechanisms is { } m1)
        {
            definitions.Add(new("Adjustable Tariff", "means the duty described in " + m1));
        }

        if (stated && articles.Floors is not null)
        {
            definitions.Add(new("Floor Price", "means the price stated for a good in Annex I" + (zone is null ? "" : ", where that price is not the Reference Price")));
        }

        if (foreignEntity)
        {
            string governments;
            if (zone is { ForeignEntities.Length: > 0 })
            {
                var countries = new string[zone.ForeignEntities.Length];
                for (var i = 0; i < countries.Length; i++)
                {
                    countries[i] = Names.Country(zone.ForeignEntities[i]);
                }

                governments = "the government of " + Names.JoinAnd(countries, "or");
            }
            else
            {
                governments = "a government that the " + (IsBinding(agreement) ? "Parties" : "Participants") + " designate as a foreign entity of concern";
            }

            definitions.Add(new("Foreign Entity of Concern", "means a person owned or controlled by, or subject to the jurisdiction or direction of, " + governments));
        }

        foreach (var code in loanCodes)
        {
            foreach (var facility in set.Facilities)
            {
                if (facility.Name == code)
                {
                    definitions.Add(new(facility.Title ?? facility.Name, "means the financing facility of that name, with a cap of " + LegalText.Money(facility.Cap)));
                    break;
                }
            }
        }

        if (minimumImport && articles.Mechanisms is { } m2)
        {
            definitions.Add(new("Minimum Import Price", "means the minimum import price described in " + m2));
        }

        if (nonMember)
        {
            definitions.Add(new("Non-Member", zone is null
                ? "means any country or customs territory that is not a " + (IsBinding(agreement) ? "Party" : "Participant")
                : "means any country or customs territory that is not a member of the Preferential Zone"));
        }

        if (zone is not null && (nonMember || atReference || anyOrigin))
        {
            var members = new string[zone.Members.Length];
            for (var i = 0; i < members.Length; i++)
            {
                var code = zone.Members[i];
                members[i] = agreement.HasParty(code) ? names.Of(code) : Names.Country(code);
            }

            definitions.Add(new("Preferential Zone", "means the " + (zone.Title ?? zone.Name) + " (\"" + zone.Name + "\"), whose members are " + Names.JoinAnd(members)));
        }

        if (priceGap && articles.Mechanisms is { } m3)
        {
            definitions.Add(new("Price-Gap Payment", "means the payment described in " + m3));
        }

        if (atReference)
        {
            definitions.Add(new("Reference Price", "means the reference price of the Preferential Zone for a good, as set out in Annex I"));
        }

        foreach (var subject in subjects)
        {
            var lines = Annexes.HsLines(set, subject);
            var what = names.MineralFullName(subject.Mineral) + " " + subject.Stage;
            string meaning;
            if (lines.Length > 0)
            {
                usesHs = true;
                var codes = new string[lines.Length];
                var headings = true;
                for (var i = 0; i < codes.Length; i++)
                {
                    codes[i] = lines[i].Code;
                    headings &= lines[i].Code.Length <= 4;
                }

                var kind = headings ? (lines.Length > 1 ? "headings " : "heading ") : lines.Length > 1 ? "subheadings " : "subheading ";
                meaning = "means " + what + " classified under " + kind + Names.JoinAnd(codes, "or") + " of the Harmonized System";
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
        var unique = new List<DefinitionView>(definitions.Count);
        foreach (var definition in definitions)
        {
            if (!ContainsTerm(unique, definition.Term))
            {
                unique.Add(definition);
            }
        }

        unique.Sort(static (a, b) => StringComparer.OrdinalIgnoreCase.Compare(a.Term, b.Term) is var order and not 0 ? order : string.CompareOrdinal(a.Term, b.Term));
        return [.. unique];
    }

    private static bool ContainsGoods(List<MineralStage> subjects, MineralStage subject)
    {
        foreach (var s in subjects)
        {
            if (s.Mineral == subject.Mineral && s.Stage == subject.Stage)
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsTerm(List<DefinitionView> definitions, string term)
    {
        foreach (var d in definitions)
        {
            if (string.Equals(d.Term, term, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddOnce(List<string?> codes, string? code)
    {
        if (!codes.Contains(code))
        {
            codes.Add(code);
        }
    }

    /// <summary>"Parties", "Participants".</summary>
    internal static string Plural(string party) => party == "Party" ? "Parties" : party + "s";

    internal static string RomanNumeral(int ordinal) => ordinal <= Roman.Length ? Roman[ordinal - 1] : ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
