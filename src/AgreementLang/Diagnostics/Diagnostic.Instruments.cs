using AgreementLang.Text;

namespace AgreementLang.Diagnostics;

/// <summary>AGR3xx about one instrument resting on another: a term that outlasts it, a financing restated with
/// another amount (docs/diagnostics.md, "Conflicts").</summary>
public sealed partial record Diagnostic
{
    /// <param name="runs">How long the term runs ("runs until 2040-12-31"); <paramref name="basisEnd"/> how the
    /// instrument it rests on ends ("expires on 2035-12-31").</param>
    public static Diagnostic TermOutlastsInstrument(Location at, string term, string runs, string basis, Location basisAt, string basisEnd) =>
        new(DiagnosticCatalog.TermOutlastsInstrument, at, $"{term} {runs}, but it rests on {basis} ({basisAt}), which {basisEnd}");

    public static Diagnostic FinancingRestatedDifferently(Location at, string term, string amount, string otherAmount, string otherPlace, string overlap) =>
        new(DiagnosticCatalog.FinancingRestatedDifferently, at, $"{term} is {amount} here but {otherAmount} in {otherPlace}{overlap}; one commitment restated in an instrument that rests on another must state one amount");

    public static Diagnostic FinancingAmountsIncomparable(Location at, string term, string amount, string otherAmount, string otherPlace,
        string currency, string otherCurrency, string where) =>
        new(DiagnosticCatalog.FinancingAmountsIncomparable, at, $"{term} is {amount} here but {otherAmount} in {otherPlace}: no exchange rate between {currency} and {otherCurrency} is declared in {where}, so the amounts are incomparable");
}
