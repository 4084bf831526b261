using System.Collections.Immutable;
using System.Reflection;

namespace AgreementLang.Diagnostics;

/// <summary>Every diagnostic code of the language, in one place. Each code is built by exactly one method of
/// <see cref="Errors"/>; a test enforces unique codes and a documented section per code.</summary>
public static partial class DiagnosticCatalog
{
    private const string Syntax = "Syntax";
    private const string Meaning = "Meaning";

    // AGR0xx: syntax.
    public static readonly DiagnosticDescriptor UnexpectedToken = new(
        "AGR001", "Unexpected token", DiagnosticSeverity.Error, "expected {0}, found {1}", Syntax);

    public static readonly DiagnosticDescriptor UnterminatedString = new(
        "AGR002", "Unterminated string", DiagnosticSeverity.Error,
        "the text {0} is not closed by '\"' before the end of the line", Syntax);

    public static readonly DiagnosticDescriptor InvalidNumber = new(
        "AGR003", "Invalid number", DiagnosticSeverity.Error, "'{0}' is not a valid number: {1}", Syntax);

    public static readonly DiagnosticDescriptor InvalidDate = new(
        "AGR004", "Invalid date", DiagnosticSeverity.Error, "'{0}' is not a valid date: {1}", Syntax);

    public static readonly DiagnosticDescriptor NestingTooDeep = new(
        "AGR005", "Nesting too deep", DiagnosticSeverity.Error,
        "braces are nested more than {0} levels deep here; the rest of this block is skipped", Syntax);

    public static readonly DiagnosticDescriptor FileTooLarge = new(
        "AGR006", "File too large", DiagnosticSeverity.Error,
        "the file has {0}, more than the limit of {1:N0} characters; it is not parsed", Syntax);

    public static readonly DiagnosticDescriptor UnknownClause = new(
        "AGR007", "Unknown clause", DiagnosticSeverity.Error,
        "'{0}' does not begin a clause of {1}{2}", Syntax);

    public static readonly DiagnosticDescriptor MissingCloseBrace = new(
        "AGR008", "Missing closing brace", DiagnosticSeverity.Error,
        "the block of {0} opened here is never closed; expected '}}' before the end of the file", Syntax);

    public static readonly DiagnosticDescriptor UnexpectedCloseBrace = new(
        "AGR009", "Unexpected closing brace", DiagnosticSeverity.Error,
        "'}}' here closes no open block", Syntax);

    public static readonly DiagnosticDescriptor LineTooLong = new(
        "AGR010", "Line too long", DiagnosticSeverity.Error,
        "line {0} has {1:N0} characters, more than the limit of {2:N0}", Syntax);

    public static readonly DiagnosticDescriptor InvalidEncoding = new(
        "AGR011", "Invalid text encoding", DiagnosticSeverity.Error,
        "the file is not valid UTF-8: byte 0x{0:X2} at offset {1} cannot start or continue a character", Syntax);

    public static readonly DiagnosticDescriptor TooManyDiagnostics = new(
        "AGR012", "Too many syntax errors", DiagnosticSeverity.Error,
        "this file has more than {0:N0} syntax errors; the rest of the file is not parsed", Syntax);

    public static readonly DiagnosticDescriptor CharacterNotAllowedInText = new(
        "AGR013", "Character not allowed in text", DiagnosticSeverity.Error,
        "the quoted text {0} contains {1}, {2}, which a draft cannot carry; remove it", Syntax);

    /// <summary>Codes whose severity no option changes (--severity, .editorconfig): the set cannot be rendered
    /// while they stand (an XML writer cannot carry the character), so they stay errors.</summary>
    public static readonly System.Collections.Generic.HashSet<string> AlwaysErrors = new(System.StringComparer.Ordinal) { "AGR013" };

    public static readonly DiagnosticDescriptor BidirectionalControl = new(
        "AGR014", "Bidirectional control character", DiagnosticSeverity.Warning,
        "{0} contains {1} ({2}), which reorders how the text around it is displayed, so that what a reader sees is not what the file says; remove it", Syntax);

    // AGR1xx: meaning inside one file or across the names of a set.
    public static readonly DiagnosticDescriptor UnknownName = new(
        "AGR101", "Unknown name", DiagnosticSeverity.Error, "no {0} named '{1}' is declared{2}", Meaning);

    public static readonly DiagnosticDescriptor DuplicateDeclaration = new(
        "AGR102", "Duplicate declaration", DiagnosticSeverity.Error,
        "'{0}' is declared twice: it is already declared as {1} at {2}", Meaning);

    public static readonly DiagnosticDescriptor UnknownMineral = new(
        "AGR103", "Unknown mineral", DiagnosticSeverity.Error,
        "'{0}' is not a mineral of the catalogue or of a 'mineral' declaration{1}", Meaning);

    public static readonly DiagnosticDescriptor UnknownStage = new(
        "AGR104", "Unknown stage", DiagnosticSeverity.Error,
        "'{0}' is not a production stage (the stages are {2}){1}", Meaning);

    public static readonly DiagnosticDescriptor UnknownCurrency = new(
        "AGR105", "Unknown currency", DiagnosticSeverity.Error,
        "'{0}' is not an active ISO 4217 currency code such as USD{1}", Meaning);

    public static readonly DiagnosticDescriptor UnknownUnit = new(
        "AGR106", "Unknown unit or basis", DiagnosticSeverity.Error, "'{0}' is not a {1}; expected one of {2}{3}", Meaning);

    public static readonly DiagnosticDescriptor UnknownCountry = new(
        "AGR107", "Unknown country code", DiagnosticSeverity.Error,
        "'{0}' is not an ISO 3166-1 alpha-2 country code, EU, or a declared producer or institution{1}", Meaning);

    public static readonly DiagnosticDescriptor CurrencyMismatch = new(
        "AGR108", "Currency mismatch", DiagnosticSeverity.Error,
        "{0} is in {1} but {2} is in {3}, and no exchange rate between {1} and {3} is declared", Meaning);

    public static readonly DiagnosticDescriptor UnitMismatch = new(
        "AGR109", "Unit or basis mismatch", DiagnosticSeverity.Error,
        "{0} is per {1} but {2} is per {3}: {4}", Meaning);

    public static readonly DiagnosticDescriptor ImpossibleDates = new(
        "AGR110", "Impossible dates", DiagnosticSeverity.Error, "{0} ({1}) is before {2} ({3})", Meaning);

    public static readonly DiagnosticDescriptor PercentageOutOfRange = new(
        "AGR111", "Percentage out of range", DiagnosticSeverity.Error,
        "{0}% is not a share between 0% and 100% ({1})", Meaning);

    public static readonly DiagnosticDescriptor NotAParty = new(
        "AGR112", "Not a party", DiagnosticSeverity.Error,
        "'{0}' is not a party of {1}, whose parties are {2}", Meaning);

    public static readonly DiagnosticDescriptor WrongKindOfName = new(
        "AGR113", "Wrong kind of name", DiagnosticSeverity.Error,
        "'{0}' is declared as {1}, but {2} is expected here", Meaning);

    public static readonly DiagnosticDescriptor DuplicateClause = new(
        "AGR114", "Clause stated twice", DiagnosticSeverity.Error,
        "{0} is already stated for {1} at line {2}; state it once", Meaning);

    public static readonly DiagnosticDescriptor MissingClause = new(
        "AGR115", "Required clause missing", DiagnosticSeverity.Warning,
        "{0} '{1}' states no {2}", Meaning);

    public static readonly DiagnosticDescriptor InvalidHsCode = new(
        "AGR116", "Invalid HS code", DiagnosticSeverity.Error,
        "'{0}' is not a tariff line: expected 4 to 10 digits grouped like 2846.90 or 2805.30.0020", Meaning);

    public static readonly DiagnosticDescriptor InvalidAmount = new(
        "AGR117", "Invalid amount", DiagnosticSeverity.Error, "{0} must be greater than zero, found {1}", Meaning);

    public static readonly DiagnosticDescriptor TooManyProblems = new(
        "AGR118", "Too many problems of meaning", DiagnosticSeverity.Error,
        "this file has more than {0:N0} problems of meaning; the others in this file are not shown", Meaning);

    public static readonly DiagnosticDescriptor RemovalMatchesNothing = new(
        "AGR119", "Removal matches no clause", DiagnosticSeverity.Error,
        "'remove {0}' in {1} matches no clause of {2}{3}", Meaning);

    public static readonly DiagnosticDescriptor BlankText = new(
        "AGR120", "Blank text", DiagnosticSeverity.Error,
        "{0} is {1}; write the words the draft should carry", Meaning);

    public static readonly DiagnosticDescriptor AmountFinerThanMinorUnit = new(
        "AGR121", "Amount finer than the currency's minor unit", DiagnosticSeverity.Error,
        "{0} of {1} is finer than the minor unit of {2}, which has {3}; state the amount in whole minor units", Meaning);

    public static readonly DiagnosticDescriptor NoReferencePriceForPeriod = new(
        "AGR122", "No reference price for the floor's period", DiagnosticSeverity.Error,
        "zone {0} has no reference price for {1} {2}, when this floor at its reference price applies: {3}", Meaning);

    public static readonly DiagnosticDescriptor MineralListedTwice = new(
        "AGR135", "Mineral listed twice", DiagnosticSeverity.Warning,
        "'{0}' is {1}, already listed{2}; each mineral is listed once", Meaning);

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
