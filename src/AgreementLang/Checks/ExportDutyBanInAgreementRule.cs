using AgreementLang.Diagnostics;
using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>AGR205: an agreement that bans export duties on a mineral between its parties and also lets one of
/// them tax or restrict exports of that mineral to another.</summary>
public sealed class ExportDutyBanInAgreementRule : IRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.ExportDutyBanInAgreement;

    public void Check(CheckContext context, List<Diagnostic> diagnostics)
    {
        foreach (var terms in context.TermsByAgreement.Values)
        {
            var bans = terms.Where(t => t.Term is ExportDutyBan).Select(t => t.As<ExportDutyBan>()).ToList();
            if (bans.Count == 0)
            {
                continue;
            }

            foreach (var term in terms)
            {
                if (term.Term is not ExportMeasure)
                {
                    continue;
                }

                var measure = term.As<ExportMeasure>();
                foreach (var ban in bans)
                {
                    var reached = ExportDutyBanConflict.Reached(context, measure, ban);
                    if (reached.Count > 0)
                    {
                        diagnostics.Add(ExportDutyBanConflict.Report(Descriptor, measure, ban, reached));
                        break;
                    }
                }
            }
        }
    }
}
