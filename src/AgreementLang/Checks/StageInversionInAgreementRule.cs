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
        var byInstrument = CheckContext.GroupOne(zonePrices.Concat(context.StatedFloors), e => (e.Instrument, e.Subject.Mineral));
        foreach (var pair in byInstrument)
        {
            // Most instruments state one price per mineral: nothing to compare.
            if (pair.Value.Count > 1)
            {
                StageInversion.Check(context, Diagnostic.StageInversionInAgreement, pair.Key.Mineral, pair.Value.OrderBy(e => e.Order).ToList(), (_, _) => true, diagnostics);
            }
        }
    }
}
