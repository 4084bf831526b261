using AgreementLang.Diagnostics;
using AgreementLang.Text;

namespace AgreementLang.Tests.Semantics;

/// <summary>Issue 14, items 17 to 19: blank texts (AGR120), amounts of money finer than their currency's minor unit
/// (AGR121), and a floor at reference price at dates its zone has no price for (AGR122).</summary>
public sealed class TextAndAmountTests
{
    private const string Zone = "zone FORGE \"f\" {\n  members US, JP\n  reference price NdPr oxide USD 110.00 per kg from 2026-03-01\n}\n";

    private static string Agreement(string title, string usName, string jpName, params string[] clauses) =>
        "agreement A " + title + " {\n  kind bilateral\n  signed 2026-02-04 at \"Tokyo\"\n  in force 2026-03-01\n  party US " + usName +
        "\n  party JP " + jpName + "\n" + string.Concat(clauses.Select(c => "  " + c + "\n")) + "}\n";

    [Theory]
    [InlineData("\"\"", "\"u\"", "\"j\"", "", 1, 13, "the title of agreement 'A' is empty (\"\")")]
    [InlineData("\"  \"", "\"u\"", "\"j\"", "", 1, 13, "the title of agreement 'A' is only white space (\"  \")")]
    [InlineData("\"a\"", "\"\\u00A0\"", "\"j\"", "", 5, 12, "the full name of party US in agreement 'A' is only white space (\"\\u00A0\")")]
    [InlineData("\"a\"", "\"u\"", "\"\t\u200B\"", "", 6, 12, "the full name of party JP in agreement 'A' is only white space (\"\\u0009\\u200B\")")]
    [InlineData("\"a\"", "\"u\"", "\"j\"", "obligation JP \" \" within 30 days of signature", 7, 17, "the text of the obligation of JP in 'A' is only white space")]
    [InlineData("\"a\"", "\"u\"", "\"j\"", "provision governing-law \"\"", 7, 27, "the text of the 'governing-law' provision of 'A' is empty")]
    public void A_blank_text_the_drafts_copy_is_an_error(string title, string us, string jp, string clause, int line, int column, string message)
    {
        var source = Agreement(title, us.Replace("\\u00A0", "\u00A0", StringComparison.Ordinal), jp, clause.Length == 0 ? Array.Empty<string>() : new[] { clause });
        var diagnostic = Assert.Single(Compile(source).Diagnostics);
        Assert.Equal("AGR120", diagnostic.Code);
        Assert.Equal((line, column), (diagnostic.Location.Start.Line, diagnostic.Location.Start.Column));
        Assert.StartsWith(message, diagnostic.Message);
    }

    [Theory]
    [InlineData("zone Z \"\" {\n  members US\n}\n", "the title of zone 'Z'")]
    [InlineData("institution EXIM \" \" of US\n", "the full name of institution 'EXIM'")]
    [InlineData("producer MP \"\" in US {\n}\n", "the full name of producer 'MP'")]
    [InlineData("facility F \"\" cap USD 1 {\n}\n", "the title of facility 'F'")]
    [InlineData("tariff line US 2805.30.0020 \"\" NdPr metal\n", "the description of tariff line US 2805.30.0020")]
    public void Declarations_need_words_too(string source, string what)
    {
        Assert.StartsWith(what + " is", Assert.Single(Compile(source).Diagnostics, d => d.Code == "AGR120").Message);
    }

    [Theory]
    [InlineData("facility F \"f\" cap USD 1.001 {\n}\n", "a facility's cap of USD 1.001 is finer than the minor unit of USD (US Dollar), which has 2 decimals: its smallest amount is USD 0.01")]
    [InlineData("facility F \"f\" cap JPY 100.5 {\n}\n", "a facility's cap of JPY 100.5 is finer than the minor unit of JPY (Yen), which has no decimals: its smallest amount is JPY 1")]
    [InlineData("facility F \"f\" cap KWD 1.0001 {\n}\n", "which has 3 decimals: its smallest amount is KWD 0.001")]
    [InlineData("facility F \"f\" cap USD 10 billion {\n  private capital USD 2,000.000000001 million\n}\n", "private capital of USD 2,000,000,000.001 is")]
    public void An_amount_of_money_finer_than_its_minor_unit_is_an_error(string source, string message)
    {
        var diagnostic = Assert.Single(Compile(source).Diagnostics, d => d.Code == "AGR121");
        Assert.Contains(message, diagnostic.Message);
    }

    [Fact]
    public void Loans_grants_and_investments_are_amounts_of_money()
    {
        var source = Agreement("\"a\"", "\"u\"", "\"j\"",
            "financing loan from US to JP USD 1.001 for 10 years",
            "financing grant from US to JP USD 0.5 within 6 months",
            "financing grant from US to JP JPY 0.5 within 6 months");
        var diagnostics = Compile(source).Diagnostics;
        Assert.Equal(new[] { ("AGR121", 7, 32), ("AGR121", 9, 33) }, diagnostics.Select(d => (d.Code, d.Location.Start.Line, d.Location.Start.Column)));
    }

    [Fact]
    public void Prices_per_unit_specific_duties_exchange_rates_and_percentages_may_be_finer()
    {
        var source = Zone + Agreement("\"a\"", "\"u\"", "\"j\"",
            "zone FORGE",
            "floor NdPr oxide at USD 110.0125 per kg",
            "tariff JP -> US NdPr metal USD 0.375 per kg from entry into force",
            "financing loan from US to JP USD 1.5 billion at 4.125% for 10 years",
            "exchange rate USD 1 = JPY 151.2345");
        Assert.DoesNotContain(Compile(source).Diagnostics, d => d.Code == "AGR121");
    }

    [Fact]
    public void A_floor_at_reference_price_before_its_zone_has_one_says_which_dates_have_no_price()
    {
        var source = Zone + Agreement("\"a\"", "\"u\"", "\"j\"", "zone FORGE", "floor NdPr oxide at reference price from 2026-01-01 until 2026-02-28");
        var diagnostic = Assert.Single(Compile(source).Diagnostics);
        Assert.Equal("AGR122", diagnostic.Code);
        Assert.Equal((12, 9), (diagnostic.Location.Start.Line, diagnostic.Location.Start.Column));
        Assert.Equal("zone FORGE has no reference price for NdPr oxide from 2026-01-01 until 2026-02-28, when this floor at its reference " +
                     "price applies: the zone's reference price for NdPr oxide applies only from 2026-03-01", diagnostic.Message);
    }

    [Fact]
    public void A_floor_that_outlasts_or_precedes_part_of_the_price_names_only_the_uncovered_dates()
    {
        var zone = "zone FORGE \"f\" {\n  members US, JP\n  reference price NdPr oxide USD 110.00 per kg from 2026-03-01 until 2026-12-31\n" +
                   "  reference price NdPr oxide USD 120.00 per kg from 2027-06-01 until 2027-12-31\n}\n";
        var source = zone + Agreement("\"a\"", "\"u\"", "\"j\"", "zone FORGE", "floor NdPr oxide at reference price from 2026-02-01 until 2028-01-31");
        var diagnostic = Assert.Single(Compile(source).Diagnostics, d => d.Code == "AGR122");
        Assert.Equal("zone FORGE has no reference price for NdPr oxide from 2026-02-01 until 2026-02-28 and from 2027-01-01 until 2027-05-31 " +
                     "and from 2028-01-01 until 2028-01-31, when this floor at its reference price applies: the zone's reference price for " +
                     "NdPr oxide applies only from 2026-03-01 until 2026-12-31 and from 2027-06-01 until 2027-12-31", diagnostic.Message);
    }

    [Fact]
    public void A_floor_at_a_reference_price_the_zone_lacks_is_no_longer_an_unknown_name()
    {
        var source = Zone + Agreement("\"a\"", "\"u\"", "\"j\"", "zone FORGE", "floor Dy oxide at reference price");
        var diagnostic = Assert.Single(Compile(source).Diagnostics);
        Assert.Equal("AGR122", diagnostic.Code);
        Assert.Equal("zone FORGE has no reference price for Dy oxide from 2026-03-01, when this floor at its reference price applies: " +
                     "the zone declares no reference price for Dy oxide", diagnostic.Message);
    }

    [Fact]
    public void A_floor_covered_by_the_zones_prices_is_clean()
    {
        var source = Zone + Agreement("\"a\"", "\"u\"", "\"j\"", "zone FORGE", "floor NdPr oxide at reference price");
        Assert.Empty(Compile(source).Diagnostics);
    }

    private static Compilation Compile(string text) => Compilation.Create(new[] { new SourceText("t.agr", text) });
}
