using AgreementLang.Configuration;
using AgreementLang.Tests.Infrastructure;

namespace AgreementLang.Tests.Cli;

/// <summary>The .editorconfig reader the CLI and the analyzer share: globs matched in linear time, section names
/// beyond its bounds ignored and reported, never a crash. The end-to-end cases run the real <c>agr</c> in a child
/// process, so that a hang or a stack overflow fails one test.</summary>
[Trait("Runs", "agr")]
public sealed class EditorConfigTests : IDisposable
{
    // Two institutions of one name: AGR102, an error by default.
    private const string Twins = "institution EXIM \"Export-Import Bank of the United States\" of US\ninstitution EXIM \"Export-Import Bank of Korea\" of KR\n";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "agr-editorconfig-" + Guid.NewGuid().ToString("N"));

    public EditorConfigTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A .NET regular expression backtracks exponentially on this glob: over a minute for a name of 40
    /// 'a's. The automaton answers at once.</summary>
    [Fact]
    public void A_glob_that_backtracks_does_not_stall_check_in_a_child_process()
    {
        File.WriteAllText(Path.Combine(_folder, ".editorconfig"),
            "root = true\n[*a*a*a*a*a*a*a*a*a*a*b]\ndotnet_diagnostic.AGR102.severity = none\n[*a*a*a*a*a*a*a*a*a*a*.agr]\ndotnet_diagnostic.AGR102.severity = warning\n");
        File.WriteAllText(Path.Combine(_folder, new string('a', 40) + ".agr"), Twins);

        var result = Agr.Run(TimeSpan.FromSeconds(30), _folder, "check", ".");

        Assert.False(result.TimedOut, "agr check did not finish in 30 s");
        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        Assert.Contains("warning AGR102", result.Stdout, StringComparison.Ordinal);
    }

    /// <summary>A range beyond an int, 20,000 nested braces (which overflowed the compiler's stack in the
    /// analyzer), braces nested 17 deep, an unclosed brace: each section is ignored with a warning naming the
    /// file and line, and the other sections apply.</summary>
    [Fact]
    public void Sections_beyond_the_bounds_are_ignored_with_a_warning_in_a_child_process()
    {
        var deep = string.Concat(Enumerable.Repeat("{a,", 20_000)) + "*" + new string('}', 20_000);
        var seventeen = string.Concat(Enumerable.Repeat("{a,", 17)) + "*" + new string('}', 17);
        var config = Path.Combine(_folder, ".editorconfig");
        File.WriteAllText(config, string.Join("\n",
            "root = true",
            "[{1..99999999999999999999}.agr]",
            "dotnet_diagnostic.AGR102.severity = none",
            "[" + deep + "]",
            "dotnet_diagnostic.AGR102.severity = none",
            "[" + seventeen + "]",
            "dotnet_diagnostic.AGR102.severity = none",
            "[{*.agr]",
            "dotnet_diagnostic.AGR102.severity = none",
            "[*.agr]",
            "dotnet_diagnostic.AGR102.severity = warning",
            string.Empty));
        File.WriteAllText(Path.Combine(_folder, "twins.agr"), Twins);

        var result = Agr.Run(TimeSpan.FromSeconds(60), _folder, "check", ".");

        Assert.False(result.TimedOut);
        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        Assert.Contains("warning AGR102", result.Stdout, StringComparison.Ordinal);
        var warnings = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, warnings.Length);
        Assert.Equal(config + "(2,1): warning: the .editorconfig section [{1..99999999999999999999}.agr] is ignored: " +
                     "the number range {1..99999999999999999999} does not fit in a 32-bit integer", warnings[0].TrimEnd('\r'));
        Assert.EndsWith("is ignored: the section name is longer than 1024 characters", warnings[1].TrimEnd('\r'), StringComparison.Ordinal);
        Assert.StartsWith(config + "(4,1): ", warnings[1], StringComparison.Ordinal);
        Assert.EndsWith("is ignored: braces are nested more than 16 deep", warnings[2].TrimEnd('\r'), StringComparison.Ordinal);
        Assert.EndsWith("[{*.agr] is ignored: the '{' at column 1 is not closed", warnings[3].TrimEnd('\r'), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{1..10001}", "the number range {1..10001} covers more than 10,000 numbers")]
    [InlineData("{-2147483648..2147483647}", "the number range {-2147483648..2147483647} covers more than 10,000 numbers")]
    [InlineData("", "the section name is empty")]
    public void A_refused_section_name_says_why(string name, string reason)
    {
        Assert.Null(EditorConfigGlob.TryCreate(name, out var error));
        Assert.Equal(reason, error);
    }

    /// <summary>Linear: matching counts no more states than the path's length times the automaton's size, so a
    /// thousand-character name against a glob of a hundred stars is immediate (a generous bound against a
    /// hang, not a timing).</summary>
    [Fact]
    public async Task Matching_a_pathological_glob_finishes_at_once()
    {
        var glob = EditorConfigGlob.TryCreate(string.Concat(Enumerable.Repeat("*a", 100)) + "*b", out _)!;
        var matched = await Task.Run(() => glob.IsMatch(new string('a', 1000))).WaitAsync(TimeSpan.FromSeconds(20));
        Assert.False(matched);
        Assert.True(glob.IsMatch(new string('a', 1000) + "b"));
    }
}
