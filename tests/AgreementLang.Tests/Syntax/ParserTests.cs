using AgreementLang.Diagnostics;
using AgreementLang.Syntax;
using AgreementLang.Tests.Infrastructure;
using AgreementLang.Text;

namespace AgreementLang.Tests.Syntax;

[Trait("Runs", "agr")]
public sealed class ParserTests
{
    private const string Zone = """
        zone FORGE "FORGE preferential zone" {
          members US, JP, AU
          reference price NdPr oxide USD 110.00 per kg from 2026-03-01 review quarterly
        }
        """;

    [Fact]
    public void Every_node_knows_its_span()
    {
        var document = Parser.Parse("zone.agr", Zone);
        Assert.Empty(document.Diagnostics);
        var zone = Assert.IsType<ZoneSyntax>(Assert.Single(document.Declarations));
        Assert.Equal("FORGE", Zone.Substring(zone.Name.Span.Start, zone.Name.Span.Length));
        var price = Assert.IsType<ReferencePriceClause>(zone.Body[1]);
        Assert.Equal("reference price NdPr oxide USD 110.00 per kg from 2026-03-01 review quarterly",
            Zone.Substring(price.Span.Start, price.Span.Length));
        Assert.Equal("USD 110.00", Zone.Substring(price.Price.Money.Span.Start, price.Price.Money.Span.Length));
        Assert.Equal(110.00m, price.Price.Money.Amount);
        Assert.Equal("oxide", price.Subject.Stage.Text);
        Assert.Equal(Zone.Length, zone.Span.End);
    }

    [Fact]
    public void Comments_are_kept_with_their_spans()
    {
        const string text = "// leading\nzone Z { // trailing\n  members US // after\n}\n// final";
        var document = Parser.Parse("z.agr", text);
        Assert.Equal(new[] { "// leading", "// trailing", "// after", "// final" }, document.Comments.Select(c => c.Text));
        Assert.All(document.Comments, c => Assert.Equal(c.Text, text.Substring(c.Span.Start, c.Span.Length)));
    }

    [Fact]
    public void Three_broken_clauses_give_three_diagnostics_and_the_valid_clauses_around_them_bind()
    {
        const string text = """
            agreement US-JP-2026 "Agreement" {
              kind bilateral
              signed 2026-02-04 at "Washington, D.C."
              withdrawal notice six months
              in force on signature
              party US "the Government of the United States of America"
              tariff JP -> US NdPr oxide from entry into force
              party JP "the Government of Japan"
              financing loan from US AU USD 1 billion for 10 years
              obligation JP "conclude a memorandum of understanding" within 30 days of signature
            }
            """;
        var compilation = Agr.Compile(text);
        Assert.Equal(new[] { "AGR001", "AGR001", "AGR001" }, compilation.Codes());
        var agreement = Assert.Single(compilation.Model.Agreements);
        Assert.Equal(new[] { "US", "JP" }, agreement.Parties.Select(p => p.Code));
        Assert.Equal(new DateTime(2026, 2, 4), agreement.Signed);
        Assert.Single(agreement.Terms);
    }

    [Theory]
    [InlineData("facility X \"x\" cap 12 billion {\n}", "AGR001", "expected a currency code such as USD after 'cap', found '12'")]
    [InlineData("institution EXIM \"Export-Import Bank of the United States of US", "AGR002", "is not closed")]
    [InlineData("agreement A \"a\" {\n  signed 2026-02-30\n}", "AGR004", "February 2026 has no day 30")]
    [InlineData("facility X \"x\" cap USD 1,00,0 {\n}", "AGR003", "thousands separators")]
    [InlineData("facility X \"x\" cap USD 99999999999999999999999999 billion {\n}", "AGR003", "beyond the range")]
    [InlineData("agreement A \"a\" {\n  flor NdPr oxide at reference price\n}", "AGR007", "did you mean 'floor'?")]
    [InlineData("agremeent A \"a\" {\n}", "AGR007", "did you mean 'agreement'?")]
    [InlineData("zone Z {\n  members US\n", "AGR008", "never closed")]
    [InlineData("zone Z {\n}\n}", "AGR009", "closes no open block")]
    public void Syntax_errors_name_what_was_found_and_what_was_expected(string text, string code, string fragment)
    {
        var document = Parser.Parse("t.agr", text);
        var diagnostic = Assert.Single(document.Diagnostics, d => d.Code == code);
        Assert.Contains(fragment, diagnostic.Message);
        Assert.InRange(diagnostic.Location.Span.End, 0, text.Length);
    }

    [Fact]
    public void A_clause_that_takes_no_block_reports_its_brace_and_skips_the_block()
    {
        const string text = "zone Z {\n  members US {\n    junk { more }\n  }\n  non-market CN\n}";
        var document = Parser.Parse("t.agr", text);
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal("AGR001", diagnostic.Code);
        var zone = Assert.IsType<ZoneSyntax>(Assert.Single(document.Declarations));
        Assert.Equal(2, zone.Body.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("}")]
    [InlineData("\"")]
    [InlineData("zone")]
    [InlineData("zone Z {")]
    [InlineData("agreement A \"a\" {\n  floor NdPr oxide at")]
    [InlineData("agreement A \"a\" {\n  tariff JP -> US NdPr oxide 0% from")]
    [InlineData("\u0000\u0001\uFFFF\uD800")]
    [InlineData("agreement A \"a\" {\n  floor NdPr oxide at USD 1 per kg { { { } } }\n}")]
    public void Never_throws_on_odd_input(string text)
    {
        var compilation = Agr.Compile(text);
        Assert.All(compilation.Diagnostics, d => Assert.InRange(d.Location.Span.End, 0, text.Length));
    }

    [Fact]
    public void Deep_nesting_in_process_is_a_diagnostic_not_a_stack_overflow()
    {
        var text = "agreement A \"a\" {\n" + new string('{', 5000) + new string('}', 5000) + "\n}";
        var document = Parser.Parse("deep.agr", text);
        Assert.Contains(document.Diagnostics, d => d.Code == "AGR005");
    }

    [Fact]
    public void A_hundred_thousand_nested_braces_give_a_diagnostic_in_a_child_process()
    {
        var folder = Directory.CreateTempSubdirectory("agr-deep-");
        try
        {
            var path = Path.Combine(folder.FullName, "deep.agr");
            File.WriteAllText(path, new string('{', 100_000));
            var result = Agr.Run(TimeSpan.FromSeconds(60), folder.FullName, "check", "deep.agr");
            Assert.False(result.TimedOut, "agr check did not finish");
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("deep.agr(1,33): error AGR005:", result.Stdout);
            Assert.Contains("deep.agr(1,16385): error AGR010:", result.Stdout);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_line_above_the_length_limit_is_reported_and_still_parsed()
    {
        var text = "zone Z \"" + new string('x', Parser.MaxLineLength) + "\" {\n  members US\n}";
        var document = Parser.Parse("long.agr", text);
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal("AGR010", diagnostic.Code);
        Assert.Equal(new LinePosition(1, Parser.MaxLineLength + 1), diagnostic.Location.Start);
        Assert.Single(document.Declarations);
    }

    [Fact]
    public void A_file_above_the_size_limit_is_refused_with_a_diagnostic()
    {
        var text = new string(' ', Parser.MaxFileLength + 1);
        var document = Parser.Parse("big.agr", text);
        Assert.Equal("AGR006", Assert.Single(document.Diagnostics).Code);
    }

    [Fact]
    public void Line_and_column_count_from_one_in_utf16_code_units_with_crlf()
    {
        const string text = "zone Z {\r\n  members US, XX\r\n}";
        var compilation = Agr.Compile(text);
        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal(new LinePosition(2, 15), diagnostic.Location.Start);
    }
}
