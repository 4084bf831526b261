using AgreementLang.Text;

namespace AgreementLang.Diagnostics;

/// <summary>AGR1xx about names: a name that is unknown, declared twice, of the wrong kind or not a party
/// (docs/diagnostics.md, "Meaning").</summary>
public sealed partial record Diagnostic
{
    /// <param name="kind">What was looked for ("producer", "zone", "capacity of producer X for").</param>
    /// <param name="didYouMean">A suggestion such as "; did you mean 'FORGE'?", or empty.</param>
    public static Diagnostic UnknownName(Location at, string kind, string name, string didYouMean) =>
        new(DiagnosticCatalog.UnknownName, at, $"no {kind} named '{name}' is declared{didYouMean}");

    /// <param name="firstDeclaredAt">Where the first declaration is; null for a mineral of the embedded catalogue.</param>
    public static Diagnostic DuplicateDeclaration(Location at, string name, string firstKind, Location? firstDeclaredAt) =>
        new(DiagnosticCatalog.DuplicateDeclaration, at, $"'{name}' is declared twice: it is already declared as {firstKind} at {(object?)firstDeclaredAt ?? "the embedded catalogue"}");

    public static Diagnostic UnknownMineral(Location at, string name, string didYouMean) =>
        new(DiagnosticCatalog.UnknownMineral, at, $"'{name}' is not a mineral of the catalogue or of a 'mineral' declaration{didYouMean}");

    public static Diagnostic UnknownStage(Location at, string name, string didYouMean, string stages) =>
        new(DiagnosticCatalog.UnknownStage, at, $"'{name}' is not a production stage (the stages are {stages}){didYouMean}");

    public static Diagnostic UnknownCurrency(Location at, string code, string didYouMean) =>
        new(DiagnosticCatalog.UnknownCurrency, at, $"'{code}' is not an active ISO 4217 currency code such as USD{didYouMean}");

    /// <param name="expectedKind">"unit of mass", …; <paramref name="expected"/> lists the accepted words.</param>
    public static Diagnostic UnknownUnit(Location at, string word, string expectedKind, string expected, string didYouMean) =>
        new(DiagnosticCatalog.UnknownUnit, at, $"'{word}' is not a {expectedKind}; expected one of {expected}{didYouMean}");

    public static Diagnostic UnknownCountry(Location at, string code, string didYouMean) =>
        new(DiagnosticCatalog.UnknownCountry, at, $"'{code}' is not an ISO 3166-1 alpha-2 country code, EU, or a declared producer or institution{didYouMean}");

    public static Diagnostic NotAParty(Location at, string code, string agreement, string parties) =>
        new(DiagnosticCatalog.NotAParty, at, $"'{code}' is not a party of {agreement}, whose parties are {parties}");

    public static Diagnostic WrongKindOfName(Location at, string name, string declaredAs, string expected) =>
        new(DiagnosticCatalog.WrongKindOfName, at, $"'{name}' is declared as {declaredAs}, but {expected} is expected here");

    /// <param name="alias">" as 'the other spelling'" when the first listing used another name, or empty.</param>
    public static Diagnostic MineralListedTwice(Location at, string written, string mineral, string alias) =>
        new(DiagnosticCatalog.MineralListedTwice, at, $"'{written}' is {mineral}, already listed{alias}; each mineral is listed once");
}
