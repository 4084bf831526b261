using AgreementLang.Model;
using AgreementLang.Text;

namespace AgreementLang.Diagnostics;

/// <summary>AGR123–AGR124: the ownership of producers and the terms of a financing (issue 15).</summary>
public sealed partial record Diagnostic
{
    /// <param name="when">"from the outset" or "on 2027-01-01"; <paramref name="owners"/> lists each share.</param>
    public static Diagnostic OwnershipOverWhole(Location at, string producer, Percentage total, string when, string owners) =>
        new(DiagnosticCatalog.OwnershipOverWhole, at, $"the shares of producer '{producer}' add up to {total} {when} ({owners}); shares held at one time cannot exceed 100%");

    public static Diagnostic FinancingTermDoesNotFit(Location at, string term, string financing, string why) =>
        new(DiagnosticCatalog.FinancingTermDoesNotFit, at, $"{term} does not fit {financing}: {why}");
}
