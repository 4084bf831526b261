using System.Text.RegularExpressions;
using AgreementLang.Model;
using AgreementLang.Rendering.Legal;

namespace AgreementLang.Rendering.Tests;

/// <summary>The findings of the lawyer's review (issue 13), one test each: every one of these failed on the
/// drafts of 4 December 2026, before forms, provenance and the model walk.</summary>
public class FaithfulDraftTests
{
    private static readonly DraftRenderer Renderer = new();

    private static string Markdown(string name) => Renderer.Markdown(Renderer.Build(Forge.Model, Forge.Agreement(name)));

    [Fact]
    public void Finding_1_no_withdrawal_right_that_the_source_does_not_state()
    {
        // FORGE-2026 states its notice; an agreement without one gets no right at all, not an immediate one.
        var silent = Forge.Agreement("US-JP-2026") with { WithdrawalNotice = null };
        var draft = Renderer.Markdown(Renderer.Build(Forge.Model, silent));
        Assert.DoesNotContain("withdraw", draft, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("on the date of that notice", draft, StringComparison.Ordinal);
        Assert.Contains("Either Party may withdraw from this Agreement by written notice to the other Party. Withdrawal shall take effect six (6) months after the date of that notice.",
            Markdown("US-JP-2026"), StringComparison.Ordinal);
    }

    [Fact]
    public void Finding_2_the_mfn_clause_binds_the_other_party_for_the_party_it_names()
    {
        var markdown = Markdown("US-JP-2026");
        Assert.Contains("If the United States of America accords to a third country a lower customs duty on NdPr Oxide than it accords under this Agreement to Japan, " +
                        "it shall accord the same treatment to Japan immediately and unconditionally.", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("If a Party accords", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Finding_4_annex_I_gives_no_date_the_sources_do_not_give()
    {
        // FORGE-2026 enters into force 60 days after notifications: no date is known, and none is printed.
        var markdown = Markdown("FORGE-2026");
        Assert.DoesNotContain("5 April 2026", markdown, StringComparison.Ordinal);
        Assert.Contains("| NdPr | oxide | 2846.90 | USD 110.00 (Reference Price) | per kg | entry into force |", markdown, StringComparison.Ordinal);
        // Where the agreement enters into force on a date, that date is the floor's.
        Assert.Contains("| per kg | 1 March 2026 |", Markdown("US-JP-2026"), StringComparison.Ordinal);
    }

    [Fact]
    public void Finding_5_the_offtake_keeps_its_duration_and_starts_with_the_plant()
    {
        Assert.Contains("one hundred per cent (100%) of its production capacity of NdPr Magnet, being ten thousand tonnes (10,000 t) per year, " +
                        "for a period of ten (10) years from 1 January 2028", Markdown("US-MP-2025"), StringComparison.Ordinal);
    }

    [Fact]
    public void Finding_6_a_contract_with_a_company_is_not_drafted_as_a_treaty()
    {
        var draft = Renderer.Build(Forge.Model, Forge.Agreement("US-MP-2025"));
        var markdown = Renderer.Markdown(draft);
        Assert.Equal(InstrumentForm.Contract, draft.Form);
        Assert.DoesNotContain("their economies", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("authentic", markdown, StringComparison.Ordinal);
        // A floor stated at a price is no reference price: no heading may say there is one.
        Assert.DoesNotContain("Reference Price", markdown, StringComparison.Ordinal);
        Assert.Contains("## Article 2 — Price Floors", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("tariff commitments", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Each Party shall maintain", markdown, StringComparison.Ordinal);
        Assert.Contains("The United States of America shall maintain one hundred and ten United States dollars (USD 110.00) per kilogram as the Floor Price", markdown, StringComparison.Ordinal);
        // The contract's own clauses, as the source states them, and nothing in their place where it does not.
        Assert.Contains("This Agreement shall be governed by the federal law of the United States of America.", markdown, StringComparison.Ordinal);
        Assert.Contains("Signed at Washington, D.C., on 10 July 2025.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Finding_7_every_definition_is_used_and_says_no_more_than_the_source()
    {
        foreach (var agreement in Forge.Model.Agreements)
        {
            var draft = Renderer.Build(Forge.Model, agreement);
            if (draft.Articles.SingleOrDefault(a => a.Family == "definitions") is not { } definitions)
            {
                continue;
            }

            var elsewhere = string.Join("\n", draft.Articles.Where(a => a != definitions).SelectMany(a => a.Paragraphs).SelectMany(p => p.Items.Select(i => i.Text).Prepend(p.Text))) +
                            string.Join("\n", definitions.Paragraphs.SelectMany(p => p.Items).Select(i => i.Text)) +
                            string.Join("\n", draft.Annexes.Select(a => a.Heading));
            foreach (var item in definitions.Paragraphs.SelectMany(p => p.Items))
            {
                var term = Regex.Match(item.Text, "^\"([^\"]+)\"").Groups[1].Value;
                var uses = Regex.Matches(elsewhere, Regex.Escape(term)).Count;
                Assert.True(uses > 1, $"{agreement.Name}: \"{term}\" is defined but never used");
                Assert.DoesNotContain("owned or controlled", item.Text, StringComparison.Ordinal);
            }
        }

        Assert.Contains("\"Foreign Entity of Concern\" means China, which the Preferential Zone designates as a foreign entity of concern", Markdown("US-EU-2026"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("US-AU-2025")]
    [InlineData("US-EU-2026")]
    [InlineData("US-MX-2026")]
    public void Finding_8_a_non_binding_instrument_speaks_of_intentions_only(string name)
    {
        var markdown = Markdown(name);
        Assert.DoesNotContain(" shall ", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Obligations", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Tariff Commitments", markdown, StringComparison.Ordinal);
        Assert.Contains("Participant", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Finding_8_the_us_australia_framework_states_its_financing_once()
    {
        var markdown = Markdown("US-AU-2025");
        Assert.Equal(2, Regex.Matches(markdown, "one billion United States dollars").Count);
        Assert.DoesNotContain("at least USD 1 billion", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Finding_9_a_facility_that_is_not_a_party_is_not_bound()
    {
        var markdown = Markdown("US-JP-2026");
        Assert.DoesNotContain("shall be made available by Project Vault", markdown, StringComparison.Ordinal);
        Assert.Contains("The Parties intend that one billion United States dollars (USD 1,000,000,000) be made available by Project Vault to Japan as a loan", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_provision_cites_its_sources_or_is_the_forms_listed_wording()
    {
        var draft = Renderer.Build(Forge.Model, Forge.Agreement("US-JP-2026"));
        var html = Renderer.Html(draft);
        Assert.Contains("<p class=\"para\" id=\"art_8__para_1\" data-source=\"us-japan.agr:45 \"", html.Replace("\" title", " \" title"), StringComparison.Ordinal);
        var boilerplate = DraftTrace.Boilerplate(draft).Select(p => p.Text).ToList();
        Assert.Contains("Have agreed as follows:", boilerplate);
        Assert.Contains("The text of this Agreement in the English language is authentic.", boilerplate);
        Assert.All(DraftTrace.Provisions(draft).Where(p => p.Text.Contains("Japan", StringComparison.Ordinal) && p.Where.StartsWith("Article", StringComparison.Ordinal)),
            p => Assert.False(p.IsBoilerplate, p.Where + " names a party but cites no source"));
    }
}
