using AgreementLang.Diagnostics;
using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>AGR214: a single source of a facility larger than the facility's cap: the cap cannot hold the money
/// the source puts in (a USD 2 billion loan into a USD 1 billion facility). Reported at the source.</summary>
public sealed class FacilitySourceAboveCapRule : IRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.FacilitySourceAboveCap;

    public void Check(CheckContext context, List<Diagnostic> diagnostics)
    {
        foreach (var facility in context.Set.Facilities)
        {
            foreach (var source in FacilitySources.InCapCurrency(facility))
            {
                if (source.Amount.Amount <= facility.Cap.Amount)
                {
                    continue;
                }

                diagnostics.Add(Diagnostic.FacilitySourceAboveCap(source.Location, FacilitySources.Name(source), Show.Money(source.Amount), facility.Name,
                        Show.Money(facility.Cap), facility.Location)
                    .WithRelated(facility.Location, "facility " + facility.Name + " with a cap of " + Show.Money(facility.Cap)));
            }
        }
    }
}
