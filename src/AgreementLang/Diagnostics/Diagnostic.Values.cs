using AgreementLang.Model;
using AgreementLang.Text;

namespace AgreementLang.Diagnostics;

/// <summary>AGR1xx about values and clauses: amounts, units, dates, shares, texts and clauses stated twice or not at
/// all (docs/diagnostics.md, "Meaning").</summary>
public sealed partial record Diagnostic
{
    public static Diagnostic CurrencyMismatch(Location at, string what, string currency, string reference, string referenceCurrency) =>
        new(DiagnosticCatalog.CurrencyMismatch, at, $"{what} is in {currency} but {reference} is in {referenceCurrency}, and no exchange rate between {currency} and {referenceCurrency} is declared");

    /// <param name="per">The unit and basis of <paramref name="what"/> ("kg contained").</param>
    public static Diagnostic UnitMismatch(Location at, string what, string per, string other, string otherPer, string why) =>
        new(DiagnosticCatalog.UnitMismatch, at, $"{what} is per {per} but {other} is per {otherPer}: {why}");

    public static Diagnostic ImpossibleDates(Location at, string later, string laterDate, string earlier, string earlierDate) =>
        new(DiagnosticCatalog.ImpossibleDates, at, $"{later} ({laterDate}) is before {earlier} ({earlierDate})");

    public static Diagnostic PercentageOutOfRange(Location at, string percent, string what) =>
        new(DiagnosticCatalog.PercentageOutOfRange, at, $"{percent}% is not a share between 0% and 100% ({what})");

    public static Diagnostic DuplicateClause(Location at, string clause, string owner, int firstLine) =>
        new(DiagnosticCatalog.DuplicateClause, at, $"{clause} is already stated for {owner} at line {firstLine}; state it once");

    public static Diagnostic MissingClause(Location at, string kind, string name, string clause) =>
        new(DiagnosticCatalog.MissingClause, at, $"{kind} '{name}' states no {clause}");

    public static Diagnostic InvalidHsCode(Location at, string code) =>
        new(DiagnosticCatalog.InvalidHsCode, at, $"'{code}' is not a tariff line: expected 4 to 10 digits grouped like 2846.90 or 2805.30.0020");

    public static Diagnostic InvalidAmount(Location at, string what, string found) =>
        new(DiagnosticCatalog.InvalidAmount, at, $"{what} must be greater than zero, found {found}");

    public static Diagnostic TooManyProblems(Location at, int maxPerFile) =>
        new(DiagnosticCatalog.TooManyProblems, at, $"this file has more than {maxPerFile:N0} problems of meaning; the others in this file are not shown");

    /// <param name="asAmendedBy">" as amended by A, B" when earlier amendments changed the target, or empty.</param>
    public static Diagnostic RemovalMatchesNothing(Location at, string clause, string amendment, string target, string asAmendedBy) =>
        new(DiagnosticCatalog.RemovalMatchesNothing, at, $"'remove {clause}' in {amendment} matches no clause of {target}{asAmendedBy}");

    /// <param name="content">"empty (\"\")" or "only white space (…)".</param>
    public static Diagnostic BlankText(Location at, string what, string content) =>
        new(DiagnosticCatalog.BlankText, at, $"{what} is {content}; write the words the draft should carry");

    public static Diagnostic AmountFinerThanMinorUnit(Location at, string what, string amount, string currency, string minorUnit) =>
        new(DiagnosticCatalog.AmountFinerThanMinorUnit, at, $"{what} of {amount} is finer than the minor unit of {currency}, which has {minorUnit}; state the amount in whole minor units");

    /// <param name="gaps">The periods with no reference price; <paramref name="why"/> what the zone does state.</param>
    public static Diagnostic NoReferencePriceForPeriod(Location at, string zone, MineralStage subject, string gaps, string why) =>
        new(DiagnosticCatalog.NoReferencePriceForPeriod, at, $"zone {zone} has no reference price for {subject} {gaps}, when this floor at its reference price applies: {why}");
}
