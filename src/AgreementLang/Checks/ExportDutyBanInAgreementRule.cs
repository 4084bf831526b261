using AgreementLang.Diagnostics;
using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>AGR205: an agreement that bans export duties on a mineral between its parties and also lets one of
/// them tax or restrict exports of that mineral to another — with an export measure, or with the export tax that
/// keeps one of its floors.</summary>
public sealed class ExportDutyBanInAgreementRule : IRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.ExportDutyBanInAgreement;

    public void Check(CheckContext context, List<Diagnostic> diagnostics)
    {
        // The export measures index also holds the export taxes that keep a floor (one per party of its agreement).
        var bansByAgreement = context.ExportDutyBans.GroupBy(b => b.Agreement.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        if (bansByAgreement.Count == 0)
        {
            return;
        }

        foreach (var measure in context.ExportMeasures)
        {
            if (!bansByAgreement.TryGetValue(measure.Agreement.Name, out var bans))
            {
                continue;
            }

            foreach (var ban in bans)
            {
                var reached = ExportDutyBanConflict.Reached(context, measure, ban);
                if (reached.Count > 0)
                {
                    diagnostics.Add(ExportDutyBanConflict.Report(Diagnostic.ExportDutyBanInAgreement, measure, ban, reached));
                    break;
                }
            }
        }
    }
}
