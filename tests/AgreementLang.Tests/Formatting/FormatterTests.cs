using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Semantics;
using AgreementLang.Syntax;
using AgreementLang.Formatting;
using AgreementLang.Tests.Infrastructure;
using AgreementLang.Text;

namespace AgreementLang.Tests.Formatting;

public sealed class FormatterTests
{
    private static string Format(string text, string path = "t.agr")
    {
        var result = SafeFormatter.Format(new SourceText(path, text));
        Assert.True(result.Status is FormatStatus.Formatted or FormatStatus.Unchanged, result.Status + ": " + result.Reason);
        return result.Text!;
    }

    [Fact]
    public void A_hurried_file_gets_the_canonical_layout()
    {
        var text = File.ReadAllText(Repository.PathOf("tests/AgreementLang.Tests/Formatting/Files/messy.agr"));
        Golden.AssertMatches("tests/AgreementLang.Tests/Formatting/Files/messy.formatted.verified.agr", Format(text, "messy.agr"));
    }

    [Fact]
    public void The_canonical_layout_is_a_fixed_point()
    {
        var formatted = File.ReadAllText(Repository.PathOf("tests/AgreementLang.Tests/Formatting/Files/messy.formatted.verified.agr"));
        var result = SafeFormatter.Format(new SourceText("f.agr", formatted));
        Assert.Equal(FormatStatus.Unchanged, result.Status);
    }

    public static TheoryData<string> CleanFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Repository.PathOf("examples"), "*.agr", SearchOption.AllDirectories)
                     .Concat(Directory.EnumerateFiles(Repository.PathOf("tests/AgreementLang.Tests/Baselines/Files"), "*.agr"))
                     .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Repository.Root, file).Replace('\\', '/'));
        }

        return data;
    }

    /// <summary>Every file that parses is formatted to a fixed point with the same syntax, comments and model; a
    /// file with syntax errors is refused, never formatted.</summary>
    [Theory]
    [MemberData(nameof(CleanFiles))]
    public void Formatting_is_idempotent_and_keeps_the_meaning_of_every_example(string relativePath)
    {
        var (source, problem) = SourceLoader.Load(relativePath, File.ReadAllBytes(Repository.PathOf(relativePath)));
        var document = Parser.Parse(source);
        var result = SafeFormatter.Format(source);
        if (problem is not null || document.Diagnostics.Count > 0)
        {
            Assert.Equal(problem is null ? FormatStatus.SyntaxErrors : result.Status, result.Status);
            return;
        }

        Assert.True(result.Status is FormatStatus.Formatted or FormatStatus.Unchanged, result.Reason);
        var once = result.Text!;
        var twice = Formatter.Format(Parser.Parse(relativePath, once));
        Assert.Equal(once, twice);
        Assert.Equal(StructuralDump.Of(Binder.Bind(new[] { document }).Set), StructuralDump.Of(Binder.Bind(new[] { Parser.Parse(relativePath, once) }).Set));
    }

    [Fact]
    public void Comments_stay_where_they_were()
    {
        const string text = "// above the zone\nzone Z { // after the brace\n  // above members\n  members US // after members\n  // before the brace\n} // after the brace\n// at the end";
        Assert.Equal(
            "// above the zone\nzone Z {  // after the brace\n  // above members\n  members US  // after members\n  // before the brace\n}  // after the brace\n// at the end\n",
            Format(text));
    }

    [Fact]
    public void Trailing_comments_of_consecutive_lines_share_a_column()
    {
        const string text = "zone Z {\n  members US // one\n  non-market CN // two\n}\n";
        Assert.Equal("zone Z {\n  members US     // one\n  non-market CN  // two\n}\n", Format(text));
    }

    [Fact]
    public void A_block_on_one_line_is_opened_up_and_comments_on_brace_lines_stay_beside_their_brace()
    {
        const string text = "agreement A \"a\" {\n  floor NdPr oxide at reference price { review monthly } // after\n" +
                            "  floor NdPr metal at USD 1 per kg { // open\n    review monthly // in\n  } // close\n}";
        Assert.Equal("agreement A \"a\" {\n  floor NdPr oxide at reference price {\n    review monthly\n  }  // after\n" +
                     "  floor NdPr metal at USD 1 per kg {  // open\n    review monthly  // in\n  }  // close\n}\n", Format(text));
    }

    [Fact]
    public void One_blank_line_separates_declarations_and_at_most_one_is_kept_inside_a_block()
    {
        const string text = "institution A \"a\" of US\ninstitution B \"b\" of US\n\n\n\nzone Z {\n\n\n  members US\n\n\n\n  non-market CN\n\n}";
        Assert.Equal("institution A \"a\" of US\n\ninstitution B \"b\" of US\n\nzone Z {\n  members US\n\n  non-market CN\n}\n", Format(text));
    }

    [Theory]
    [InlineData("USD 12000 million", "USD 12,000 million")]
    [InlineData("USD 0012.50", "USD 12.50")]
    [InlineData("USD 1,000,000", "USD 1,000,000")]
    [InlineData("USD 999", "USD 999")]
    [InlineData("USD 1000.000", "USD 1,000.000")]
    [InlineData("USD   12    billion", "USD 12 billion")]
    public void Money_is_written_as_on_paper_and_keeps_its_scale_word(string written, string canonical)
    {
        var text = $"facility F \"f\" cap {written} {{\n}}\n";
        Assert.Equal($"facility F \"f\" cap {canonical} {{\n}}\n", Format(text));
    }

    [Fact]
    public void Whole_numbers_tariff_lines_dates_and_percentages_keep_their_own_spelling()
    {
        const string text = "agreement A \"a\" {\n  in force 060 days after notifications\n  term 010 years\n" +
                            "  tariff US -> JP NdPr oxide line 2846.90 12.5 % base 1000% from 2026-03-01\n}\n" +
                            "tariff line US 2805.30.0020 \"x\" NdPr metal\nmineral Xq \"x\" {\n  stage oxide hs 2846.90,2846.10\n}\n";
        Assert.Equal("agreement A \"a\" {\n  in force 60 days after notifications\n  term 10 years\n" +
                     "  tariff US -> JP NdPr oxide line 2846.90 12.5% base 1,000% from 2026-03-01\n}\n\n" +
                     "tariff line US 2805.30.0020 \"x\" NdPr metal\n\nmineral Xq \"x\" {\n  stage oxide hs 2846.90, 2846.10\n}\n", Format(text));
    }

    [Fact]
    public void Reference_prices_and_parties_line_up_in_columns_and_a_blank_line_ends_a_run()
    {
        const string text = "zone Z {\n  reference price NdPr oxide USD 110.00 per kg from 2026-03-01\n" +
                            "  // a comment does not break the run\n  reference price Li carbonate USD 12,000 per t LCE from 2026-03-01 review monthly\n\n" +
                            "  reference price W APT USD 600.00 per mtu from 2026-03-01\n}\n";
        Assert.Equal("zone Z {\n  reference price NdPr oxide   USD 110.00 per kg    from 2026-03-01\n" +
                     "  // a comment does not break the run\n  reference price Li carbonate USD 12,000 per t LCE from 2026-03-01 review monthly\n\n" +
                     "  reference price W APT USD 600.00 per mtu from 2026-03-01\n}\n", Format(text));
    }

    [Fact]
    public void Columns_are_measured_as_an_editor_shows_them_with_wide_characters_counting_two()
    {
        const string text = "agreement A \"a\" {\n  party JP \"日本国政府\" as chair\n  party FR \"la République française\"\n" +
                            "  exchange rate JPY 155 = USD 1\n  exchange rate EUR 1 = USD 1.17\n}\n";
        Assert.Equal("agreement A \"a\" {\n  party JP \"日本国政府\" as chair\n  party FR \"la République française\"\n" +
                     "  exchange rate JPY 155 = USD 1\n  exchange rate EUR 1   = USD 1.17\n}\n", Format(text));
        Assert.Equal(10, DisplayWidth.Of("日本国政府"));
        Assert.Equal(23, DisplayWidth.Of("la République française"));
        Assert.Equal(1, DisplayWidth.Of("\U0001D400"));
    }

    [Fact]
    public void Tabs_and_odd_spaces_between_tokens_become_single_spaces_but_stay_inside_strings_and_comments()
    {
        const string text = "zone\tZ \"a\ttitle\"\u00A0{\t// a\ttab\n\tmembers\u2028US\n}";
        Assert.Equal("zone Z \"a\ttitle\" {  // a\ttab\n  members US\n}\n", Format(text));
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\n")]
    public void The_line_break_style_of_the_file_is_kept(string newLine)
    {
        var text = string.Join(newLine, "zone Z {", "members US", "}", "");
        Assert.Equal(string.Join(newLine, "zone Z {", "  members US", "}", ""), Format(text));
    }

    [Fact]
    public void An_empty_file_and_a_file_of_comments_are_formatted_too()
    {
        Assert.Equal("", Format(""));
        Assert.Equal("", Format("\n\n  \n"));
        Assert.Equal("// one\n\n// two\n", Format("   // one   \n\n\n// two"));
    }

    [Fact]
    public void A_file_with_syntax_errors_is_not_formatted_and_the_errors_come_back()
    {
        var result = SafeFormatter.Format(new SourceText("t.agr", "zone Z {\n   members US,\n}"));
        Assert.Equal(FormatStatus.SyntaxErrors, result.Status);
        Assert.Null(result.Text);
        Assert.Equal("AGR001", Assert.Single(result.SyntaxDiagnostics).Code);
        Assert.Throws<InvalidOperationException>(() => Formatter.Format(Parser.Parse("t.agr", "zone Z {")));
    }

    // The guard: each deliberately faulty layout must be refused with its reason, and nothing else may pass.
    [Theory]
    [InlineData("drops a comment", "a comment would be lost or moved")]
    [InlineData("changes a number", "would read differently")]
    [InlineData("breaks the syntax", "would not parse")]
    [InlineData("is not stable", "not stable")]
    [InlineData("throws", "could not lay it out")]
    public void A_layout_that_would_lose_anything_is_refused(string fault, string reason)
    {
        const string text = "// c\nzone Z {\n  members US\n  reference price NdPr oxide USD 110.00 per kg from 2026-03-01\n}\n";
        var calls = 0;
        Func<DocumentSyntax, string, string> layout = fault switch
        {
            "drops a comment" => (d, nl) => Formatter.Format(d, nl).Replace("// c\n", ""),
            "changes a number" => (d, nl) => Formatter.Format(d, nl).Replace("110.00", "110.01"),
            "breaks the syntax" => (d, nl) => Formatter.Format(d, nl).Replace("members US", "members US,"),
            "is not stable" => (d, nl) => Formatter.Format(d, nl) + new string('\n', ++calls),
            _ => (_, _) => throw new InvalidOperationException("boom"),
        };
        var result = Assert.Single(SafeFormatter.FormatSet(new[] { new SourceText("t.agr", text) }, layout, Model));
        Assert.Equal(FormatStatus.Refused, result.Status);
        Assert.Contains(reason, result.Reason);
        Assert.Null(result.Text);
    }

    private static string Model(IReadOnlyList<DocumentSyntax> documents) => StructuralDump.Of(Binder.Bind(documents).Set);

    /// <summary>The last check compares the model of the whole set, because names bind across files. A file whose
    /// syntax is kept always binds to the same model, so this check is a second line of defence; it is tested with
    /// a model that (wrongly) depends on where a.agr's agreement starts: only a.agr moves it, so only a.agr is
    /// refused, and the other files are still formatted.</summary>
    [Fact]
    public void A_file_that_would_change_the_model_of_the_set_is_refused_and_only_that_file()
    {
        var zone = new SourceText("zone.agr", "zone Z {\n   members US\n}\n");
        var a = new SourceText("a.agr", "\n\nagreement A \"a\" {\n  zone Z\n    in force 2026-01-01\n}\n");
        var b = new SourceText("b.agr", "agreement B \"b\" {\n   in force 2026-01-01\n}\n");
        string PositionalModel(IReadOnlyList<DocumentSyntax> documents) =>
            Model(documents) + string.Join(",", documents.Where(d => d.Source.Path == "a.agr").Select(d => d.Declarations[0].Span.Start));
        var results = SafeFormatter.FormatSet(new[] { zone, a, b }, Formatter.Format, PositionalModel);
        Assert.Equal(FormatStatus.Formatted, results[0].Status);
        Assert.Equal(FormatStatus.Refused, results[1].Status);
        Assert.Contains("would bind to a different model", results[1].Reason);
        Assert.Equal(FormatStatus.Formatted, results[2].Status);
    }

    /// <summary>A difference that only the two files together make (here a model that wrongly depends on both files
    /// starting their first declaration on the first line) refuses both, since neither can be blamed alone.</summary>
    [Fact]
    public void Files_that_change_the_model_only_together_are_both_refused()
    {
        var a = new SourceText("a.agr", "\n\nzone A {\n   members US\n}\n");
        var b = new SourceText("b.agr", "\n\nzone B {\n   members JP\n}\n");
        object BothAtTheTop(IReadOnlyList<DocumentSyntax> documents) =>
            Model(documents) + (documents.All(d => d.Declarations[0].Span.Start == 0) ? " (both at the top)" : "");
        var results = SafeFormatter.FormatSet(new[] { a, b }, Formatter.Format, BothAtTheTop);
        Assert.All(results, r => Assert.Equal(FormatStatus.Refused, r.Status));
        Assert.All(results, r => Assert.Contains("together would bind to a different model", r.Reason));
    }

    [Fact]
    public void The_model_comparison_ignores_places_and_sees_every_value()
    {
        var a = Agr.Compile("zone Z {\n  members US\n  reference price NdPr oxide USD 110.00 per kg from 2026-03-01\n}").Model;
        var moved = Agr.Compile("\n\n\nzone Z {\n\n  members US\n  reference price NdPr oxide USD 110 per kg from 2026-03-01\n}").Model;
        var changed = Agr.Compile("zone Z {\n  members US\n  reference price NdPr oxide USD 110.01 per kg from 2026-03-01\n}").Model;
        var other = Agr.Compile("zone Z {\n  members US\n  reference price NdPr oxide USD 110.00 per kg from 2026-03-02\n}").Model;
        Assert.True(StructuralDump.Equal(a, moved));
        Assert.False(StructuralDump.Equal(a, changed));
        Assert.False(StructuralDump.Equal(a, other));
        Assert.DoesNotContain("Location", StructuralDump.Of(a));
        Assert.Contains("110", StructuralDump.Of(a));
        Assert.Equal("default", StructuralDump.Of(default(System.Collections.Immutable.ImmutableArray<string>)));
        Assert.Equal("110", StructuralDump.Canonical(110.00m));
        Assert.Equal("0.5", StructuralDump.Canonical(0.50m));
    }

    /// <summary>A name longer than <see cref="Formatter.MaxAlignedCellWidth"/> columns does not widen its column:
    /// one 15,000-character name in a run of 2,000 reference prices once padded every line to its width.</summary>
    [Fact]
    public void A_very_long_name_does_not_widen_the_column_of_its_run()
    {
        var text = new System.Text.StringBuilder("zone Z \"z\" {\n");
        for (var i = 0; i < 2000; i++)
        {
            var subject = i == 1000 ? new string('x', 15_000) : "M" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            text.Append("  reference price ").Append(subject).Append(" oxide USD 110.00 per kg from 2026-03-01 review quarterly  // c\n");
        }

        text.Append("}\n");
        var formatted = Format(text.ToString());
        Assert.True(formatted.Length < 2 * text.Length, "formatted to " + formatted.Length + " characters from " + text.Length);
        var lines = formatted.Split('\n');
        // The short names are still aligned with each other.
        Assert.Equal(lines[1].IndexOf("USD", StringComparison.Ordinal), lines[2].IndexOf("USD", StringComparison.Ordinal));
        Assert.Equal(lines[1].IndexOf("//", StringComparison.Ordinal), lines[2].IndexOf("//", StringComparison.Ordinal));
        Assert.Contains(new string('x', 15_000) + " oxide USD", formatted, StringComparison.Ordinal);
    }
}
