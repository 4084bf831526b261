using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Text;

namespace AgreementLang.Rendering.Legal.Articles;

/// <summary>Definitions (<c>definitions.hbs</c>): only the terms the text uses, on the same conditions as the
/// wording, each citing the clauses that use it. Mechanisms are defined by the article that describes them, so
/// the definitions are made when the articles are numbered (<see cref="Cite"/>); they read every term of the
/// agreement, not only those routed to them.</summary>
internal sealed class DefinitionsArticle : IArticleFamily
{
    public string Name => "definitions";

    public bool IsPresent(DraftViews views) => true;

    public void Describe(ArticleScope scope, IReadOnlyList<AgreementTerm> terms, DraftViews views)
    {
    }

    public void Cite(ArticleScope scope, ArticleRefs articles, DraftViews views)
    {
        // What the terms use, in one pass; and the goods: every mineral and stage that an article names, once
        // each, in the order of the text.
        var uses = new DefinitionUses();
        var goods = new List<(MineralStage Subject, List<Location?> Locations)>();
        foreach (var term in scope.Agreement.Terms)
        {
            if (term.Accept(uses) is { } subject)
            {
                var at = goods.FindIndex(s => s.Subject.Mineral == subject.Mineral && s.Subject.Stage == subject.Stage);
                if (at < 0)
                {
                    goods.Add((subject, [term.Location]));
                }
                else
                {
                    goods[at].Locations.Add(term.Location);
                }
            }
        }

        var list = new DefinitionList(scope.Provenance);
        var zone = scope.Zone;
        if (uses.Adjustable.Count > 0 && articles.Mechanisms is { } m1)
        {
            list.Define("Adjustable Tariff", "means the duty described in " + m1, uses.Adjustable);
        }

        if (uses.Stated.Count > 0 && articles.Floors is not null)
        {
            list.Define("Floor Price", "means the price stated for a good in Annex I" + (zone is null ? "" : ", where that price is not the Reference Price"), uses.Stated);
        }

        DefinedEntities.Define(list, scope, uses);
        if (uses.MinimumImport.Count > 0 && articles.Mechanisms is { } m2)
        {
            list.Define("Minimum Import Price", "means the minimum import price described in " + m2, uses.MinimumImport);
        }

        DefinedZone.Define(list, scope, uses);
        if (uses.PriceGap.Count > 0 && articles.Mechanisms is { } m3)
        {
            list.Define("Price-Gap Payment", "means the payment described in " + m3, uses.PriceGap);
        }

        if (uses.AtReference.Count > 0)
        {
            list.Define("Reference Price", "means the reference price of the Preferential Zone for a good, as set out in Annex I", uses.AtReference);
        }

        DefinedGoods.Define(list, scope, goods, uses.ChangeOfHeading);
        views.Definitions = list.InOrder();
    }
}
