using AgreementLang.Text;

namespace AgreementLang.Diagnostics;

/// <summary>AGR0xx: the text cannot be read as the language (docs/diagnostics.md, "Syntax").</summary>
public sealed partial record Diagnostic
{
    public static Diagnostic UnexpectedToken(Location at, string expected, string found) =>
        new(DiagnosticCatalog.UnexpectedToken, at, $"expected {expected}, found {found}");

    public static Diagnostic UnterminatedString(Location at, string start) =>
        new(DiagnosticCatalog.UnterminatedString, at, $"the text {start} is not closed by '\"' before the end of the line");

    public static Diagnostic InvalidNumber(Location at, string written, string problem) =>
        new(DiagnosticCatalog.InvalidNumber, at, $"'{written}' is not a valid number: {problem}");

    public static Diagnostic InvalidDate(Location at, string written, string problem) =>
        new(DiagnosticCatalog.InvalidDate, at, $"'{written}' is not a valid date: {problem}");

    public static Diagnostic NestingTooDeep(Location at, int maxDepth) =>
        new(DiagnosticCatalog.NestingTooDeep, at, $"braces are nested more than {maxDepth} levels deep here; the rest of this block is skipped");

    /// <param name="size">The size as the reader knows it, with its unit ("40,000,000 bytes").</param>
    public static Diagnostic FileTooLarge(Location at, string size, int maxCharacters) =>
        new(DiagnosticCatalog.FileTooLarge, at, $"the file has {size}, more than the limit of {maxCharacters:N0} characters; it is not parsed");

    /// <param name="of">What the clause would belong to ("zone", "a file (a declaration)").</param>
    public static Diagnostic UnknownClause(Location at, string word, string of, string didYouMean) =>
        new(DiagnosticCatalog.UnknownClause, at, $"'{word}' does not begin a clause of {of}{didYouMean}");

    public static Diagnostic MissingCloseBrace(Location at, string blockOf) =>
        new(DiagnosticCatalog.MissingCloseBrace, at, $"the block of {blockOf} opened here is never closed; expected '}}' before the end of the file");

    public static Diagnostic UnexpectedCloseBrace(Location at) =>
        new(DiagnosticCatalog.UnexpectedCloseBrace, at, $"'}}' here closes no open block");

    public static Diagnostic LineTooLong(Location at, int line, int length, int maxLength) =>
        new(DiagnosticCatalog.LineTooLong, at, $"line {line} has {length:N0} characters, more than the limit of {maxLength:N0}");

    public static Diagnostic InvalidEncoding(Location at, byte value, int offset) =>
        new(DiagnosticCatalog.InvalidEncoding, at, $"the file is not valid UTF-8: byte 0x{value:X2} at offset {offset} cannot start or continue a character");

    public static Diagnostic TooManyDiagnostics(Location at, int maxDiagnostics) =>
        new(DiagnosticCatalog.TooManyDiagnostics, at, $"this file has more than {maxDiagnostics:N0} syntax errors; the rest of the file is not parsed");

    public static Diagnostic CharacterNotAllowedInText(Location at, string text, string codePoint, string? character) =>
        new(DiagnosticCatalog.CharacterNotAllowedInText, at, $"the quoted text {text} contains {codePoint}, {character}, which a draft cannot carry; remove it");

    /// <param name="where">The quoted text or the comment, with a preview of it.</param>
    public static Diagnostic BidirectionalControl(Location at, string where, string codePoint, string name) =>
        new(DiagnosticCatalog.BidirectionalControl, at, $"{where} contains {codePoint} ({name}), which reorders how the text around it is displayed, so that what a reader sees is not what the file says; remove it");
}
