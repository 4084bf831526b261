using AgreementLang.Diagnostics;

namespace AgreementLang.Checks;

/// <summary>AGR201: stage inversion between two prices of one instrument — two stated floors of one agreement,
/// or two reference prices of one zone: the downstream price is below the upstream price divided by the
/// catalogue yield.</summary>
public sealed class StageInversionInAgreementRule : IRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.StageInversionInAgreement;

    public void Check(CheckContext context, List<Diagnostic> diagnostics)
    {
        var zonePrices = context.PricesBySubject.Values.SelectMany(list => list).Where(e => e.Floor is null);
        var byInstrument = zonePrices.Concat(context.StatedFloors)
            .GroupBy(e => (e.Instrument, e.Subject.Mineral))
            .OrderBy(g => g.Key.Instrument, StringComparer.Ordinal).ThenBy(g => g.Key.Mineral, StringComparer.Ordinal);
        foreach (var group in byInstrument)
        {
            StageInversion.Check(context, Descriptor, group.Key.Mineral, group.OrderBy(e => e.Order).ToList(), (_, _) => true, diagnostics);
        }
    }
}
