using System.Collections.Immutable;
using AgreementLang.Model;
using AgreementLang.Rendering.Text;

namespace AgreementLang.Rendering.Legal.Articles;

/// <summary>Most-favoured-nation treatment (<c>mfn.hbs</c>): the party the clause names is the beneficiary, and
/// the grantor is every other party.</summary>
internal sealed class MfnArticle : IArticleFamily
{
    public string Name => "mfn";

    public bool IsPresent(DraftViews views) => views.MostFavouredNation.Length > 0;

    public void Describe(ArticleScope scope, IReadOnlyList<AgreementTerm> terms, DraftViews views)
    {
        var clauses = ImmutableArray.CreateBuilder<MfnView>(terms.Count);
        foreach (var term in terms)
        {
            clauses.Add(View((MostFavouredNation)term, scope));
        }

        views.MostFavouredNation = clauses.MoveToImmutable();
    }

    private static MfnView View(MostFavouredNation mfn, ArticleScope scope)
    {
        var names = scope.Names;
        var grantors = new List<string>();
        foreach (var p in scope.Agreement.Parties)
        {
            if (p.Code != mfn.Beneficiary)
            {
                grantors.Add(p.Code);
            }
        }

        var grantor = grantors.Count == 1 ? names.Of(grantors[0]) : "each " + scope.Party + " other than " + names.Of(mfn.Beneficiary);
        var goods = mfn.Stage is null ? names.Mineral(mfn.Mineral) + " at any stage of production" : names.Goods(new MineralStage(mfn.Mineral, mfn.Stage, default));
        return new MfnView(grantor, Names.Capitalise(grantor), grantors.Count == 1, names.Of(mfn.Beneficiary), goods,
            mfn.Subject == MfnSubject.Floor, mfn.Subject == MfnSubject.Tariff, scope.Provenance.Mark(mfn.Location))
        {
            Exceptions = ExceptionsText(mfn.Exceptions, scope.Set),
        };
    }

    /// <summary>"treatment accorded within a free-trade area or customs union to which it is a party, or under the
    /// Agreement between … (US-MX-2026)": only what the clause excepts.</summary>
    private static string? ExceptionsText(MfnExceptions? exceptions, AgreementSet set)
    {
        if (exceptions is null || exceptions.IsEmpty)
        {
            return null;
        }

        var areas = new List<string>();
        if (exceptions.FreeTradeAreas)
        {
            areas.Add("a free-trade area");
        }

        if (exceptions.CustomsUnions)
        {
            areas.Add("a customs union");
        }

        var parts = new List<string>();
        if (areas.Count > 0)
        {
            parts.Add("treatment accorded within " + Names.JoinAnd(areas, "or") + " to which it is a party");
        }

        foreach (var name in exceptions.Agreements)
        {
            var title = set.Agreements.FirstOrDefault(a => a.Name == name)?.Title;
            parts.Add("treatment accorded under " + (title is null ? name : "the " + title + " (" + name + ")"));
        }

        return Names.JoinAnd(parts, "or");
    }
}
