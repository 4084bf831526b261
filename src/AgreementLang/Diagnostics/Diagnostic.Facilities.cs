using AgreementLang.Text;

namespace AgreementLang.Diagnostics;

/// <summary>AGR213–AGR215: a facility's cap against the sources of its money, inside one agreement
/// (docs/diagnostics.md, "Consistency").</summary>
public sealed partial record Diagnostic
{
    /// <param name="comparison">"less than" or "more than"; <paramref name="sources"/> lists each source.</param>
    public static Diagnostic FacilityCapNotSumOfSources(Location at, string facility, string total, string comparison, string cap,
        string difference, string sources) =>
        new(DiagnosticCatalog.FacilityCapNotSumOfSources, at, $"the sources of facility {facility} add up to {total}, {comparison} its cap of {cap} by {difference}: {sources}");

    public static Diagnostic FacilitySourceAboveCap(Location at, string source, string amount, string facility, string cap, Location facilityAt) =>
        new(DiagnosticCatalog.FacilitySourceAboveCap, at, $"{source} of {amount} into facility {facility} is larger than the facility's cap of {cap} ({facilityAt}); the cap cannot hold it");

    public static Diagnostic FacilitySourceOutlastsFacility(Location at, string source, string facility, string tenor, string opens, string until,
        string ends, Location facilityAt) =>
        new(DiagnosticCatalog.FacilitySourceOutlastsFacility, at, $"{source} into facility {facility} runs {tenor} from the facility's opening on {opens}, until {until}, but the facility ends on {ends} ({facilityAt})");
}
