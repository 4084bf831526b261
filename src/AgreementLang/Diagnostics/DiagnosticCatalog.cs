using System.Collections.Immutable;
using System.Reflection;

namespace AgreementLang.Diagnostics;

/// <summary>Every diagnostic code of the language, in one place. Each code is built by exactly one
/// typed method of <see cref="Diagnostic"/>; a test enforces unique codes, one such method per code and a
/// documented section per code.</summary>
public static partial class DiagnosticCatalog
{
    private const string Syntax = "Syntax";
    private const string Meaning = "Meaning";

    // AGR0xx: syntax.
    public static readonly DiagnosticDescriptor UnexpectedToken = new(
        "AGR001", "Unexpected token", DiagnosticSeverity.Error, Syntax);

    public static readonly DiagnosticDescriptor UnterminatedString = new(
        "AGR002", "Unterminated string", DiagnosticSeverity.Error, Syntax);

    public static readonly DiagnosticDescriptor InvalidNumber = new(
        "AGR003", "Invalid number", DiagnosticSeverity.Error, Syntax);

    public static readonly DiagnosticDescriptor InvalidDate = new(
        "AGR004", "Invalid date", DiagnosticSeverity.Error, Syntax);

    public static readonly DiagnosticDescriptor NestingTooDeep = new(
        "AGR005", "Nesting too deep", DiagnosticSeverity.Error, Syntax);

    public static readonly DiagnosticDescriptor FileTooLarge = new(
        "AGR006", "File too large", DiagnosticSeverity.Error, Syntax);

    public static readonly DiagnosticDescriptor UnknownClause = new(
        "AGR007", "Unknown clause", DiagnosticSeverity.Error, Syntax);

    public static readonly DiagnosticDescriptor MissingCloseBrace = new(
        "AGR008", "Missing closing brace", DiagnosticSeverity.Error, Syntax);

    public static readonly DiagnosticDescriptor UnexpectedCloseBrace = new(
        "AGR009", "Unexpected closing brace", DiagnosticSeverity.Error, Syntax);

    public static readonly DiagnosticDescriptor LineTooLong = new(
        "AGR010", "Line too long", DiagnosticSeverity.Error, Syntax);

    public static readonly DiagnosticDescriptor InvalidEncoding = new(
        "AGR011", "Invalid text encoding", DiagnosticSeverity.Error, Syntax);

    public static readonly DiagnosticDescriptor TooManyDiagnostics = new(
        "AGR012", "Too many syntax errors", DiagnosticSeverity.Error, Syntax);

    public static readonly DiagnosticDescriptor CharacterNotAllowedInText = new(
        "AGR013", "Character not allowed in text", DiagnosticSeverity.Error, Syntax);

    /// <summary>Codes whose severity no option changes (--severity, .editorconfig): the set cannot be rendered
    /// while they stand (an XML writer cannot carry the character), so they stay errors.</summary>
    public static readonly System.Collections.Generic.HashSet<string> AlwaysErrors = new(System.StringComparer.Ordinal) { "AGR013" };

    public static readonly DiagnosticDescriptor BidirectionalControl = new(
        "AGR014", "Bidirectional control character", DiagnosticSeverity.Warning, Syntax);

    // AGR1xx: meaning inside one file or across the names of a set.
    public static readonly DiagnosticDescriptor UnknownName = new(
        "AGR101", "Unknown name", DiagnosticSeverity.Error, Meaning);

    public static readonly DiagnosticDescriptor DuplicateDeclaration = new(
        "AGR102", "Duplicate declaration", DiagnosticSeverity.Error, Meaning);

    public static readonly DiagnosticDescriptor UnknownMineral = new(
        "AGR103", "Unknown mineral", DiagnosticSeverity.Error, Meaning);

    public static readonly DiagnosticDescriptor UnknownStage = new(
        "AGR104", "Unknown stage", DiagnosticSeverity.Error, Meaning);

    public static readonly DiagnosticDescriptor UnknownCurrency = new(
        "AGR105", "Unknown currency", DiagnosticSeverity.Error, Meaning);

    public static readonly DiagnosticDescriptor UnknownUnit = new(
        "AGR106", "Unknown unit or basis", DiagnosticSeverity.Error, Meaning);

    public static readonly DiagnosticDescriptor UnknownCountry = new(
        "AGR107", "Unknown country code", DiagnosticSeverity.Error, Meaning);

    public static readonly DiagnosticDescriptor CurrencyMismatch = new(
        "AGR108", "Currency mismatch", DiagnosticSeverity.Error, Meaning);

    public static readonly DiagnosticDescriptor UnitMismatch = new(
        "AGR109", "Unit or basis mismatch", DiagnosticSeverity.Error, Meaning);

    public static readonly DiagnosticDescriptor ImpossibleDates = new(
        "AGR110", "Impossible dates", DiagnosticSeverity.Error, Meaning);

    public static readonly DiagnosticDescriptor PercentageOutOfRange = new(
        "AGR111", "Percentage out of range", DiagnosticSeverity.Error, Meaning);

    public static readonly DiagnosticDescriptor NotAParty = new(
        "AGR112", "Not a party", DiagnosticSeverity.Error, Meaning);

    public static readonly DiagnosticDescriptor WrongKindOfName = new(
        "AGR113", "Wrong kind of name", DiagnosticSeverity.Error, Meaning);

    public static readonly DiagnosticDescriptor DuplicateClause = new(
        "AGR114", "Clause stated twice", DiagnosticSeverity.Error, Meaning);

    public static readonly DiagnosticDescriptor MissingClause = new(
        "AGR115", "Required clause missing", DiagnosticSeverity.Warning, Meaning);

    public static readonly DiagnosticDescriptor InvalidHsCode = new(
        "AGR116", "Invalid HS code", DiagnosticSeverity.Error, Meaning);

    public static readonly DiagnosticDescriptor InvalidAmount = new(
        "AGR117", "Invalid amount", DiagnosticSeverity.Error, Meaning);

    public static readonly DiagnosticDescriptor TooManyProblems = new(
        "AGR118", "Too many problems of meaning", DiagnosticSeverity.Error, Meaning);

    public static readonly DiagnosticDescriptor RemovalMatchesNothing = new(
        "AGR119", "Removal matches no clause", DiagnosticSeverity.Error, Meaning);

    public static readonly DiagnosticDescriptor BlankText = new(
        "AGR120", "Blank text", DiagnosticSeverity.Error, Meaning);

    public static readonly DiagnosticDescriptor AmountFinerThanMinorUnit = new(
        "AGR121", "Amount finer than the currency's minor unit", DiagnosticSeverity.Error, Meaning);

    public static readonly DiagnosticDescriptor NoReferencePriceForPeriod = new(
        "AGR122", "No reference price for the floor's period", DiagnosticSeverity.Error, Meaning);

    public static readonly DiagnosticDescriptor MineralListedTwice = new(
        "AGR135", "Mineral listed twice", DiagnosticSeverity.Warning, Meaning);

    private static ImmutableArray<DiagnosticDescriptor>? _all;

    /// <summary>Every descriptor, ordered by code.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All => _all ??= typeof(DiagnosticCatalog)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .OrderBy(d => d.Code, StringComparer.Ordinal)
        .ToImmutableArray();

    public static DiagnosticDescriptor? Find(string code) =>
        All.FirstOrDefault(d => string.Equals(d.Code, code, StringComparison.OrdinalIgnoreCase));
}
