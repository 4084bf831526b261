using System.Collections.Immutable;
using AgreementLang.Diagnostics;
using AgreementLang.Formatting;
using AgreementLang.Model;
using AgreementLang.Rendering;
using AgreementLang.Rendering.Legal;
using AgreementLang.Syntax;
using AgreementLang.Tests.Properties;
using Xunit.Abstractions;
using AgreementLang.Text;

namespace AgreementLang.Tests.Fidelity;

/// <summary>Drafts read back against their sources (<see cref="DraftFidelity"/>): the examples, their consolidated
/// texts, 1,000 and more generated agreements, and mutations that a faithful reading must catch.</summary>
public class FidelityTests(ITestOutputHelper output)
{
    private static readonly DraftRenderer Renderer = new();

    private static AgreementSet Forge()
    {
        var files = Directory.GetFiles(Infrastructure.Repository.PathOf("examples/forge"), "*.agr").Order(StringComparer.Ordinal)
            .Select(p => new SourceText("examples/forge/" + Path.GetFileName(p), File.ReadAllText(p)));
        var compilation = Compilation.Create(files);
        Assert.DoesNotContain(compilation.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        return compilation.Model;
    }

    private static List<string> Check(AgreementSet set, Agreement agreement, Draft? draft = null)
    {
        draft ??= Renderer.Build(set, agreement);
        return DraftFidelity.Problems(set, agreement, draft, Renderer.Markdown(draft));
    }

    [Fact]
    public void Every_example_draft_says_what_its_sources_say_and_nothing_more()
    {
        var set = Forge();
        Assert.NotEmpty(set.Agreements);
        var problems = set.Agreements.SelectMany(a => Check(set, a).Select(p => a.Name + ": " + p)).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_consolidated_example_says_what_its_amended_sources_say()
    {
        var set = Forge();
        var date = new DateTime(2027, 6, 1);
        var problems = new List<string>();
        foreach (var agreement in set.Agreements)
        {
            var consolidated = Consolidation.AsOf(set, agreement, date).Agreement;
            problems.AddRange(Check(set, consolidated, Renderer.BuildConsolidated(set, agreement, date)).Select(p => agreement.Name + ": " + p));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Generated_agreements_are_drafted_faithfully()
    {
        // Generated models printed as text and bound again, so that every term has a real place in a source.
        var agreements = 0;
        var problems = new List<string>();
        for (var seed = 1; agreements < 1_000; seed++)
        {
            var text = ModelPrinter.Print(ModelFactory.Build(seed, 12));
            var set = Compilation.Create([new SourceText("generated/" + seed + ".agr", text)]).Model;
            foreach (var agreement in set.Agreements)
            {
                agreements++;
                problems.AddRange(Check(set, agreement).Select(p => $"seed {seed}, {agreement.Name}: {p}"));
            }

            Assert.True(seed < 5_000, "the generator made too few agreements");
        }

        output.WriteLine($"{agreements} generated agreements read back against their sources");
        Assert.True(problems.Count == 0, problems.Count + " problems, the first:\n" + string.Join("\n", problems.Take(20)));
    }

    [Fact]
    public void A_dropped_clause_is_caught()
    {
        var set = Forge();
        var agreement = set.Agreements.Single(a => a.Name == "US-JP-2026");
        var draft = Renderer.Build(set, agreement);
        var mutated = draft with { Articles = [.. draft.Articles.Where(a => a.Family != "mfn")] };
        var problems = Check(set, agreement, mutated);
        // Only the definition of NdPr Oxide still cites the clause: what the clause says is gone.
        Assert.Contains(problems, p => p.StartsWith("mfn JP NdPr oxide Tariff (us-japan.agr:45): the provisions citing it do not say 'Japan'", StringComparison.Ordinal));
        Assert.Empty(Check(set, agreement));
    }

    [Fact]
    public void The_MP_draft_states_the_financing_terms_and_the_ownership_and_dropping_them_is_caught()
    {
        var set = Forge();
        var agreement = set.Agreements.Single(a => a.Name == "US-MP-2025");
        var draft = Renderer.Build(set, agreement);
        var markdown = Renderer.Markdown(draft);
        Assert.Contains("convertible preferred equity, convertible at a conversion price of thirty United States dollars and three cents (USD 30.03) per share", markdown, StringComparison.Ordinal);
        Assert.Contains("warrants exercisable at thirty United States dollars and three cents (USD 30.03) per share for a term of ten (10) years", markdown, StringComparison.Ordinal);
        Assert.Contains("The proceeds are to be used for the expansion of heavy rare-earth separation at Mountain Pass, California.", markdown, StringComparison.Ordinal);
        Assert.Contains("\"MP Materials Corp.\" means the producer of that name, owned as to fifteen per cent (15%) by the United States Department of Defense from 10 July 2025", markdown, StringComparison.Ordinal);
        Assert.Empty(Check(set, agreement));

        static string Cut(string text) => text
            .Replace(" The financing takes the form of convertible preferred equity, convertible at a conversion price of thirty United States dollars and three cents (USD 30.03) per share.", "", StringComparison.Ordinal)
            .Replace("owned as to fifteen per cent (15%) by the United States Department of Defense", "owned as to", StringComparison.Ordinal);
        DraftParagraph Drop(DraftParagraph p) => p with { Text = Cut(p.Text), Items = [.. p.Items.Select(i => i with { Text = Cut(i.Text) })] };
        var mutated = draft with { Articles = [.. draft.Articles.Select(a => a with { Paragraphs = [.. a.Paragraphs.Select(Drop)] })] };
        var problems = Check(set, agreement, mutated);
        Assert.Contains(problems, p => p.StartsWith("equity DOD->MP", StringComparison.Ordinal) && p.Contains("do not say 'convertible preferred equity'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("offtake MP->US", StringComparison.Ordinal) && p.Contains("do not say '15%'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_swapped_grantor_is_caught()
    {
        var set = Forge();
        var agreement = set.Agreements.Single(a => a.Name == "US-JP-2026");
        var draft = Renderer.Build(set, agreement);

        // What the draft said before: Japan, the beneficiary, accords the treatment to itself.
        DraftParagraph Swap(DraftParagraph p) => p with { Text = p.Text.Replace("If the United States of America accords", "If Japan accords", StringComparison.Ordinal) };
        var mutated = draft with { Articles = [.. draft.Articles.Select(a => a.Family == "mfn" ? a with { Paragraphs = [.. a.Paragraphs.Select(Swap)] } : a)] };
        Assert.NotEqual(Renderer.Markdown(draft), Renderer.Markdown(mutated));
        Assert.Contains(Check(set, agreement, mutated), p => p.Contains("the United States of America must accord the treatment to Japan", StringComparison.Ordinal));
    }

    [Fact]
    public void An_invented_date_amount_or_withdrawal_right_is_caught()
    {
        var set = Forge();
        var agreement = set.Agreements.Single(a => a.Name == "FORGE-2026");
        var draft = Renderer.Build(set, agreement);
        DraftParagraph Add(DraftParagraph p, string sentence) => p with { Text = p.Text + " " + sentence };
        var final = draft.Articles.Single(a => a.Family == "final-provisions");
        var invented = draft with
        {
            Articles = draft.Articles.Replace(final, final with
            {
                Paragraphs = final.Paragraphs.Add(new DraftParagraph(99, "The Parties shall review it on 5 April 2026 at a cost of USD 7,000,000 over four (4) years.", []))
                    .SetItem(0, Add(final.Paragraphs[0], "Withdrawal shall take effect on the date of that notice; any Party may withdraw at once.")),
            }),
        };
        var problems = Check(set, agreement, invented);
        Assert.Contains(problems, p => p.Contains("5 April 2026, which no source gives", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("USD 7,000,000, which no source gives", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("(4) years, which no source gives", StringComparison.Ordinal));
        Assert.Empty(Check(set, agreement));

        var contract = set.Agreements.Single(a => a.Name == "US-MP-2025") with { WithdrawalNotice = null };
        var withRight = Renderer.Build(set, set.Agreements.Single(a => a.Name == "US-MP-2025"));
        Assert.Contains(Check(set, contract, withRight), p => p.Contains("right of withdrawal", StringComparison.Ordinal));
    }
}
