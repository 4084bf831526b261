using AgreementLang.Diagnostics;
using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>AGR215: a loan into a facility whose tenor, counted from the facility's opening, runs past the
/// facility's end — a 20-year EXIM loan into a 15-year Project Vault would leave the facility owing money after it
/// has closed. Only a facility with both dates (<c>from … for …</c> or <c>from … until …</c>) is checked; private
/// capital has no tenor.</summary>
public sealed class FacilitySourceOutlastsFacilityRule : IRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.FacilitySourceOutlastsFacility;

    public void Check(CheckContext context, List<Diagnostic> diagnostics)
    {
        foreach (var facility in context.Set.Facilities)
        {
            if (facility.Validity is not { From: { } opens, Until: { } ends })
            {
                continue;
            }

            foreach (var source in facility.Sources)
            {
                if (source.Tenor is not { } tenor)
                {
                    continue;
                }

                var until = tenor.LastDayFrom(opens);
                if (until <= ends)
                {
                    continue;
                }

                diagnostics.Add(Diagnostic.FacilitySourceOutlastsFacility(source.Location, FacilitySources.Name(source), facility.Name, tenor.ToString(),
                        Show.Date(opens), Show.Date(until), Show.Date(ends), facility.Location)
                    .WithRelated(facility.Location, "facility " + facility.Name + ", which ends on " + Show.Date(ends)));
            }
        }
    }
}
