using AgreementLang.Diagnostics;
using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>AGR305: offtake and volume guarantees of several agreements that, for one producer, mineral and
/// stage, add up to more than its capacity in some year — 100% of the 10X plant to one buyer and 30% to another.
/// An excess that one agreement causes alone is AGR203's.</summary>
public sealed class OfftakeOverCapacityRule : IRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.OfftakeOverCapacity;

    public void Check(CheckContext context, List<Diagnostic> diagnostics)
    {
        foreach (var group in context.OfftakesByProducer.Values)
        {
            if (group.Select(o => o.Agreement.Name).Distinct(StringComparer.Ordinal).Skip(1).Any())
            {
                OfftakeCapacity.Check(context, Diagnostic.OfftakeOverCapacity, group, null, requireSeveralAgreements: true, diagnostics);
            }
        }
    }
}
