namespace AgreementLang.Diagnostics;

/// <summary>The diagnostics about actors other than the parties, the ownership of producers and the terms of a
/// financing (issue 15): AGR123–AGR124 of meaning, AGR314 across a set.</summary>
public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor OwnershipOverWhole = new(
        "AGR123", "Ownership of a producer above 100%", DiagnosticSeverity.Error,
        "the shares of producer '{0}' add up to {1} {2} ({3}); shares held at one time cannot exceed 100%", Meaning);

    public static readonly DiagnosticDescriptor FinancingTermDoesNotFit = new(
        "AGR124", "Financing term does not fit the financing", DiagnosticSeverity.Error,
        "{0} does not fit {1}: {2}", Meaning);

    public static readonly DiagnosticDescriptor ForeignEntityOwnedProducer = new(
        "AGR314", "Producer owned by a foreign entity of concern", DiagnosticSeverity.Error,
        "{0} is owned {1} by {2}{3}{4}, a foreign entity of concern of zone {5}, at or above the threshold of {6}{7}; it cannot {8} under {9}",
        Conflicts);
}
