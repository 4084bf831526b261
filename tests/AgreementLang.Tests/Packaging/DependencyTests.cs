using System.Text.Json;
using AgreementLang.Tests.Infrastructure;

namespace AgreementLang.Tests.Packaging;

/// <summary>The dependencies as restored: no NU1603 (a dependency's version that the feed lacks, replaced by a newer
/// one with a warning that `dotnet run` prints before the program's output), the analyzer's Roslyn, BenchmarkDotNet.</summary>
[Collection(CliProjectCommands.Name)]
public sealed class DependencyTests
{
    private static readonly string[] Projects =
    [
        "src/AgreementLang", "src/AgreementLang.Rendering", "src/AgreementLang.Cli", "src/AgreementLang.Analyzers",
        "tests/AgreementLang.Tests", "tests/AgreementLang.Rendering.Tests", "tests/AgreementLang.Analyzers.Tests",
        "tests/AgreementLang.Benchmarks",
    ];

    private static JsonDocument Assets(string project) =>
        JsonDocument.Parse(File.ReadAllText(Repository.PathOf(project + "/obj/project.assets.json")));

    [Fact]
    public void No_project_restores_with_a_substituted_dependency_version()
    {
        var warnings = new List<string>();
        foreach (var project in Projects)
        {
            using var assets = Assets(project);
            if (assets.RootElement.TryGetProperty("logs", out var logs))
            {
                warnings.AddRange(logs.EnumerateArray()
                    .Where(l => l.GetProperty("code").GetString() == "NU1603")
                    .Select(l => project + ": " + l.GetProperty("message").GetString()));
            }
        }

        Assert.True(warnings.Count == 0, string.Join("\n", warnings));
        Assert.DoesNotContain("NU1603", File.ReadAllText(Repository.PathOf("Directory.Build.props")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_analyzer_is_built_against_Roslyn_4_8_and_Immutable_7_on_netstandard2_0()
    {
        using var assets = Assets("src/AgreementLang.Analyzers");
        var target = assets.RootElement.GetProperty("targets").EnumerateObject()
            .Single(t => t.Name is "netstandard2.0" or ".NETStandard,Version=v2.0");
        var libraries = target.Value.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Contains("Microsoft.CodeAnalysis.CSharp/4.8.0", libraries);
        Assert.Contains("Microsoft.CodeAnalysis.Common/4.8.0", libraries);
        Assert.Contains("System.Collections.Immutable/7.0.0", libraries);
    }

    [Fact]
    public void The_benchmarks_use_BenchmarkDotNet_0_15_8()
    {
        using var assets = Assets("tests/AgreementLang.Benchmarks");
        var libraries = assets.RootElement.GetProperty("targets").EnumerateObject().Single().Value
            .EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Contains("BenchmarkDotNet/0.15.8", libraries);
    }

    /// <summary>README's command as written: `dotnet run` restores and builds first, and whatever that prints goes
    /// to standard output before the program's own output.</summary>
    [Fact]
    public void Dotnet_run_of_check_as_json_prints_only_json()
    {
        var result = Dotnet.Run("dotnet", Repository.Root, TimeSpan.FromMinutes(5),
            "run", "--project", "src/AgreementLang.Cli", "--", "check", "examples/forge", "--format", "json");
        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
    }
}
