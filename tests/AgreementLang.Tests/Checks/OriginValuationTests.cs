using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Syntax;
using AgreementLang.Formatting;
using AgreementLang.Text;
using static AgreementLang.Tests.Checks.CheckSets;

namespace AgreementLang.Tests.Checks;

/// <summary>Rules of origin with a valuation method ("by transaction value", "by net cost") and an either/or group
/// of criteria: parsed, bound, printed back and formatted unchanged; AGR309 compares the method and the group.</summary>
public sealed class OriginValuationTests
{
    private const string Later = "signed 2026-03-10\nin force 2026-04-01\nterm 10 years";

    private static OriginRule Rule(string origin)
    {
        var compilation = Compilation.Create([new SourceText("a.agr", Forge + "\n" + Agreement("US-AU-2026", origin, "US, AU"))]);
        Assert.True(compilation.Diagnostics.All(d => string.CompareOrdinal(d.Code, "AGR200") >= 0), Render(compilation.Diagnostics));
        return Assert.Single(compilation.Model.Agreements.Single().Terms.OfType<OriginRule>());
    }

    [Fact]
    public void A_content_test_binds_its_valuation_method_and_none_when_it_states_none()
    {
        Assert.Equal(OriginValuation.TransactionValue, Rule("origin NdPr oxide requires 60% zone content by transaction value").Valuation);
        Assert.Equal(OriginValuation.NetCost, Rule("origin NdPr oxide requires 60% zone content by net cost").Valuation);
        var plain = Rule("origin NdPr oxide requires 60% zone content, consigned from members only");
        Assert.Null(plain.Valuation);
        Assert.Null(plain.Alternatives);
        Assert.Equal(new Percentage(60m), plain.ZoneContent);
    }

    [Fact]
    public void Criteria_joined_by_or_bind_as_the_rules_either_or_group_and_the_others_all_apply()
    {
        var rule = Rule("origin Li carbonate requires 40% zone content by net cost or change of tariff heading, consigned from members only");
        Assert.True(rule.ConsignedFromMembersOnly);
        Assert.Null(rule.ZoneContent);
        Assert.False(rule.ChangeOfTariffHeading);
        var expected = new OriginAlternatives([new OriginCriterion(OriginCriterionKind.ZoneContent, new Percentage(40m), OriginValuation.NetCost),
            new OriginCriterion(OriginCriterionKind.ChangeOfTariffHeading)]);
        Assert.True(expected.Equals(rule.Alternatives), rule.Alternatives + " is not " + expected);
    }

    [Theory]
    [InlineData("origin NdPr oxide requires 60% zone content by transaction value or 50% zone content by net cost, consigned from members only")]
    [InlineData("origin Li carbonate requires consigned from members only, 40% zone content by net cost or change of tariff heading, foreign entity below 25%")]
    [InlineData("origin NdPr magnet requires 60% zone content by net cost")]
    public void A_rule_prints_back_to_the_same_model_and_formats_unchanged(string origin)
    {
        var text = Forge + "\n" + Agreement("US-AU-2026", origin, "US, AU");
        var compilation = Compilation.Create([new SourceText("a.agr", text)]);
        var printed = ModelPrinter.Print(compilation.Model);
        var again = Compilation.Create([new SourceText("a.agr", printed)]);
        Assert.Equal(compilation.Model.Agreements.Single().Terms.OfType<OriginRule>().Single() with { Location = null!, Period = default! },
            again.Model.Agreements.Single().Terms.OfType<OriginRule>().Single() with { Location = null!, Period = default! });

        var formatted = Formatter.Format(Parser.Parse("a.agr", text));
        Assert.Equal(formatted, Formatter.Format(Parser.Parse("a.agr", formatted)));
        Assert.Contains(origin, formatted, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_has_at_most_one_either_or_group()
    {
        var document = Parser.Parse("a.agr", Agreement("US-AU-2026",
            "origin NdPr oxide requires 60% zone content or change of tariff heading, consigned from members only or foreign entity below 25%", "US, AU"));
        Assert.Contains(document.Diagnostics, d => d.Code.StartsWith("AGR0", StringComparison.Ordinal));
    }

    [Fact]
    public void Different_valuation_methods_disagree_and_the_message_names_both()
    {
        var d = Check(Forge,
                Agreement("US-AU-2026", "origin NdPr oxide requires 60% zone content by transaction value", "US, AU"),
                Agreement("US-KR-2026", "origin NdPr oxide requires 60% zone content by net cost", "US, KR", life: Later))
            .Single(DiagnosticCatalog.OriginRulesDisagree);
        Assert.Equal("rule of origin for NdPr oxide requires 60% zone content by net cost here but 60% zone content by transaction value in " +
                     "US-AU-2026 (b.agr(9,1)); rules of origin in zone FORGE must agree from 2026-04-01", d.Message);
    }

    [Theory]
    [InlineData("origin NdPr oxide requires 60% zone content by net cost", "origin NdPr oxide requires 60% zone content")]
    [InlineData("origin NdPr oxide requires 60% zone content by net cost or change of tariff heading",
        "origin NdPr oxide requires 60% zone content by net cost, change of tariff heading")]
    [InlineData("origin NdPr oxide requires 60% zone content by net cost or change of tariff heading",
        "origin NdPr oxide requires 50% zone content by net cost or change of tariff heading")]
    public void A_stated_method_against_none_or_a_different_group_disagrees(string first, string second)
    {
        var d = Check(Forge,
                Agreement("US-AU-2026", first, "US, AU"),
                Agreement("US-KR-2026", second, "US, KR", life: Later))
            .Single(DiagnosticCatalog.OriginRulesDisagree);
        Assert.Contains("here but", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("origin NdPr oxide requires 60% zone content by net cost, consigned from members only",
        "origin NdPr oxide requires consigned from members only, 60% zone content by net cost")]     // the same method, another order
    [InlineData("origin NdPr oxide requires 60% zone content by transaction value or 50% zone content by net cost, consigned from members only",
        "origin NdPr oxide requires consigned from members only, 50% zone content by net cost or 60% zone content by transaction value")] // the same group reordered
    [InlineData("origin NdPr oxide requires 60% zone content by transaction value",
        "origin NdPr magnet requires 60% zone content by net cost")]                                  // another stage
    public void The_same_method_and_group_in_another_order_or_another_stage_stay_silent(string first, string second)
    {
        Check(Forge,
            Agreement("US-AU-2026", first, "US, AU"),
            Agreement("US-KR-2026", second, "US, KR", life: Later)).None(DiagnosticCatalog.OriginRulesDisagree);
    }
}
