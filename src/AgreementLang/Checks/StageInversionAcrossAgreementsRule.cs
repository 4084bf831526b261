using AgreementLang.Diagnostics;

namespace AgreementLang.Checks;

/// <summary>AGR302: stage inversion between prices of two instruments of one zone — a floor in one agreement
/// against a floor in another, or against the zone's reference price (which is also what a floor "at reference
/// price" maintains).</summary>
public sealed class StageInversionAcrossAgreementsRule : IRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.StageInversionAcrossAgreements;

    public void Check(CheckContext context, List<Diagnostic> diagnostics)
    {
        foreach (var pair in context.PricesByMineral)
        {
            StageInversion.Check(context, Diagnostic.StageInversionAcrossAgreements, pair.Key.Mineral, pair.Value,
                (up, down) => !string.Equals(up.Instrument, down.Instrument, StringComparison.Ordinal), diagnostics);
        }
    }
}
