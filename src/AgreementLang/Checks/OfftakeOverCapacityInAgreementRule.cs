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
                var offtakes = own.ToList();

                // One share of at most 100% (the binder allows no more) cannot exceed capacity on its own.
                if (offtakes.Count > 1 || offtakes[0].Term.VolumePerYear is not null)
                {
                    OfftakeCapacity.Check(context, Diagnostic.OfftakeOverCapacityInAgreement, offtakes, own.Key, requireSeveralAgreements: false, diagnostics);
                }
            }
        }
    }
}
