using System.Collections.Immutable;
using AgreementLang.Catalog;
using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Rendering.Templates;
using AgreementLang.Rendering.Text;

namespace AgreementLang.Rendering.Legal;

/// <summary>Builds the format-neutral <see cref="Draft"/> of one agreement from the checked model: resolves
/// names and figures into a <see cref="DraftContext"/>, renders each wording template in treaty order, numbers
/// the articles that have something to say, and lays out the annexes.</summary>
public sealed partial class DraftBuilder
{
    /// <summary>The clause families in the order a treaty text takes them; each has a wording template of the
    /// same name (<c>floors.hbs</c>).</summary>
    public static readonly ImmutableArray<string> ArticleFamilies =
    [
        "definitions", "floors", "mechanisms", "tariffs", "export-duties", "financing", "offtake", "origin", "mfn",
        "obligations", "final-provisions",
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
        var provenance = new Provenance(DraftSource.Root(set));
        var form = InstrumentForms.Of(set, agreement);
        var annexes = Annexes.Build(set, agreement, zone, names, provenance.Root);
        var annexRefs = new AnnexRefs(AnnexLabel(annexes, "prices"), AnnexLabel(annexes, "tariffs"), AnnexLabel(annexes, "financing"), AnnexLabel(annexes, "origin"));

        var context = Context(set, agreement, zone, names, annexRefs, NoArticles, provenance, form);
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
            context = context with { Article = refs, Definitions = Definitions(set, agreement, zone, names, refs, provenance) };
            var articles = ImmutableArray.CreateBuilder<DraftArticle>(present.Count);
            var dropped = new List<string>();
            foreach (var family in present)
            {
                var parsed = _templates.Render(TemplateNames[family], context, text => ArticleText.Parse(text, sources: provenance.Sources));
                if (parsed.Paragraphs.Length == 0)
                {
                    dropped.Add(family);
                    continue;
                }

                articles.Add(new DraftArticle(articles.Count + 1, family, parsed.Heading ?? family, Anchored(Numbering.ArticleEId(articles.Count + 1), parsed.Paragraphs)));
            }

            if (dropped.Count > 0)
            {
                present.RemoveAll(dropped.Contains);
                continue;
            }

            // The last paragraph of the preamble is the formula ("Have agreed as follows:").
            var preambleParagraphs = _templates.Render("preamble.hbs", context, text => ArticleText.Parse(text, numberParagraphs: false, provenance.Sources)).Paragraphs;
            var formula = preambleParagraphs.Length > 0 ? preambleParagraphs[preambleParagraphs.Length - 1].Text : "";
            var preamble = preambleParagraphs.IsEmpty ? preambleParagraphs : preambleParagraphs.RemoveAt(preambleParagraphs.Length - 1);
            var closing = _templates.Render("closing.hbs", context, text => ArticleText.Parse(text, numberParagraphs: false, provenance.Sources)).Paragraphs;
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
                annexes,
                form);
        }
    }

    /// <summary>Gives every paragraph and point of an article its stable anchor, as Akoma Ntoso numbers them.</summary>
    private static ImmutableArray<DraftParagraph> Anchored(string article, ImmutableArray<DraftParagraph> paragraphs)
    {
        var anchored = ImmutableArray.CreateBuilder<DraftParagraph>(paragraphs.Length);
        for (var i = 0; i < paragraphs.Length; i++)
        {
            var eId = article + "__para_" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var items = paragraphs[i].Items;
            if (!items.IsEmpty)
            {
                var points = ImmutableArray.CreateBuilder<DraftItem>(items.Length);
                foreach (var item in items)
                {
                    points.Add(item with { EId = eId + "__point_" + item.Letter });
                }

                items = points.MoveToImmutable();
            }

            anchored.Add(paragraphs[i] with { EId = eId, Items = items });
        }

        return anchored.MoveToImmutable();
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
    public static bool IsBinding(Agreement agreement) => InstrumentForms.IsBinding(agreement);

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

    private static DraftContext Context(AgreementSet set, Agreement agreement, Zone? zone, Names names, AnnexRefs annex, ArticleRefs articles, Provenance provenance, InstrumentForm form)
    {
        var binding = IsBinding(agreement);
        var instrument = InstrumentNoun(agreement.Kind);
        var party = binding ? "Party" : "Participant";
        var many = agreement.Parties.Length > 2;

        // One pass over the terms, each family keeping the order of the text. The visitor has a method for every
        // kind of term, so a new kind does not compile until its wording is decided.
        var views = new TermViews(set, agreement, zone, names, provenance, form);
        foreach (var term in agreement.Terms)
        {
            term.Accept(views);
        }

        var fullNames = new string[agreement.Parties.Length];
        var partyLocations = new Location?[agreement.Parties.Length];
        for (var i = 0; i < fullNames.Length; i++)
        {
            fullNames[i] = agreement.Parties[i].FullName;
            partyLocations[i] = agreement.Parties[i].Location;
        }

        var clauses = agreement.Clauses ?? AgreementClauses.None;

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
            provenance.Mark(partyLocations),
            zone is null ? null : new ZoneView(zone.Name, zone.Title ?? zone.Name, provenance.Mark(clauses.Zone)),
            agreement.Signed is { } signed ? LegalText.Date(signed) : null,
            agreement.Place,
            provenance.Mark(clauses.Signed),
            form == InstrumentForm.Treaty,
            form == InstrumentForm.Plurilateral,
            form == InstrumentForm.Contract,
            agreement.Under is { } under ? UnderTitle(set, under) : null,
            provenance.Mark(clauses.Under),
            annex,
            articles,
            ImmutableArray<DefinitionView>.Empty,
            views.Floors.ToImmutable(),
            views.Mechanisms.ToImmutable(),
            views.Tariffs.ToImmutable(),
            views.Bans.ToImmutable(),
            views.Measures.ToImmutable(),
            views.Financing.ToImmutable(),
            views.Offtakes.ToImmutable(),
            views.Origin.ToImmutable(),
            views.Mfn.ToImmutable(),
            views.Obligations.ToImmutable(),
            views.Provisions.ToImmutable(),
            Final(agreement, binding, party, instrument, many, form, provenance));
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

    private static FloorView FloorView(Floor floor, Agreement agreement, Zone? zone, Names names, bool binding, InstrumentForm form, string trace)
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

        // Who maintains the floor: every party of a treaty; in a contract only the parties that are not the
        // company the floor protects (a company cannot keep a price floor for itself).
        var maintainers = new List<string>();
        foreach (var other in agreement.Parties)
        {
            if (form != InstrumentForm.Contract || (other.Code != mechanism.Beneficiary && other.Role != PartyRole.Producer))
            {
                maintainers.Add(other.Code);
            }
        }

        var party = binding ? "Party" : "Participant";
        var maintainer = form == InstrumentForm.Contract && maintainers.Count > 0 ? Names.Capitalise(names.List(maintainers)) : "Each " + party;
        var maintainerShall = binding ? "shall" : form == InstrumentForm.Contract && maintainers.Count > 1 ? "intend to" : "intends to";
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
            mechanism.Clawback is { } clawback ? LegalText.Percent(clawback) : null,
            maintainer,
            maintainerShall,
            trace);
    }

    /// <summary>The party the clause names is the beneficiary; the grantor is every other party.</summary>
    private static MfnView MfnView(MostFavouredNation mfn, Agreement agreement, Names names, string trace)
    {
        var grantors = new List<string>();
        foreach (var p in agreement.Parties)
        {
            if (p.Code != mfn.Beneficiary)
            {
                grantors.Add(p.Code);
            }
        }

        var grantor = grantors.Count == 1 ? names.Of(grantors[0]) : "each " + (IsBinding(agreement) ? "Party" : "Participant") + " other than " + names.Of(mfn.Beneficiary);
        var goods = mfn.Stage is null ? names.Mineral(mfn.Mineral) + " at any stage of production" : names.Goods(new MineralStage(mfn.Mineral, mfn.Stage, default));
        return new MfnView(grantor, Names.Capitalise(grantor), grantors.Count == 1, names.Of(mfn.Beneficiary), goods,
            mfn.Subject == MfnSubject.Floor, mfn.Subject == MfnSubject.Tariff, trace);
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

    // A provider that is not a party is not bound by the agreement: the wording records what the parties
    // intend it to do ("ProviderIsParty" chooses), never an obligation of its own.
    private static FinancingView FinancingView(AgreementTerm term, Agreement agreement, Names names, string trace) => term switch
    {
        Loan l => new FinancingView(true, false, false, false, names.Of(l.Lender), names.OfAtStart(l.Lender), names.Of(l.Borrower),
            LegalText.Money(l.Amount), l.Rate is { } r ? LegalText.Rate(r) : null, LegalText.Duration(l.Tenor),
            l.Facility is { } facility && facility != l.Lender ? names.Of(facility) : null, null, null, agreement.HasParty(l.Lender), trace),
        EquityStake e => new FinancingView(false, true, false, false, names.Of(e.Investor), names.OfAtStart(e.Investor), names.Of(e.Investee),
            LegalText.Money(e.Amount), null, null, null, e.Stake is { } s ? LegalText.Percent(s) : null, null, agreement.HasParty(e.Investor), trace),
        Grant g => new FinancingView(false, false, true, false, names.Of(g.Grantor), names.OfAtStart(g.Grantor), names.Of(g.Grantee),
            LegalText.Money(g.Amount), null, null, null, null, g.Within is { } w ? LegalText.Duration(w) : null, agreement.HasParty(g.Grantor), trace),
        Guarantee g => new FinancingView(false, false, false, true, names.Of(g.Guarantor), names.OfAtStart(g.Guarantor), names.Of(g.Beneficiary),
            LegalText.Money(g.Amount), null, g.Tenor is { } t ? LegalText.Duration(t) : null, null, null, null, agreement.HasParty(g.Guarantor), trace),
        _ => throw new ArgumentOutOfRangeException(nameof(term)),
    };

    private static OfftakeView OfftakeView(Offtake offtake, AgreementSet set, Agreement agreement, Names names, Provenance provenance, string trace)
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

        // The source's own words first: "for 10 years" runs from the later of the agreement's start and the
        // capacity's (docs/language.md, offtake), and the draft names that start; stated dates stay as written.
        var period = offtake.Period;
        string? periodText;
        if (offtake.For is { } duration)
        {
            // An entry into force that waits for notifications has no date yet: the draft names the event, never
            // the earliest date the model assumes for it.
            var entryKnown = agreement.EntryIntoForce is EntryIntoForce.OnDate or EntryIntoForce.OnSignature;
            var entry = "the date " + (IsBinding(agreement) ? "of entry into force" : "on which it comes into effect") + " of this " + InstrumentNoun(agreement.Kind);
            var capacityStart = capacity?.Validity.From;
            var start = entryKnown ? (period.From is { } known ? LegalText.Date(known) : null)
                : capacityStart is { } c ? "the later of " + entry + " and " + LegalText.Date(c)
                : entry;
            periodText = "for a period of " + LegalText.Duration(duration) + (start is null ? "" : " from " + start);
        }
        else
        {
            periodText = period == agreement.Period ? null
                : period.From is { } f && period.Until is { } u ? "from " + LegalText.Date(f) + " until " + LegalText.Date(u)
                : period.Until is { } until ? "until " + LegalText.Date(until) : null;
        }

        // The capacity's own start is said only when the period does not already say when the offtake begins.
        string? capacityText = capacity is null ? null
            : LegalText.Quantity(capacity.PerYear) + " per year" +
              (capacity.Validity.From is { } from && offtake.For is null ? " from " + LegalText.Date(from) : "");
        if (capacity is not null)
        {
            trace += provenance.Mark(capacity.Location);
        }

        return new OfftakeView(names.Of(offtake.Producer), names.OfAtStart(offtake.Producer), names.Of(offtake.Buyer), names.Goods(offtake.Subject),
            offtake.Share is { } share ? LegalText.Percent(share) : null, capacityText,
            offtake.VolumePerYear is { } volume ? LegalText.Quantity(volume) + " per year" : null, periodText,
            agreement.HasParty(offtake.Producer) && agreement.HasParty(offtake.Buyer), trace);
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

        return new ObligationView(who, modal, obligation.Text, deadline, "");
    }

    private static FinalView Final(Agreement agreement, bool binding, string party, string instrument, bool many, InstrumentForm form, Provenance provenance)
    {
        var self = "This " + instrument;
        var clauses = agreement.Clauses ?? AgreementClauses.None;
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
            _ => binding ? self + " shall remain in force indefinitely." : self + " will continue to have effect indefinitely.",
        };

        // A model bound from text knows whether the source states a term; one built in code states all it holds.
        var durationStated = agreement.Clauses is null || clauses.Expiry is not null;

        // Withdrawal only where the source gives a notice period: a right of withdrawal the source does not
        // state must not appear (the check warns about a binding instrument without one, AGR207).
        string? withdrawal = null;
        if (agreement.WithdrawalNotice is { } notice)
        {
            var other = many ? "the other " + Plural(party) : "the other " + party;
            var any = many ? "Any " : "Either ";
            withdrawal = form switch
            {
                InstrumentForm.Contract => any + party + " may terminate this " + instrument + " by written notice to " + other + ". Termination shall take effect " + LegalText.Duration(notice) + " after the date of that notice.",
                _ when binding => any + party + " may withdraw from this " + instrument + " by written notice to " + other + ". Withdrawal shall take effect " + LegalText.Duration(notice) + " after the date of that notice.",
                _ => any + party + " may discontinue its participation in this " + instrument + " by written notice to " + other + ". Discontinuation will take effect " + LegalText.Duration(notice) + " after the date of that notice.",
            };
        }

        return new FinalView(entry, provenance.Mark(clauses.EntryIntoForce ?? agreement.Location),
            durationStated ? duration : null, provenance.Mark(clauses.Expiry ?? (agreement.Clauses is null ? agreement.Location : null)),
            withdrawal, provenance.Mark(clauses.Withdrawal ?? agreement.Location));
    }

    private static ImmutableArray<DefinitionView> Definitions(AgreementSet set, Agreement agreement, Zone? zone, Names names, ArticleRefs articles, Provenance provenance)
    {
        // What the terms use, in one pass: each definition is added only when the text uses the term, on the
        // same conditions as the wording, and cites the clauses that use it.
        var uses = new DefinitionUses();
        var (adjustable, stated, atReference, priceGap, minimumImport, nonMember, foreignEntity, changeOfHeading, anyOrigin, loanCodes) =
            (uses.Adjustable, uses.Stated, uses.AtReference, uses.PriceGap, uses.MinimumImport, uses.NonMember, uses.ForeignEntity,
             uses.ChangeOfHeading, uses.AnyOrigin, uses.LoanCodes);
        var subjects = new List<(MineralStage Subject, List<Location?> Locations)>();
        foreach (var term in agreement.Terms)
        {
            var subject = term.Accept(uses);

            // Goods: every mineral and stage that an article names, once each, in the order of the text.
            if (subject is not null)
            {
                var at = subjects.FindIndex(s => s.Subject.Mineral == subject.Mineral && s.Subject.Stage == subject.Stage);
                if (at < 0)
                {
                    subjects.Add((subject, [term.Location]));
                }
                else
                {
                    subjects[at].Locations.Add(term.Location);
                }
            }
        }

        var definitions = new List<DefinitionView>();
        void Define(string term, string meaning, IEnumerable<Location?> from) => definitions.Add(new(term, meaning, provenance.Mark(from)));

        if (adjustable.Count > 0 && articles.Mechanisms is { } m1)
        {
            Define("Adjustable Tariff", "means the duty described in " + m1, adjustable);
        }

        if (stated.Count > 0 && articles.Floors is not null)
        {
            Define("Floor Price", "means the price stated for a good in Annex I" + (zone is null ? "" : ", where that price is not the Reference Price"), stated);
        }

        // Only a zone that names its foreign entities of concern gives the term a meaning; the definition says
        // no more than that designation.
        if (foreignEntity.Count > 0 && zone is { ForeignEntities.Length: > 0 })
        {
            var countries = new string[zone.ForeignEntities.Length];
            for (var i = 0; i < countries.Length; i++)
            {
                countries[i] = Names.Country(zone.ForeignEntities[i]);
            }

            Define("Foreign Entity of Concern", "means " + Names.JoinAnd(countries, "or") + ", which the Preferential Zone designates as a foreign entity of concern",
                [.. foreignEntity, zone.Location]);
        }

        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (code, location) in loanCodes)
        {
            foreach (var facility in set.Facilities)
            {
                if (facility.Name == code && defined.Add(code))
                {
                    Define(facility.Title ?? facility.Name, "means the financing facility of that name, with a cap of " + LegalText.Money(facility.Cap), [location, facility.Location]);
                    break;
                }
            }
        }

        if (minimumImport.Count > 0 && articles.Mechanisms is { } m2)
        {
            Define("Minimum Import Price", "means the minimum import price described in " + m2, minimumImport);
        }

        if (nonMember.Count > 0)
        {
            Define("Non-Member", zone is null
                ? "means any country or customs territory that is not a " + (IsBinding(agreement) ? "Party" : "Participant")
                : "means any country or customs territory that is not a member of the Preferential Zone", nonMember);
        }

        if (zone is not null && (nonMember.Count > 0 || atReference.Count > 0 || anyOrigin.Count > 0))
        {
            var members = new string[zone.Members.Length];
            for (var i = 0; i < members.Length; i++)
            {
                var code = zone.Members[i];
                members[i] = agreement.HasParty(code) ? names.Of(code) : Names.Country(code);
            }

            Define("Preferential Zone", "means the " + (zone.Title ?? zone.Name) + " (\"" + zone.Name + "\"), whose members are " + Names.JoinAnd(members),
                [(agreement.Clauses ?? AgreementClauses.None).Zone, zone.Location]);
        }

        if (priceGap.Count > 0 && articles.Mechanisms is { } m3)
        {
            Define("Price-Gap Payment", "means the payment described in " + m3, priceGap);
        }

        if (atReference.Count > 0)
        {
            Define("Reference Price", "means the reference price of the Preferential Zone for a good, as set out in Annex I", atReference);
        }

        var usesHs = changeOfHeading.Count > 0;
        var hsFrom = new List<Location?>(changeOfHeading);
        foreach (var (subject, locations) in subjects)
        {
            var lines = Annexes.HsLines(set, subject);
            var what = names.MineralFullName(subject.Mineral) + " " + subject.Stage;
            string meaning;
            if (lines.Length > 0)
            {
                usesHs = true;
                hsFrom.AddRange(locations);
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

            Define(names.Goods(subject), meaning, locations);
        }

        if (usesHs)
        {
            Define("Harmonized System", "means the Harmonized Commodity Description and Coding System of the World Customs Organization", hsFrom);
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

    private static void AddIf(List<Location?> list, bool condition, Location location)
    {
        if (condition)
        {
            list.Add(location);
        }
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

    /// <summary>"Parties", "Participants".</summary>
    internal static string Plural(string party) => party == "Party" ? "Parties" : party + "s";

    internal static string RomanNumeral(int ordinal) => ordinal <= Roman.Length ? Roman[ordinal - 1] : ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
