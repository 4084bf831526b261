using System.Collections.Immutable;
using AgreementLang.Catalog;
using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Rendering.Legal.Articles;
using AgreementLang.Rendering.Templates;
using AgreementLang.Rendering.Text;

namespace AgreementLang.Rendering.Legal;

/// <summary>Builds the format-neutral <see cref="Draft"/> of one agreement from the checked model: each article
/// family of <see cref="ArticleOrder"/> makes its views from the terms it states, the articles that have something
/// to say are numbered, each wording template is rendered in that order, and the annexes are laid out.</summary>
public sealed class DraftBuilder
{
    /// <summary>The article families in the order a treaty text takes them (<see cref="ArticleOrder"/>); each has
    /// a wording template of the same name (<c>floors.hbs</c>).</summary>
    public static readonly ImmutableArray<string> ArticleFamilies = [.. ArticleOrder.Families.Select(f => f.Name)];

    private static readonly string[] Roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

    private static readonly string[] TemplateNames = [.. ArticleOrder.Families.Select(f => f.Name + ".hbs")];

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

        // One pass over the terms routes each to the family that states it; then each family makes its views.
        var scope = new ArticleScope(set, agreement, zone, names, provenance, form, _templates);
        var families = ArticleOrder.Families;
        var routed = TermViews.Route(agreement.Terms);
        var views = new DraftViews();
        for (var i = 0; i < families.Length; i++)
        {
            families[i].Describe(scope, routed[i], views);
        }

        var context = DraftContexts.Of(scope, annexRefs, NoArticles, views);
        var present = new List<int>(families.Length);
        for (var i = 0; i < families.Length; i++)
        {
            if (families[i].IsPresent(views))
            {
                present.Add(i);
            }
        }

        // Numbers depend on which articles exist, and definitions point at articles: render, and if a (house)
        // template left an article empty, drop it and render again so that no number is skipped.
        while (true)
        {
            var refs = Refs(present);
            foreach (var family in families)
            {
                family.Cite(scope, refs, views);
            }

            context = context with { Article = refs, Definitions = views.Definitions };
            var articles = ImmutableArray.CreateBuilder<DraftArticle>(present.Count);
            var dropped = new List<int>();
            foreach (var i in present)
            {
                var parsed = _templates.Render(TemplateNames[i], context, text => ArticleText.Parse(text, sources: provenance.Sources));
                if (parsed.Paragraphs.Length == 0)
                {
                    dropped.Add(i);
                    continue;
                }

                var family = families[i].Name;
                articles.Add(new DraftArticle(articles.Count + 1, family, parsed.Heading ?? family, Anchored(Numbering.ArticleEId(articles.Count + 1), parsed.Paragraphs)));
            }

            if (dropped.Count > 0)
            {
                present.RemoveAll(dropped.Contains);
                continue;
            }

            return Assemble(set, agreement, warnings, context, provenance, articles.ToImmutable(), annexes, form);
        }
    }

    /// <summary>The preamble, closing and signature blocks around the articles.</summary>
    private Draft Assemble(AgreementSet set, Agreement agreement, IReadOnlyList<string>? warnings, DraftContext context, Provenance provenance,
        ImmutableArray<DraftArticle> articles, ImmutableArray<DraftAnnex> annexes, InstrumentForm form)
    {
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
            articles,
            closing,
            signatures.MoveToImmutable(),
            annexes,
            form);
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

    private static ArticleRefs Refs(List<int> present)
    {
        string? Of(IArticleFamily family) => present.IndexOf(ArticleOrder.IndexOf(family)) is var i and >= 0 ? "Article " + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        return new ArticleRefs(Of(ArticleOrder.Floors), Of(ArticleOrder.Mechanisms), Of(ArticleOrder.Tariffs), Of(ArticleOrder.Financing), Of(ArticleOrder.Origin), Of(ArticleOrder.FinalProvisions));
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

    /// <summary>"Parties", "Participants".</summary>
    internal static string Plural(string party) => party == "Party" ? "Parties" : party + "s";

    internal static string RomanNumeral(int ordinal) => ordinal <= Roman.Length ? Roman[ordinal - 1] : ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
