using AgreementLang.Model;
using AgreementLang.Rendering.Text;

namespace AgreementLang.Rendering.Tests;

public class TextTests
{
    [Theory]
    [InlineData("10000000000", "ten billion United States dollars (USD 10,000,000,000)")]
    [InlineData("110.00", "one hundred and ten United States dollars (USD 110.00)")]
    [InlineData("110.50", "one hundred and ten United States dollars and fifty cents (USD 110.50)")]
    [InlineData("1", "one United States dollar (USD 1)")]
    [InlineData("1250000", "one million two hundred and fifty thousand United States dollars (USD 1,250,000)")]
    [InlineData("1005", "one thousand and five United States dollars (USD 1,005)")]
    [InlineData("12000", "twelve thousand United States dollars (USD 12,000)")]
    public void Amounts_in_words_and_figures(string amount, string expected) =>
        Assert.Equal(expected, LegalText.Money(new Money("USD", decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture))));

    [Fact]
    public void Other_currencies_are_named_in_prose() =>
        Assert.Equal("one billion Australian dollars (AUD 1,000,000,000)", LegalText.Money(new Money("AUD", 1_000_000_000m)));

    [Theory]
    [InlineData("40", "forty per cent (40%)")]
    [InlineData("4.25", "four and one quarter per cent (4.25%)")]
    [InlineData("2.5", "two and one half per cent (2.5%)")]
    [InlineData("1.00", "one per cent (1.00%)")]
    [InlineData("2.35", "two point three five per cent (2.35%)")]
    [InlineData("100", "one hundred per cent (100%)")]
    [InlineData("0", "zero per cent (0%)")]
    public void Percentages_in_words_and_figures(string value, string expected) =>
        Assert.Equal(expected, LegalText.Percent(new Percentage(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture))));

    [Theory]
    [InlineData(2026, 2, 4, "4 February 2026")]
    [InlineData(2036, 2, 28, "28 February 2036")]
    [InlineData(2026, 12, 1, "1 December 2026")]
    public void Dates_in_long_form(int year, int month, int day, string expected) =>
        Assert.Equal(expected, LegalText.Date(new DateTime(year, month, day)));

    [Fact]
    public void Durations_quantities_and_prices_in_words_and_figures()
    {
        Assert.Equal("thirty (30) days", LegalText.Duration(new Duration(30, TimeUnit.Day)));
        Assert.Equal("one (1) year", LegalText.Duration(new Duration(1, TimeUnit.Year)));
        Assert.Equal("ten thousand tonnes (10,000 t)", LegalText.Quantity(new Quantity(10_000m, MassUnit.Tonne, QuantityBasis.Gross)));
        Assert.Equal("twelve thousand United States dollars (USD 12,000) per tonne of lithium carbonate equivalent (LCE)",
            LegalText.UnitPrice(new UnitPrice(new Money("USD", 12_000m), MassUnit.Tonne, QuantityBasis.LithiumCarbonateEquivalent)));
    }

    [Theory]
    [InlineData(0, "zero")]
    [InlineData(15, "fifteen")]
    [InlineData(42, "forty-two")]
    [InlineData(101, "one hundred and one")]
    [InlineData(999_999, "nine hundred and ninety-nine thousand nine hundred and ninety-nine")]
    [InlineData(2_000_000_001, "two billion and one")]
    public void Cardinals(long number, string expected) => Assert.Equal(expected, NumberWords.Cardinal(number));

    [Fact]
    public void Names_drop_the_government_and_reorder_catalogue_names()
    {
        Assert.Equal("Japan", Names.ShortName("the Government of Japan"));
        Assert.Equal("the United States of America", Names.ShortName("the United States of America, acting through the Department of Defense"));
        Assert.Equal("the Republic of Korea", Names.Country("KR"));
        Assert.Equal("the United Kingdom", Names.Country("GB"));
        Assert.Equal("India", Names.Country("IN"));
    }

    [Theory]
    [InlineData("Japan", "", "Japan")]
    [InlineData("Japan|Australia", "", "Japan and Australia")]
    [InlineData("Japan|Australia|India", "", "Japan, Australia and India")]
    [InlineData("the United States of America, acting through the Department of Defense|MP Materials Corp.", "",
        "the United States of America, acting through the Department of Defense, and MP Materials Corp.")]
    [InlineData("MP Materials Corp.|the United States of America, acting through the Department of Defense", "",
        "MP Materials Corp. and the United States of America, acting through the Department of Defense")]
    [InlineData("it is wholly obtained|less than 25% of the votes, board seats or equity is held|it is consigned", "or",
        "it is wholly obtained; less than 25% of the votes, board seats or equity is held; or it is consigned")]
    public void Lists_join_with_and_and_part_items_that_hold_commas(string items, string conjunction, string expected)
    {
        var list = items.Split('|');
        Assert.Equal(expected, conjunction.Length == 0 ? Names.JoinAnd(list) : Names.JoinAnd(list, conjunction));
    }
}
