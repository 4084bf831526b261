using System.Diagnostics;
using AgreementLang.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace AgreementLang.Analyzers.Tests;

/// <summary>Parsed files are cached by path and content checksum: when one file of a set changes, the next
/// compilation parses that file only. Measured by counting parses.</summary>
public sealed class ParseCacheTests
{
    private readonly ITestOutputHelper _output;

    public ParseCacheTests(ITestOutputHelper output) => _output = output;

    private static AdditionalText[] Files(IEnumerable<(string Name, string Text)> files) =>
        files.Select(f => (AdditionalText)new InMemoryAdditionalText("/repo/agreements/" + f.Name, f.Text)).ToArray();

    [Fact]
    public async Task An_unchanged_file_is_not_parsed_again_when_another_changes()
    {
        var cache = new ParseCache(1000, 1 << 26);
        var analyzer = new AgreementAnalyzer(cache);
        var files = Files(AgreementGenerator.Generate(3));

        var first = await AnalyzerRunner.RunAsync(files, analyzer);
        Assert.Empty(first.Diagnostics);
        // The per-file action and the end action both need every file: each is parsed once all the same.
        Assert.Equal(4, cache.ParseCount);

        await AnalyzerRunner.RunAsync(files, analyzer);
        Assert.Equal(4, cache.ParseCount);

        files[2] = new InMemoryAdditionalText(files[2].Path, AgreementGenerator.Agreement(2, revision: 1));
        var third = await AnalyzerRunner.RunAsync(files, analyzer);
        Assert.Empty(third.Diagnostics);
        Assert.Equal(5, cache.ParseCount);
    }

    [Fact]
    public async Task A_changed_file_is_checked_anew_against_the_unchanged_ones()
    {
        var analyzer = new AgreementAnalyzer(new ParseCache(1000, 1 << 26));
        var files = Files(AgreementGenerator.Generate(2));
        Assert.Empty((await AnalyzerRunner.RunAsync(files, analyzer)).Diagnostics);

        // The second agreement now takes the first one's name: the cached first file still takes part in the check.
        files[2] = new InMemoryAdditionalText(files[2].Path, files[1].GetText()!.ToString().Replace("generated agreement 1", "copy", StringComparison.Ordinal));
        var run = await AnalyzerRunner.RunAsync(files, analyzer);

        var duplicate = Assert.Single(run.Diagnostics);
        Assert.Equal("AGR102", duplicate.Id);
        Assert.Equal(files[2].Path, duplicate.Location.GetLineSpan().Path);
    }

    [Fact]
    public async Task Same_text_under_another_path_is_parsed_for_that_path()
    {
        var cache = new ParseCache(1000, 1 << 26);
        var text = "agreement X-1 \"unterminated {\n";

        var a = await AnalyzerRunner.RunAsync(new AdditionalText[] { new InMemoryAdditionalText("/repo/a.agr", text) }, new AgreementAnalyzer(cache));
        var b = await AnalyzerRunner.RunAsync(new AdditionalText[] { new InMemoryAdditionalText("/repo/b.agr", text) }, new AgreementAnalyzer(cache));

        Assert.All(a.Diagnostics, d => Assert.Equal("/repo/a.agr", d.Location.GetLineSpan().Path));
        Assert.All(b.Diagnostics, d => Assert.Equal("/repo/b.agr", d.Location.GetLineSpan().Path));
        Assert.Equal(2, cache.ParseCount);
    }

    [Fact]
    public async Task The_cache_stays_within_its_bounds()
    {
        var cache = new ParseCache(maxEntries: 8, maxCharacters: 1 << 26);
        var files = Files(AgreementGenerator.Generate(30));

        var run = await AnalyzerRunner.RunAsync(files, new AgreementAnalyzer(cache));

        Assert.Empty(run.Diagnostics);
        Assert.InRange(cache.Count, 1, 8);
    }

    /// <summary>The measurement behind the figures in docs/build-integration.md: a thousand files, then one edited.</summary>
    [Fact]
    public async Task With_a_thousand_files_an_edit_to_one_reparses_one()
    {
        var cache = new ParseCache(20_000, 1 << 26);
        var analyzer = new AgreementAnalyzer(cache);
        var files = Files(AgreementGenerator.Generate(1000));

        var watch = Stopwatch.StartNew();
        var cold = await AnalyzerRunner.RunAsync(files, analyzer);
        var coldTime = watch.Elapsed;
        Assert.Empty(cold.Diagnostics);
        Assert.Equal(1001, cache.ParseCount);

        files[500] = new InMemoryAdditionalText(files[500].Path, AgreementGenerator.Agreement(500, revision: 1));
        watch.Restart();
        var warm = await AnalyzerRunner.RunAsync(files, analyzer);
        var warmTime = watch.Elapsed;
        Assert.Empty(warm.Diagnostics);
        Assert.Equal(1002, cache.ParseCount);

        // The same thousand files with an empty cache, the code already compiled by the JIT: what a compiler
        // process pays for the parses themselves.
        var fresh = new ParseCache(20_000, 1 << 26);
        watch.Restart();
        Assert.Empty((await AnalyzerRunner.RunAsync(files, new AgreementAnalyzer(fresh))).Diagnostics);
        var freshTime = watch.Elapsed;

        _output.WriteLine($"1,001 files: first compilation {coldTime.TotalMilliseconds:0} ms (1,001 parses, JIT included); " +
                          $"after editing one file {warmTime.TotalMilliseconds:0} ms (1 parse); empty cache, JIT warm {freshTime.TotalMilliseconds:0} ms (1,001 parses).");
    }
}
