using AgreementLang.Diagnostics;
using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>AGR303: a tariff commitment in one agreement that undercuts a floor another agreement defends with
/// an adjustable tariff (same importer, exporter inside the tariff's scope, overlapping periods) — the
/// US–Australia 0% on NdPr oxide against the US–Japan floor's variable duty.</summary>
public sealed class TariffUndercutsFloorRule : IRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.TariffUndercutsFloor;

    public void Check(CheckContext context, List<Diagnostic> diagnostics)
    {
        foreach (var tariff in context.Tariffs)
        {
            var agreement = tariff.Agreement.Name;
            if (TariffUndercut.Find(context, tariff, f => f.Agreement.Name != agreement) is { } found)
            {
                diagnostics.Add(TariffUndercut.Report(Diagnostic.TariffUndercutsFloor, tariff, found.Floor, found.Defence));
            }
        }
    }
}
