namespace AgreementLang.Diagnostics;

/// <summary>The diagnostics about actors other than the parties, the ownership of producers and the terms of a
/// financing (issue 15): AGR123–AGR124 of meaning, AGR314 across a set.</summary>
public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor OwnershipOverWhole = new(
        "AGR123", "Ownership of a producer above 100%", DiagnosticSeverity.Error, Meaning);

    public static readonly DiagnosticDescriptor FinancingTermDoesNotFit = new(
        "AGR124", "Financing term does not fit the financing", DiagnosticSeverity.Error, Meaning);

    public static readonly DiagnosticDescriptor ForeignEntityOwnedProducer = new(
        "AGR314", "Producer owned by a foreign entity of concern", DiagnosticSeverity.Error, Conflicts);
}
