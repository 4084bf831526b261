using System.Collections.Immutable;
using AgreementLang.Model;
using AgreementLang.Rendering.Text;

namespace AgreementLang.Rendering.Legal.Articles;

/// <summary>Export duties (<c>export-duties.hbs</c>): the minerals no party may tax on export, then the export
/// taxes and quotas a party may apply.</summary>
internal sealed class ExportDutiesArticle : IArticleFamily
{
    public string Name => "export-duties";

    public bool IsPresent(DraftViews views) => views.ExportDutyBans.Length > 0 || views.ExportMeasures.Length > 0;

    public void Describe(ArticleScope scope, IReadOnlyList<AgreementTerm> terms, DraftViews views)
    {
        var names = scope.Names;
        var bans = ImmutableArray.CreateBuilder<ExportBanView>();
        var measures = ImmutableArray.CreateBuilder<ExportMeasureView>();
        foreach (var term in terms)
        {
            switch (term)
            {
                case ExportDutyBan ban:
                    var minerals = new string[ban.Minerals.Length];
                    for (var i = 0; i < minerals.Length; i++)
                    {
                        minerals[i] = names.Mineral(ban.Minerals[i]);
                    }

                    bans.Add(new ExportBanView(Names.JoinAnd(minerals, "or"), scope.Provenance.Mark(ban.Location)));
                    break;
                case ExportMeasure measure:
                    measures.Add(new ExportMeasureView(
                        names.OfAtStart(measure.Party), measure.Kind == ExportMeasureKind.Tax, names.Goods(measure.Subject),
                        measure.Tax is { } tax ? LegalText.Percent(tax) : null, measure.QuotaPerYear is { } q ? LegalText.Quantity(q) : null,
                        ScopeWords.Of(measure.Scope, "destined for"), scope.Provenance.Mark(measure.Location)));
                    break;
                default:
                    throw new ArgumentException("Not an export duty: " + term.GetType().Name, nameof(terms));
            }
        }

        views.ExportDutyBans = bans.ToImmutable();
        views.ExportMeasures = measures.ToImmutable();
    }
}
