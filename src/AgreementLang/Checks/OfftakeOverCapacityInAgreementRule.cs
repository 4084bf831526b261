using AgreementLang.Diagnostics;
using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>AGR203: offtake and volume guarantees of one agreement that, for one producer, mineral and stage,
/// add up to more than the producer's capacity in some year.</summary>
public sealed class OfftakeOverCapacityInAgreementRule : IRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.OfftakeOverCapacityInAgreement;

    public void Check(CheckContext context, List<Diagnostic> diagnostics)
    {
        foreach (var group in context.OfftakesByProducer.Values)
        {
            foreach (var own in group.GroupBy(o => o.Agreement.Name, StringComparer.Ordinal))
            {
                OfftakeCapacity.Check(context, Descriptor, own.ToList(), own.Key, requireSeveralAgreements: false, diagnostics);
            }
        }
    }
}
