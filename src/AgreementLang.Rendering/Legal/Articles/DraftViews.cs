using System.Collections.Immutable;

namespace AgreementLang.Rendering.Legal.Articles;

/// <summary>The views of one draft's articles as the families make them, each family filling its own; the
/// builder hands them to the templates in a <see cref="DraftContext"/>.</summary>
internal sealed class DraftViews
{
    public ImmutableArray<DefinitionView> Definitions { get; set; } = [];

    public ImmutableArray<FloorView> Floors { get; set; } = [];

    public ImmutableArray<FloorView> Mechanisms { get; set; } = [];

    public ImmutableArray<TariffView> Tariffs { get; set; } = [];

    public ImmutableArray<ExportBanView> ExportDutyBans { get; set; } = [];

    public ImmutableArray<ExportMeasureView> ExportMeasures { get; set; } = [];

    public ImmutableArray<FinancingView> Financing { get; set; } = [];

    public ImmutableArray<OfftakeView> Offtakes { get; set; } = [];

    public ImmutableArray<OriginView> OriginRules { get; set; } = [];

    public ImmutableArray<MfnView> MostFavouredNation { get; set; } = [];

    public ImmutableArray<ObligationView> Obligations { get; set; } = [];

    public ImmutableArray<ProvisionView> Provisions { get; set; } = [];

    /// <summary>Set by the final provisions, which every draft has.</summary>
    public FinalView? Final { get; set; }
}
