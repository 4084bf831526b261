using System.Text.RegularExpressions;
using AgreementLang.Text;

namespace AgreementLang.Rendering.Tests;

/// <summary>The conventions of a treaty text: non-binding instruments speak of Participants and intentions;
/// definitions are built from the terms used, each defined once, in order, and used outside Article 1.</summary>
public class WordingTests
{
    private static readonly DraftRenderer Renderer = new();

    [Theory]
    [InlineData("US-AU-2025")]
    [InlineData("US-EU-2026")]
    [InlineData("US-MX-2026")]
    public void Non_binding_instruments_use_participants_and_intentions(string name)
    {
        var markdown = Renderer.Markdown(Renderer.Build(Forge.Model, Forge.Agreement(name)));
        Assert.DoesNotContain(" shall ", markdown);
        Assert.DoesNotMatch(new Regex(@"\bPart(y|ies)\b"), markdown);
        Assert.Contains("Participants", markdown);
        Assert.Matches(new Regex(@"\bintends? to\b"), markdown);
        Assert.Contains("not intended to create legally binding obligations", markdown);
        Assert.DoesNotContain("IN WITNESS WHEREOF", markdown);
    }

    [Theory]
    [InlineData("US-JP-2026")]
    [InlineData("FORGE-2026")]
    [InlineData("US-MP-2025")]
    public void Binding_agreements_use_parties_and_shall(string name)
    {
        var markdown = Renderer.Markdown(Renderer.Build(Forge.Model, Forge.Agreement(name)));
        Assert.Contains(" shall ", markdown);
        Assert.Contains("collectively as the \"Parties\"", markdown);
        Assert.DoesNotContain("Participant", markdown);
        Assert.Contains("IN WITNESS WHEREOF", markdown);
    }

    [Theory]
    [MemberData(nameof(Forge.AgreementNames), MemberType = typeof(Forge))]
    public void Every_defined_term_is_defined_once_in_order_and_used_elsewhere(string name)
    {
        var draft = Renderer.Build(Forge.Model, Forge.Agreement(name));
        var definitions = draft.Articles.FirstOrDefault(a => a.Family == "definitions");
        if (definitions is null)
        {
            return;
        }

        var terms = definitions.Paragraphs.SelectMany(p => p.Items).Select(i => Regex.Match(i.Text, "^\"([^\"]+)\"").Groups[1].Value).ToArray();
        Assert.NotEmpty(terms);
        Assert.Equal(terms.Distinct().Count(), terms.Length);
        Assert.Equal(terms.OrderBy(t => t, StringComparer.OrdinalIgnoreCase).ToArray(), terms);

        // Each term is used somewhere other than in its own definition: in another definition, an article,
        // the closing or an annex.
        var definitionTexts = definitions.Paragraphs.SelectMany(p => p.Items).Select(i => i.Text).ToArray();
        var elsewhere = string.Join("\n",
            draft.Articles.Where(a => a.Family != "definitions").SelectMany(a => a.Paragraphs).SelectMany(p => new[] { p.Text }.Concat(p.Items.Select(i => i.Text)))
                .Concat(draft.Annexes.SelectMany(a => a.Tables).SelectMany(t => t.Rows.SelectMany(r => r).Concat(t.Caption is null ? [] : [t.Caption]))));
        foreach (var term in terms)
        {
            var inOtherDefinitions = definitionTexts.Any(text => !text.StartsWith("\"" + term + "\"", StringComparison.Ordinal) && text.Contains(term, StringComparison.Ordinal));
            Assert.True(elsewhere.Contains(term, StringComparison.Ordinal) || inOtherDefinitions, $"\"{term}\" is defined but never used in {name}");
        }
    }

    [Fact]
    public void Articles_point_to_their_annexes_and_relative_deadlines_resolve_to_dates()
    {
        var markdown = Renderer.Markdown(Renderer.Build(Forge.Model, Forge.Agreement("US-JP-2026")));
        Assert.Contains("as set out in Annex I.", markdown);
        Assert.Contains("as set out in Annex II.", markdown);
        Assert.Contains("on the terms set out in Annex III.", markdown);
        Assert.Contains("as set out in Annex IV.", markdown);
        Assert.Contains("\"Adjustable Tariff\" means the duty described in Article 3", markdown);
        Assert.Contains("within thirty (30) days after the date of signature of this Agreement, that is, no later than 6 March 2026", markdown);
        Assert.Contains("| National line | Description | Stage | Base rate | Commitment | Floor | Mechanism | Cap | Review |", markdown);
        Assert.Contains("DONE at Washington, D.C., on 4 February 2026, in duplicate, in the English language.", markdown);
        Assert.Contains("| FOR THE GOVERNMENT OF THE UNITED STATES OF AMERICA | FOR THE GOVERNMENT OF JAPAN |", markdown);
    }

    [Fact]
    public void A_forced_draft_is_marked_as_containing_unresolved_conflicts()
    {
        var draft = Renderer.Build(Forge.Model, Forge.Agreement("US-JP-2026"), ["examples/forge/us-japan.agr(20,3): error AGR301: conflicting floors"]);
        Assert.Contains("DRAFT WITH UNRESOLVED CONFLICTS", Renderer.Markdown(draft));
        Assert.Contains("error AGR301: conflicting floors", Renderer.Html(draft));
        Assert.Contains("UNRESOLVED CONFLICTS", Forge.DocumentXml(Renderer.Render(draft, DraftFormat.Docx)));
    }

    [Theory]
    [InlineData("USD 1.5 million", "one million five hundred thousand United States dollars (USD 1,500,000)")]
    [InlineData("USD 2.50 billion", "two billion five hundred million United States dollars (USD 2,500,000,000)")]
    [InlineData("USD 1.2345 thousand", "one thousand two hundred and thirty-four United States dollars and fifty cents (USD 1,234.50)")]
    [InlineData("EUR 0.5 thousand", "five hundred euros (EUR 500)")]
    [InlineData("USD 150.00", "one hundred and fifty United States dollars (USD 150.00)")]
    public void A_scaled_amount_prints_only_the_decimals_its_figure_needs(string written, string expected)
    {
        var source = Forge.Sources().Single(s => s.Path.EndsWith("us-japan.agr", StringComparison.Ordinal));
        var text = System.Text.RegularExpressions.Regex.Replace(source.Text, @"(financing loan from \S+ to \S+ )USD [0-9.,]+( (thousand|million|billion))?", "${1}" + written);
        Assert.NotEqual(source.Text, text);
        var sources = Forge.Sources().Select(s => s.Path == source.Path ? new AgreementLang.Text.SourceText(s.Path, text) : s).ToList();
        var model = Forge.Compile(sources).Model;
        var markdown = Renderer.Markdown(Renderer.Build(model, model.Agreements.Single(a => a.Name == "US-JP-2026")));
        Assert.Contains(expected, markdown);
    }
}
