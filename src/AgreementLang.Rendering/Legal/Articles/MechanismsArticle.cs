using System.Collections.Immutable;
using AgreementLang.Model;

namespace AgreementLang.Rendering.Legal.Articles;

/// <summary>Maintenance of price floors (<c>mechanisms.hbs</c>): the floors kept by an adjustable tariff, a
/// price-gap payment, a minimum import price or an export tax. Its terms are the floors' own, so it reads the
/// views <see cref="FloorsArticle"/> made (which comes before it in <see cref="ArticleOrder"/>).</summary>
internal sealed class MechanismsArticle : IArticleFamily
{
    public string Name => "mechanisms";

    public bool IsPresent(DraftViews views) => views.Mechanisms.Length > 0;

    public void Describe(ArticleScope scope, IReadOnlyList<AgreementTerm> terms, DraftViews views)
    {
        var mechanisms = ImmutableArray.CreateBuilder<FloorView>();
        foreach (var floor in views.Floors)
        {
            if (floor.IsAdjustableTariff || floor.IsPriceGapPayment || floor.IsMinimumImportPrice || floor.ExportTax is not null)
            {
                mechanisms.Add(floor);
            }
        }

        views.Mechanisms = mechanisms.ToImmutable();
    }
}
