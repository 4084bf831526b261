using AgreementLang.Rendering.Templates;

namespace AgreementLang.Rendering.Tests;

public sealed class TemplateTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "agr-templates-" + Guid.NewGuid().ToString("N"));

    public TemplateTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void An_override_replaces_the_default_of_the_same_name_in_every_format()
    {
        File.WriteAllText(Path.Combine(_folder, "mfn.hbs"), "## Joint Committee\n\nThe {{Parties}} hereby establish a Joint Committee.\n");
        var renderer = new DraftRenderer(TemplateSet.Load(_folder));
        var draft = renderer.Build(Forge.Model, Forge.Agreement("US-JP-2026"));
        Assert.Contains("## Article 8 — Joint Committee\n\nThe Parties hereby establish a Joint Committee.", renderer.Markdown(draft));
        Assert.Contains("The Parties hereby establish a Joint Committee.", Forge.Utf8(renderer.Render(draft, DraftFormat.AkomaNtoso)));
        Assert.Contains("The Parties hereby establish a Joint Committee.", Forge.DocumentXml(renderer.Render(draft, DraftFormat.Docx)));
    }

    [Fact]
    public void An_override_that_leaves_an_article_empty_drops_it_and_renumbers()
    {
        File.WriteAllText(Path.Combine(_folder, "mfn.hbs"), "## Most-Favoured-Nation Treatment\n");
        var renderer = new DraftRenderer(TemplateSet.Load(_folder));
        var draft = renderer.Build(Forge.Model, Forge.Agreement("US-JP-2026"));
        Assert.DoesNotContain(draft.Articles, a => a.Family == "mfn");
        Assert.Equal(Enumerable.Range(1, draft.Articles.Length), draft.Articles.Select(a => a.Number));
    }

    [Fact]
    public void An_override_of_a_final_clause_rewords_it_and_keeps_its_source()
    {
        // The clause's wording is the template's; its facts (the notice) and its source are the model's.
        File.WriteAllText(Path.Combine(_folder, "final-provisions.withdrawal.hbs"),
            "{{#if Many}}Any{{else}}Either{{/if}} {{Party}} may\n  leave this {{Instrument}} on {{Notice}}' notice.\n");
        var renderer = new DraftRenderer(TemplateSet.Load(_folder));
        var final = renderer.Build(Forge.Model, Forge.Agreement("US-JP-2026")).Articles.Single(a => a.Family == "final-provisions");
        var withdrawal = Assert.Single(final.Paragraphs, p => p.Text.Contains(" may leave ", StringComparison.Ordinal));
        Assert.Equal("Either Party may leave this Agreement on six (6) months' notice.", withdrawal.Text);
        Assert.Contains(withdrawal.Sources, s => s.Path.EndsWith("us-japan.agr", StringComparison.Ordinal));
        Assert.DoesNotContain(final.Paragraphs, p => p.Text.Contains("withdraw", StringComparison.Ordinal));
    }

    [Fact]
    public void A_syntax_error_is_reported_with_the_file_and_line()
    {
        var path = Path.Combine(_folder, "floors.hbs");
        File.WriteAllText(path, "## Floors\n\n{{#each Floors}}\n{{Goods}}\n{{/if}}\n");
        var error = Assert.Throws<TemplateException>(() => TemplateSet.Load(_folder));
        Assert.Equal(path, error.File);
        Assert.Equal(5, error.Line);
        Assert.StartsWith(path + "(5,", error.Message);
    }

    [Fact]
    public void An_unclosed_mustache_is_reported_with_the_file_and_line()
    {
        var path = Path.Combine(_folder, "closing.hbs");
        File.WriteAllText(path, "DONE at {{Place}}\n\non {{Signed\n");
        var error = Assert.Throws<TemplateException>(() => TemplateSet.Load(_folder));
        Assert.Equal(path, error.File);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void An_unknown_variable_is_reported_with_the_file_and_line_when_rendering()
    {
        var path = Path.Combine(_folder, "obligations.hbs");
        File.WriteAllText(path, "## Obligations\n{{#each Obligations}}\n\n{{Who}} {{Modal}} {{Txet}}.\n{{/each}}\n");
        var renderer = new DraftRenderer(TemplateSet.Load(_folder));
        var error = Assert.Throws<TemplateException>(() => renderer.Build(Forge.Model, Forge.Agreement("US-JP-2026")));
        Assert.Equal(path, error.File);
        Assert.Equal(4, error.Line);
        Assert.Contains("Txet", error.Message);
    }

    [Fact]
    public void Blocks_nested_deeper_than_the_limit_are_an_error_at_the_first_opener_too_deep()
    {
        var path = Path.Combine(_folder, "mfn.hbs");
        string Nested(int depth) => "## Nested\n" + string.Concat(Enumerable.Repeat("{{#if Parties}}\n", depth)) + "x\n" +
                                    string.Concat(Enumerable.Repeat("{{/if}}\n", depth));
        File.WriteAllText(path, Nested(TemplateSet.MaxBlockDepth));
        TemplateSet.Load(_folder);

        // Comments, escaped mustaches and {{^}} open nothing.
        File.WriteAllText(path, "{{!-- {{#if x}} --}}{{! {{#each y}} }}\\{{#with z}}{{#if Parties}}a{{^}}b{{/if}}\n" + Nested(TemplateSet.MaxBlockDepth - 1));
        TemplateSet.Load(_folder);

        File.WriteAllText(path, Nested(TemplateSet.MaxBlockDepth + 1));
        var error = Assert.Throws<TemplateException>(() => TemplateSet.Load(_folder));
        Assert.Equal(path, error.File);
        Assert.Equal(TemplateSet.MaxBlockDepth + 2, error.Line);
        Assert.Equal(1, error.Column);
        Assert.Equal(path + "(66,1): template error: blocks are nested more than 64 deep", error.Message);
    }

    /// <summary>Deep nesting once overflowed the stack (2,000 {{#each}}: exit 134) or took minutes (32,000 {{#if}}:
    /// 27 s); both are refused at once. Run in a child process, so that a regression fails one test.</summary>
    [Theory]
    [InlineData("each Floors", "each")]
    [InlineData("if Parties", "if")]
    public void Thousands_of_nested_blocks_are_refused_quickly_in_a_child_process(string opener, string closer)
    {
        var path = Path.Combine(_folder, "floors.hbs");
        File.WriteAllText(path, "## Floors\n" + string.Concat(Enumerable.Repeat("{{#" + opener + "}}", 32_000)) +
                                string.Concat(Enumerable.Repeat("{{/" + closer + "}}", 32_000)) + "\n");
        var result = AgreementLang.Tests.Infrastructure.Agr.Run(TimeSpan.FromSeconds(60), _folder,
            "render", AgreementLang.Tests.Infrastructure.Repository.PathOf("examples/forge"), "--format", "md",
            "--out", Path.Combine(_folder, "out"), "--templates", _folder);
        Assert.False(result.TimedOut, "agr render did not finish in 60 s");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(path + "(2,", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("template error: blocks are nested more than 64 deep", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_overrides_nothing_is_an_error()
    {
        File.WriteAllText(Path.Combine(_folder, "flors.hbs"), "x");
        var error = Assert.Throws<TemplateException>(() => TemplateSet.Load(_folder));
        Assert.Contains("no default template is named 'flors.hbs'", error.Message);
    }

    [Fact]
    public void Exported_defaults_load_back_and_render_the_same_draft()
    {
        var written = TemplateSet.Export(_folder);
        Assert.Equal(TemplateSet.Names.Length, written.Count);
        Assert.Contains(Path.Combine(_folder, "draft.html.hbs"), written);
        Assert.Equal(Markdown(new DraftRenderer(), "FORGE-2026"), Markdown(new DraftRenderer(TemplateSet.Load(_folder)), "FORGE-2026"));
    }

    [Theory]
    [InlineData("{{table-rule Columns}}", "{{table-rule}}", "'table-rule' takes one list of cells")]
    [InlineData("{{paragraphs Paragraphs}}", "{{paragraphs Heading}}", "'paragraphs' takes an article's paragraphs")]
    public void A_layout_helper_given_the_wrong_argument_is_reported_with_the_file_and_line_when_rendering(string call, string broken, string message)
    {
        var path = Path.Combine(_folder, "draft.md.hbs");
        File.WriteAllText(path, TemplateSet.DefaultText("draft.md.hbs").Replace(call, broken, StringComparison.Ordinal));
        var renderer = new DraftRenderer(TemplateSet.Load(_folder));
        var error = Assert.Throws<TemplateException>(() => renderer.Markdown(renderer.Build(Forge.Model, Forge.Agreement("US-JP-2026"))));
        Assert.Equal(path, error.File);
        Assert.Equal(TemplateSet.DefaultText("draft.md.hbs").Split('\n').ToList().FindIndex(l => l.Contains(call, StringComparison.Ordinal)) + 1, error.Line);
        Assert.Contains(message, error.Message);
    }

    [Theory]
    [InlineData("US-JP-2026")]
    [InlineData("FORGE-2026")]
    [InlineData("US-MP-2025")]
    public void A_house_layout_may_still_write_table_rows_and_paragraphs_as_loops(string agreement)
    {
        var path = Path.Combine(_folder, "draft.md.hbs");
        var layout = TemplateSet.DefaultText("draft.md.hbs")
            .Replace("{{table-row Columns}}", "|{{#each Columns}} {{this}} |{{/each}}", StringComparison.Ordinal)
            .Replace("{{table-rule Columns}}", "|{{#each Columns}}---|{{/each}}", StringComparison.Ordinal)
            .Replace("{{table-row this}}", "|{{#each this}} {{this}} |{{/each}}", StringComparison.Ordinal)
            .Replace("{{paragraphs Paragraphs}}", """
                {{#each Paragraphs}}
                {{#if Label}}{{Label}} {{/if}}{{Text}}

                {{#each Items}}
                {{Label}} {{Text}}

                {{/each}}
                {{/each}}
                """, StringComparison.Ordinal);
        Assert.DoesNotContain("{{paragraphs", layout);
        File.WriteAllText(path, layout);
        Assert.Equal(Markdown(new DraftRenderer(), agreement), Markdown(new DraftRenderer(TemplateSet.Load(_folder)), agreement));
    }

    [Fact]
    public void A_layout_with_blank_runs_and_trailing_white_space_gives_the_same_markdown()
    {
        var path = Path.Combine(_folder, "draft.md.hbs");
        var untidy = string.Join("\n", TemplateSet.DefaultText("draft.md.hbs").Split('\n').Select(line => line + " \t\r"))
            .Replace("\n", "\n\n\n", StringComparison.Ordinal);
        File.WriteAllText(path, "\n\n" + untidy + "\n\n");
        var house = new DraftRenderer(TemplateSet.Load(_folder));
        var embedded = new DraftRenderer();
        foreach (var name in new[] { "US-JP-2026", "US-AU-2025" })
        {
            var expected = Markdown(embedded, name);
            var markdown = Markdown(house, name);
            Assert.Equal(expected.Replace("\n\n", "\n", StringComparison.Ordinal), markdown.Replace("\n\n", "\n", StringComparison.Ordinal));
            Assert.DoesNotContain("\n\n\n", markdown);
            Assert.DoesNotContain(" \n", markdown);
            Assert.DoesNotContain("\r", markdown);
            Assert.EndsWith("|\n", markdown);
        }
    }

    private static string Markdown(DraftRenderer renderer, string agreement) =>
        renderer.Markdown(renderer.Build(Forge.Model, Forge.Agreement(agreement)));
}
