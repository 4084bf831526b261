using AgreementLang.Diagnostics;
using Sprache;
using AgreementLang.Text;
using static AgreementLang.Syntax.ValueGrammar;

namespace AgreementLang.Syntax;

/// <summary>Price floors and the clauses of a floor's block: how it is enforced, the tariff cap, the review. Built on first use, like every clause family (see <see cref="Grammar"/>).</summary>
internal static class FloorGrammar
{
    /// <summary>A floor's price while its clause is parsed. A struct of this assembly rather than a tuple: ReadyToRun
    /// cannot precompile the generic code instantiated over a framework value type such as a tuple, so the JIT would
    /// compile it at every start.</summary>
    internal readonly record struct StatedPrice(PriceSyntax? Price, TextSpan Span);

    /// <summary>"reference price" (a null price) or a stated price, with the span of the words, so that the
    /// floor's span covers "reference price" too.</summary>
    internal static readonly Parser<StatedPrice> FloorPrice =
        (from r in Kw.Reference from p in Kw.Price select new StatedPrice(null, Cover(r, p)))
        .XOr(Price.Select(p => new StatedPrice(p, p.Span)))
        .Describe("'reference price' or a price such as USD 110.00 per kg", "reference");

    internal static readonly Parser<ClauseSyntax> Floor =
        from keyword in Kw.Floor
        from subject in MineralStage
        from at in At
        from price in FloorPrice
        from term in OptionalTerm
        select (ClauseSyntax)new FloorClause(subject, price.Price, term, Array.Empty<ClauseSyntax>(),
            Cover(keyword, term?.Span ?? price.Span));

    internal static readonly Parser<ScopeSyntax?> OptionalImportScope =
        (from onWord in On from imports in Kw.Imports from fromWord in From from scope in Scope select scope).Maybe();

    internal static readonly Parser<MechanismClause> AdjustableTariff =
        from kind in Kw.Adjustable
        from tariff in Kw.Tariff
        from scope in OptionalImportScope
        select new MechanismClause(new NameSyntax("adjustable tariff", Cover(kind, tariff)), scope, null, null,
            Cover(kind, scope?.Span ?? tariff));

    internal static readonly Parser<NameSyntax?> OptionalBeneficiary = (from to in To from name in Actor select name).Maybe();

    internal static readonly Parser<PercentSyntax?> OptionalClawback =
        (from c in Kw.Clawback from share in Tokens.Percent select share).Maybe();

    /// <summary>A market-linked price: "market price", or a named index in quotes.</summary>
    internal static readonly Parser<SyntaxNode> BenchmarkName =
        (from market in Kw.Market from price in Kw.Price select (SyntaxNode)new NameSyntax("market price", Cover(market, price)))
        .XOr(Tokens.QuotedText("a benchmark index in quotes, such as \"NdPr oxide, Asian Metal, FOB China\"").Select(s => (SyntaxNode)s))
        .Describe("'market price' or a benchmark index in quotes", "market");

    internal static readonly Parser<SyntaxNode?> OptionalAgainst = (from against in Kw.Against from benchmark in BenchmarkName select benchmark).Maybe();

    /// <summary>"upside share 30%": the payer's share of the gain when the benchmark is above the floor.</summary>
    internal static readonly Parser<PercentSyntax?> OptionalUpsideShare =
        (from upside in Kw.Upside from share in Kw.Share from percent in Tokens.Percent select percent).Maybe();

    internal static readonly Parser<MechanismClause> PriceGapPayment =
        from kind in Kw.PriceGap
        from payment in Kw.Payment
        from beneficiary in OptionalBeneficiary
        from against in OptionalAgainst
        from clawback in OptionalClawback
        from upside in OptionalUpsideShare
        select new MechanismClause(new NameSyntax("price-gap payment", Cover(kind, payment)), null, beneficiary,
            clawback, Cover(kind, upside?.Span ?? clawback?.Span ?? against?.Span ?? beneficiary?.Span ?? payment), against, upside);

    internal static readonly Parser<MechanismClause> MinimumImportPrice =
        from kind in Kw.Minimum
        from import in Kw.Import
        from price in Kw.Price
        select new MechanismClause(new NameSyntax("minimum import price", Cover(kind, price)), null, null, null,
            Cover(kind, price));

    internal static readonly Parser<ScopeSyntax?> OptionalExportScope = (from to in To from scope in Scope select scope).Maybe();

    /// <summary>"export tax 25% [to non-members]": the exporting party taxes exports below the floor.</summary>
    internal static readonly Parser<MechanismClause> ExportTaxMechanism =
        from export in Kw.Export
        from tax in Kw.Tax
        from rate in Tokens.Percent
        from scope in OptionalExportScope
        select new MechanismClause(new NameSyntax("export tax", Cover(export, tax)), scope, null, null, Cover(export, scope?.Span ?? rate.Span),
            ExportTax: rate);

    internal static readonly Parser<MechanismClause> AnyMechanism = AdjustableTariff.XOr(PriceGapPayment).XOr(MinimumImportPrice).XOr(ExportTaxMechanism);

    internal static readonly Parser<ClauseSyntax> Mechanism =
        from keyword in Kw.Enforced
        from byWord in Kw.By
        from mechanism in AnyMechanism
        select (ClauseSyntax)(mechanism with { Span = Cover(keyword, mechanism.Span) });

    internal static readonly Parser<ClauseSyntax> TariffCap =
        from keyword in Kw.Tariff
        from cap in Kw.Cap
        from percent in Tokens.Percent
        select (ClauseSyntax)new TariffCapClause(percent, Cover(keyword, percent.Span));

    internal static readonly Parser<ClauseSyntax> Review =
        from keyword in Kw.Review
        from period in Period
        select (ClauseSyntax)new ReviewClause(period, Cover(keyword, period.Span));
}
