using AgreementLang.Diagnostics;
using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>AGR202: a tariff commitment that undercuts a floor of the same agreement: the agreement binds the
/// duty on an exporter's goods that its own floor must be free to raise.</summary>
public sealed class TariffUndercutsOwnFloorRule : IRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.TariffUndercutsOwnFloor;

    public void Check(CheckContext context, List<Diagnostic> diagnostics)
    {
        foreach (var terms in context.TermsByAgreement.Values)
        {
            var floors = terms.Where(t => t.Term is Floor { Mechanism.Kind: FloorMechanismKind.AdjustableTariff }).ToList();
            if (floors.Count == 0)
            {
                continue;
            }

            foreach (var term in terms)
            {
                if (term.Term is not TariffCommitment tariff)
                {
                    continue;
                }

                foreach (var candidate in floors)
                {
                    var floor = (Floor)candidate.Term;
                    var scope = floor.Mechanism.Scope ?? Scope.All;
                    if (floor.Subject == tariff.Subject && candidate.Agreement.HasParty(tariff.Importer) &&
                        context.Covers(scope, tariff.Exporter, candidate.Agreement) && candidate.Period.Overlaps(term.Period))
                    {
                        diagnostics.Add(TariffUndercut.Report(Diagnostic.TariffUndercutsOwnFloor, term.As<TariffCommitment>(), candidate.As<Floor>(),
                            new FloorDefence(scope, candidate.Agreement)));
                        break;
                    }
                }
            }
        }
    }
}
