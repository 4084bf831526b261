using AgreementLang.Diagnostics;
using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>AGR304: an export tax or quota in one agreement — typically one used to defend a floor — on a
/// mineral that another agreement's export-duty ban covers, for the same parties. Bans are looked up by mineral
/// and by the party that imposes the measure.</summary>
public sealed class ExportDutyBanAcrossAgreementsRule : IRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.ExportDutyBanAcrossAgreements;

    public void Check(CheckContext context, List<Diagnostic> diagnostics)
    {
        foreach (var measure in context.ExportMeasures)
        {
            var m = measure.Term;
            if (!context.BansByMineralParty.TryGetValue((m.Subject.Mineral, m.Party), out var bans))
            {
                continue;
            }

            foreach (var ban in bans)
            {
                if (ban.Agreement.Name == measure.Agreement.Name)
                {
                    continue;
                }

                var reached = ExportDutyBanConflict.Reached(context, measure, ban);
                if (reached.Count > 0)
                {
                    diagnostics.Add(ExportDutyBanConflict.Report(Diagnostic.ExportDutyBanAcrossAgreements, measure, ban, reached));
                    break;
                }
            }
        }
    }
}
