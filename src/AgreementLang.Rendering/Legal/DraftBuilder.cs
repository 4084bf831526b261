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
            Final(agreement, binding, party, instrument, many, form, provenance))
        {
            Establishes = agreement.Establishes switch
            {
                TradeArea.FreeTradeArea => "free-trade area",
                TradeArea.CustomsUnion => "customs union",
                _ => null,
            },
            EstablishesTrace = provenance.Mark(clauses.Establishes),
        };
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

    /// <summary>"Parties", "Participants".</summary>
    internal static string Plural(string party) => party == "Party" ? "Parties" : party + "s";

    internal static string RomanNumeral(int ordinal) => ordinal <= Roman.Length ? Roman[ordinal - 1] : ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
