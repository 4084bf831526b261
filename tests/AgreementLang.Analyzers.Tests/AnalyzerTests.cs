using System.Text;
using AgreementLang.Analyzers.Tests.Infrastructure;
using AgreementLang.Diagnostics;
using DiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;
using LanguageDiagnostic = AgreementLang.Diagnostics.Diagnostic;
using LinePosition = Microsoft.CodeAnalysis.Text.LinePosition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using AgreementLang.Syntax;
using AgreementLang.Text;
using RoslynDiagnostic = Microsoft.CodeAnalysis.Diagnostic;

namespace AgreementLang.Analyzers.Tests;

/// <summary>The analyzer inside an in-memory compilation (CSharpCompilation.WithAnalyzers), fed in-memory
/// additional files.</summary>
public sealed class AnalyzerTests
{
    /// <summary>A file as the compiler reads it: UTF-8, or, when the bytes are not valid UTF-8, a legacy single-byte
    /// code page (Latin-1 stands in for the compiler's code page 1252).</summary>
    private static InMemoryAdditionalText FromDisk(string path)
    {
        var bytes = File.ReadAllBytes(path);
        try
        {
            return new InMemoryAdditionalText(path, Microsoft.CodeAnalysis.Text.SourceText.From(new UTF8Encoding(false, true).GetString(bytes), new UTF8Encoding(false)));
        }
        catch (DecoderFallbackException)
        {
            return new InMemoryAdditionalText(path, Microsoft.CodeAnalysis.Text.SourceText.From(Encoding.Latin1.GetString(bytes), Encoding.Latin1));
        }
    }

    private static IEnumerable<string> ExampleFiles(string folder) =>
        Directory.EnumerateFiles(Repository.Path("examples", folder), "*.agr").OrderBy(p => p, StringComparer.Ordinal);

    [Fact]
    public async Task The_clean_forge_set_gives_no_diagnostic()
    {
        var run = await AnalyzerRunner.RunAsync(ExampleFiles("forge").Select(FromDisk).ToArray());

        Assert.Empty(run.Exceptions);
        Assert.Empty(run.Lines);
    }

    /// <summary>An inline '// agr-disable-next-line CODE' comment suppresses in the build as in 'agr check': a syntax
    /// diagnostic (reported per file) and a set diagnostic (reported at the end of the compilation).</summary>
    [Fact]
    public async Task An_inline_suppression_comment_is_honoured_by_the_analyzer()
    {
        var warning = File.ReadAllText(Repository.Path("examples", "errors", "required-clause-missing.agr"));
        var suppressed = warning.Replace("\nagreement US-EU-MOU", "\n// agr-disable-next-line AGR115 dated at signature\nagreement US-EU-MOU", StringComparison.Ordinal);
        var syntax = "// agr-disable-next-line AGR007 kept for the negotiators\nzone Z { bogus }\n";

        var before = await AnalyzerRunner.RunAsync(new InMemoryAdditionalText("/repo/mou.agr", warning));
        Assert.Contains(before.Diagnostics, d => d.Id == "AGR115");

        var run = await AnalyzerRunner.RunAsync(new InMemoryAdditionalText("/repo/mou.agr", suppressed), new InMemoryAdditionalText("/repo/z.agr", syntax));
        Assert.Empty(run.Exceptions);
        Assert.DoesNotContain(run.Diagnostics, d => d.Id is "AGR115" or "AGR007");
    }

    [Fact]
    public async Task The_build_check_example_is_clean_and_its_conflict_is_not()
    {
        var agreements = Directory.EnumerateFiles(Path.Combine(Repository.BuildCheckExample, "agreements"), "*.agr").Select(FromDisk).ToArray();
        var conflict = Directory.EnumerateFiles(Path.Combine(Repository.BuildCheckExample, "conflict"), "*.agr").Select(FromDisk).ToArray();

        Assert.Empty((await AnalyzerRunner.RunAsync(agreements)).Lines);
        var failing = await AnalyzerRunner.RunAsync(agreements.Concat(conflict).ToArray());
        Assert.Contains(failing.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Location.GetLineSpan().Path.Contains("conflict", StringComparison.Ordinal));
    }

    /// <summary>The analyzer and <c>agr check</c> go through the same Compilation: for every file of examples/errors
    /// the analyzer reports exactly what the language reports — code, severity, line, column, message.</summary>
    [Fact]
    public async Task Every_error_example_gives_what_the_language_gives()
    {
        var files = ExampleFiles("errors").ToArray();
        Assert.NotEmpty(files);
        foreach (var path in files)
        {
            // What `agr check` reports: the encoding problem, if any, and what the compilation finds.
            var (source, problem) = SourceLoader.Load(path, File.ReadAllBytes(path));
            var expected = Compilation.Create(new[] { source }).Diagnostics
                .Concat(problem is null ? Array.Empty<LanguageDiagnostic>() : new[] { problem })
                .Select(d => $"{Path.GetFileName(d.Location.Path)}({d.Location.Start.Line},{d.Location.Start.Column}): {LanguageDiagnostic.SeverityText(d.Severity)} {d.Code}: {d.Message}")
                .OrderBy(l => l, StringComparer.Ordinal)
                .ToArray();

            var run = await AnalyzerRunner.RunAsync(FromDisk(path));

            Assert.Empty(run.Exceptions);
            Assert.True(expected.Length > 0, path + " shows no diagnostic");
            Assert.Equal(expected, run.Lines.OrderBy(l => l, StringComparer.Ordinal).ToArray());
        }
    }

    [Fact]
    public async Task Locations_are_zero_based_in_Roslyn_and_cover_the_reported_span()
    {
        const string text = "// a broken clause\nagreement X-1 \"unterminated {\n";
        var run = await AnalyzerRunner.RunAsync(new InMemoryAdditionalText("/repo/broken.agr", text));

        var diagnostic = run.Diagnostics.First(d => d.Id == "AGR002");
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(LocationKind.ExternalFile, diagnostic.Location.Kind);
        Assert.Equal("/repo/broken.agr", span.Path);
        // Line 2, column 15 for an editor is (1, 14) for Roslyn; the span starts at the opening quote.
        Assert.Equal(new LinePosition(1, 14), span.StartLinePosition);
        Assert.Equal('"', text[diagnostic.Location.SourceSpan.Start]);
    }

    [Fact]
    public async Task A_conflict_across_files_carries_the_other_place_as_an_additional_location()
    {
        var first = new InMemoryAdditionalText("/repo/a.agr", "institution EXIM \"Export-Import Bank of the United States\" of US\n");
        var second = new InMemoryAdditionalText("/repo/b.agr", "// the Korean bank needs its own name\ninstitution EXIM \"Export-Import Bank of Korea\" of KR\n");

        var run = await AnalyzerRunner.RunAsync(first, second);

        var duplicate = Assert.Single(run.Diagnostics);
        Assert.Equal("AGR102", duplicate.Id);
        Assert.Equal("/repo/b.agr", duplicate.Location.GetLineSpan().Path);
        Assert.Equal(new LinePosition(1, 12), duplicate.Location.GetLineSpan().StartLinePosition);
        var other = Assert.Single(duplicate.AdditionalLocations);
        Assert.Equal("/repo/a.agr", other.GetLineSpan().Path);
        Assert.Equal(new LinePosition(0, 12), other.GetLineSpan().StartLinePosition);
        Assert.Equal("first declared here", duplicate.Properties["Related0"]);
    }

    /// <summary>Syntax problems come from the per-file action (the IDE shows them as the file is edited); what needs
    /// the whole set comes once, from the compilation-end action; nothing comes twice.</summary>
    [Fact]
    public async Task Syntax_is_reported_per_file_the_set_at_the_end_and_nothing_twice()
    {
        var broken = new InMemoryAdditionalText("/repo/broken.agr", "agreement X-1 \"A\" {\n  kind bilateral\n  zone NOWHERE\n  frobnicate 12\n}\n");
        var run = await AnalyzerRunner.RunAsync(broken);

        var perFile = run.PerFile["/repo/broken.agr"];
        Assert.NotEmpty(perFile);
        Assert.All(perFile, d => Assert.StartsWith("AGR0", d.Id, StringComparison.Ordinal));
        Assert.NotEmpty(run.CompilationEnd);
        Assert.All(run.CompilationEnd, d => Assert.False(d.Id.StartsWith("AGR0", StringComparison.Ordinal), d.ToString()));
        Assert.Contains(run.CompilationEnd, d => d.Id == "AGR101");
        var keys = run.Diagnostics.Select(Key).ToArray();
        Assert.Equal(keys.Distinct().Count(), keys.Length);
        Assert.Equal(perFile.Length + run.CompilationEnd.Length, run.Diagnostics.Length);
    }

    [Fact]
    public async Task A_file_listed_twice_is_one_file_not_a_duplicate_declaration()
    {
        var path = Repository.Path("examples", "forge", "zone.agr");

        var run = await AnalyzerRunner.RunAsync(FromDisk(path), FromDisk(path));

        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "AGR102");
    }

    [Fact]
    public async Task Other_additional_files_are_not_read_as_agreements()
    {
        var run = await AnalyzerRunner.RunAsync(
            new InMemoryAdditionalText("/repo/notes.txt", "this is } not { an agreement"),
            new InMemoryAdditionalText("/repo/UPPER.AGR", "institution EXIM \"Export-Import Bank of the United States\" of US\n"));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.Exceptions);
    }

    [Fact]
    public async Task A_project_without_agr_files_costs_nothing_and_reports_nothing()
    {
        var run = await AnalyzerRunner.RunAsync(Array.Empty<AdditionalText>(), new AgreementAnalyzer(new ParseCache(10, 1000)));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.PerFile);
    }

    private static string Key(RoslynDiagnostic d) => $"{d.Id}@{d.Location.GetLineSpan()}:{d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
}
