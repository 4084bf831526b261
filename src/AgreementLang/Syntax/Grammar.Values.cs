using System.Runtime.CompilerServices;
using AgreementLang.Diagnostics;
using Sprache;
using AgreementLang.Text;

namespace AgreementLang.Syntax;

/// <summary>The grammar, as Sprache parsers in static fields (one per production of grammar/agreement.ebnf,
/// named after it). Sub-parsers live in fields rather than inside query lambdas so that a parse allocates
/// only results, never parsers. Values first: money, prices, quantities, dates and durations.</summary>
internal static class ValueGrammar
{
    internal static TextSpan Cover(TextSpan first, TextSpan last) => TextSpan.FromBounds(first.Start, last.End);

    internal static readonly Parser<NameSyntax> Code = Tokens.Name("a party code such as US or JP");
    // Names as a negotiator would call them, so that a message says what was expected where.
    internal static readonly Parser<NameSyntax> ZoneName = Tokens.Name("a zone name such as FORGE");
    internal static readonly Parser<NameSyntax> FacilityName = Tokens.Name("a facility name such as VAULT");
    internal static readonly Parser<NameSyntax> ProducerName = Tokens.Name("a producer name such as MP");
    internal static readonly Parser<NameSyntax> InstitutionName = Tokens.Name("an institution name such as EXIM");
    internal static readonly Parser<NameSyntax> StockpileName = Tokens.Name("a stockpile name such as VAULT-STOCK");
    internal static readonly Parser<NameSyntax> NewMineral = Tokens.Name("the code of the new mineral, such as Sc");
    internal static readonly Parser<NameSyntax> AgreementName = Tokens.Name("an agreement identifier such as US-JP-2026");
    internal static readonly Parser<NameSyntax> AmendmentName = Tokens.Name("an amendment identifier such as US-JP-2026-A1");
    internal static readonly Parser<NameSyntax> Actor = Tokens.Name("a party code, institution, producer or facility such as US or EXIM");
    internal static readonly Parser<NameSyntax> Category = Tokens.Name("a staging category such as A");

    internal static readonly Parser<StringSyntax> Title = Tokens.QuotedText("a title in quotes, such as \"Project Vault\"");
    internal static readonly Parser<StringSyntax> FullName = Tokens.QuotedText("the full name in quotes, such as \"the Government of Japan\"");
    internal static readonly Parser<StringSyntax> Place = Tokens.QuotedText("a place in quotes, such as \"Washington, D.C.\"");
    internal static readonly Parser<StringSyntax> Description = Tokens.QuotedText("a description in quotes, such as \"Neodymium metal\"");
    internal static readonly Parser<StringSyntax> Undertaking = Tokens.QuotedText("what is to be done, in quotes");
    internal static readonly Parser<StringSyntax> Benchmark = Tokens.QuotedText("a benchmark rate in quotes, such as \"10-year US Treasury\"");
    internal static readonly Parser<NameSyntax> Mineral = Tokens.Name("a mineral such as NdPr or Li");
    internal static readonly Parser<NameSyntax> Stage = Tokens.Name("a production stage such as oxide or metal");
    internal static readonly Parser<NameSyntax> Unit = Tokens.Name("a unit such as kg or t", allowKeywords: true);
    internal static readonly Parser<TextSpan> Comma = Tokens.Symbol(",");

    internal static readonly Parser<TextSpan> From = Tokens.Keyword("from");
    internal static readonly Parser<TextSpan> Until = Tokens.Keyword("until");
    internal static readonly Parser<TextSpan> For = Tokens.Keyword("for");
    internal static readonly Parser<TextSpan> At = Tokens.Keyword("at");
    internal static readonly Parser<TextSpan> Per = Tokens.Keyword("per");
    internal static readonly Parser<TextSpan> To = Tokens.Keyword("to");
    internal static readonly Parser<TextSpan> On = Tokens.Keyword("on");
    internal static readonly Parser<TextSpan> Of = Tokens.Keyword("of");
    internal static readonly Parser<TextSpan> In = Tokens.Keyword("in");
    internal static readonly Parser<TextSpan> Year = Tokens.Keyword("year");

    // The words of the value productions: parsed as names (so that a misspelt unit gets a did-you-mean from
    // the binder) but registered as keywords, so they cannot be taken for a mineral or a stage.
    internal static readonly string[] UnitWords = { "g", "kg", "t", "lb", "mtu" };
    internal static readonly string[] BasisWords = { "gross", "contained", "REO", "LCE" };
    internal static readonly string[] DurationWords = { "day", "days", "month", "months", "year", "years" };
    internal static readonly string[] PeriodWords = { "monthly", "quarterly", "semi-annually", "annually" };
    internal static readonly string[] ScaleWords = { "thousand", "million", "billion" };

    internal static readonly Parser<NameSyntax> Basis = Tokens.OneOf("a basis such as gross or LCE", BasisWords);
    internal static readonly Parser<NameSyntax> ScaleWord = Tokens.OneOf("thousand, million or billion", ScaleWords);
    internal static readonly Parser<NameSyntax> DurationUnit = Tokens.OneOf("days, months or years", DurationWords);
    internal static readonly Parser<NameSyntax> Period = Tokens.OneOf("a period such as quarterly", PeriodWords);

    /// <summary>money = currency amount [scale]. Written by hand around the primitives because a scale word
    /// can push an amount past the decimal range, which must be a diagnostic rather than an exception.</summary>
    internal static readonly Parser<MoneySyntax> Money = [MethodImpl(Jit.Optimized)] (input) =>
    {
        var currency = Tokens.CurrencyCode(input);
        if (!currency.WasSuccessful)
        {
            return Results.Failure<MoneySyntax>(currency.Remainder, currency.Message, currency.Expectations);
        }

        var amount = Tokens.Amount(currency.Remainder);
        if (!amount.WasSuccessful)
        {
            return Results.Failure<MoneySyntax>(amount.Remainder, amount.Message, amount.Expectations);
        }

        var scale = ScaleWord(amount.Remainder);
        if (!scale.WasSuccessful)
        {
            return Results.Success(new MoneySyntax(currency.Value, amount.Value.Value, Cover(currency.Value.Span, amount.Value.Span)),
                amount.Remainder);
        }

        var factor = scale.Value.Text switch { "thousand" => 1_000m, "million" => 1_000_000m, _ => 1_000_000_000m };
        if (amount.Value.Value > decimal.MaxValue / factor)
        {
            var span = Cover(amount.Value.Span, scale.Value.Span);
            return Results.Failure<MoneySyntax>(scale.Remainder,
                LexicalFailure.Encode(DiagnosticCatalog.InvalidNumber, span.Start, span.End,
                    new[] { ((SourceInput)input).Source.Substring(span.Start, span.Length), "the amount is beyond the range of decimal numbers" }),
                Array.Empty<string>());
        }

        return Results.Success(new MoneySyntax(currency.Value, Scaled(amount.Value.Value, factor), Cover(currency.Value.Span, scale.Value.Span)),
            scale.Remainder);
    };

    /// <summary>The amount times its scale word, with no more decimals than the figure needs: "USD 1.5 million"
    /// is USD 1,500,000, not the 1,500,000.0 that decimal multiplication keeps, since drafts print an amount's
    /// figures with the decimals it carries.</summary>
    private static decimal Scaled(decimal amount, decimal factor)
    {
        var value = amount * factor;
        for (var decimals = (decimal.GetBits(value)[3] >> 16) & 0xFF; decimals > 0; decimals--)
        {
            var shorter = decimal.Round(value, decimals - 1);
            if (shorter != value)
            {
                break;
            }

            value = shorter;
        }

        return value;
    }

    internal static readonly Parser<NameSyntax?> OptionalBasis = Basis.Maybe();
    internal static readonly Parser<TextSpan> Plus = Tokens.Symbol("+");
    internal static readonly Parser<TextSpan> Arrow = Tokens.Symbol("->");
    internal static readonly Parser<TextSpan> EqualsSign = Tokens.Symbol("=");

    /// <summary>price = money "per" unit [basis].</summary>
    internal static readonly Parser<PriceSyntax> Price =
        from money in Money
        from per in Per
        from unit in Unit
        from basis in OptionalBasis
        select new PriceSyntax(money, unit, basis, Cover(money.Span, (basis ?? unit).Span));

    /// <summary>quantity = amount unit [basis].</summary>
    internal static readonly Parser<QuantitySyntax> Quantity =
        from amount in Tokens.Amount
        from unit in Unit
        from basis in OptionalBasis
        select new QuantitySyntax(amount, unit, basis, Cover(amount.Span, (basis ?? unit).Span));

    /// <summary>duration = integer unit.</summary>
    internal static readonly Parser<DurationSyntax> Duration =
        (from amount in Tokens.Integer
         from unit in DurationUnit
         select new DurationSyntax(amount, unit, Cover(amount.Span, unit.Span)))
        .Describe("a length of time such as 6 months or 10 years");

    internal static readonly Parser<DateSyntax?> OptionalUntil = (from u in Until from d in Tokens.Date select d).Maybe();

    /// <summary>validity = "from" date ["until" date].</summary>
    internal static readonly Parser<ValiditySyntax> Validity =
        from keyword in From
        from start in Tokens.Date
        from end in OptionalUntil
        select new ValiditySyntax(start, end, Cover(keyword, end?.Span ?? start.Span));

    /// <summary>term-of-clause = "for" duration | validity.</summary>
    internal static readonly Parser<TermSyntax> Term =
        (from keyword in For
         from duration in Duration
         select new TermSyntax(duration, null, Cover(keyword, duration.Span)))
        .XOr(from validity in Validity select new TermSyntax(null, validity, validity.Span));

    internal static readonly Parser<TermSyntax?> OptionalTerm = Term.Maybe();

    internal static readonly Parser<NameSyntax> EntryIntoForceWords =
        from e in Kw.Entry from i in Kw.Into from f in Kw.Force select new NameSyntax("entry into force", Cover(e, f));
    internal static readonly Parser<ValiditySyntax?> OptionalValidity = Validity.Maybe();
    internal static readonly Parser<DurationSyntax?> OptionalForDuration = (from f in For from d in Duration select d).Maybe();

    /// <summary>mineral-stage = mineral stage.</summary>
    internal static readonly Parser<MineralStageSyntax> MineralStage =
        from mineral in Mineral
        from stage in Stage
        select new MineralStageSyntax(mineral, stage, Cover(mineral.Span, stage.Span));

    internal static readonly Parser<IEnumerable<NameSyntax>> CodeList = Code.XDelimitedBy(Comma);

    internal static readonly Parser<IEnumerable<NameSyntax>> MineralList = Mineral.XDelimitedBy(Comma);

    /// <summary>rate = percentage | price | string "+" percentage.</summary>
    internal static readonly Parser<RateSyntax> Rate =
        (from percent in Tokens.Percent select new RateSyntax(percent, null, null, percent.Span))
        .XOr(from price in Price select new RateSyntax(null, price, null, price.Span))
        .XOr(from benchmark in Benchmark
             from plus in Plus
             from margin in Tokens.Percent
             select new RateSyntax(margin, null, benchmark, Cover(benchmark.Span, margin.Span)))
        .Describe("a rate: a percentage such as 4.25%, a price such as USD 0.50 per kg, or \"a benchmark\" + a margin");

    internal static readonly Parser<RateSyntax?> OptionalAtRate = (from keyword in At from rate in Rate select rate).Maybe();

    /// <summary>scope = "non-members" | "all" | code-list.</summary>
    internal static readonly Parser<ScopeSyntax> Scope =
        (from keyword in Tokens.OneOf("non-members or all", "non-members", "all")
         select new ScopeSyntax(keyword, Array.Empty<NameSyntax>(), keyword.Span))
        .XOr(from codes in CodeList
             let list = codes.ToArray()
             select new ScopeSyntax(null, list, Cover(list[0].Span, list[list.Length - 1].Span)));
}
