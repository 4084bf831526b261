using System.Collections.Immutable;
using AgreementLang.Model;
using AgreementLang.Rendering.Text;

namespace AgreementLang.Rendering.Legal.Articles;

/// <summary>Tariff commitments (<c>tariffs.hbs</c>): the duty each importer applies to the exporter's goods, and
/// when (<c>tariffs.staging.hbs</c>).</summary>
internal sealed class TariffsArticle : IArticleFamily
{
    public string Name => "tariffs";

    public bool IsPresent(DraftViews views) => views.Tariffs.Length > 0;

    public void Describe(ArticleScope scope, IReadOnlyList<AgreementTerm> terms, DraftViews views)
    {
        var names = scope.Names;
        var tariffs = ImmutableArray.CreateBuilder<TariffView>(terms.Count);
        foreach (var term in terms)
        {
            var tariff = (TariffCommitment)term;
            tariffs.Add(new TariffView(
                names.Of(tariff.Importer), names.OfAtStart(tariff.Importer), names.Of(tariff.Exporter), names.Goods(tariff.Subject),
                LegalText.Rate(tariff.Rate), tariff.Rate.Percent is { Value: 0 } && tariff.Rate.Specific is null && tariff.Rate.Benchmark is null,
                Staging(tariff.Staging, scope), tariff.BaseRate is { } b ? LegalText.Rate(b) : null, scope.Provenance.Mark(tariff.Location)));
        }

        views.Tariffs = tariffs.MoveToImmutable();
    }

    public const string StagingTemplate = "tariffs.staging.hbs";

    /// <summary>The words of the staging (<c>tariffs.staging.hbs</c>) from its facts.</summary>
    private static string Staging(Staging staging, ArticleScope scope) => ClauseText.Of(scope, StagingTemplate, new StagingView(
        scope.Instrument,
        scope.Binding,
        staging.Kind == StagingKind.EntryIntoForce,
        staging.Kind == StagingKind.Date ? LegalText.Date(staging.From!.Value) : null,
        staging.Kind is StagingKind.EntryIntoForce or StagingKind.Date ? null : staging.Category));
}
