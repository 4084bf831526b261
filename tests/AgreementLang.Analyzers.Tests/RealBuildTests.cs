using System.Text.Json;
using AgreementLang.Analyzers.Tests.Infrastructure;
using AgreementLang.Configuration;

namespace AgreementLang.Analyzers.Tests;

/// <summary>The real <c>dotnet build</c> of consumer projects in temporary folders: by ProjectReference (as
/// examples/build-check) and by PackageReference to the packed .nupkg.</summary>
[Collection(RealBuildCollection.Name)]
public sealed class RealBuildTests
{
    private readonly BuildFixture _fixture;
    private readonly ITestOutputHelper _output;

    public RealBuildTests(BuildFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    /// <summary>The conflict of examples/build-check/conflict as the build prints it.</summary>
    private static void AssertConflictReported(CommandResult build, string consumerFolder)
    {
        Assert.False(build.Succeeded, build.ToString());
        var errors = build.AgrDiagnostics.Where(d => d.Severity == "error").Select(d => d.RelativeTo(consumerFolder)).ToList();
        var conflict = Assert.Single(errors);
        Assert.Equal(Path.Combine("conflict", "us-korea-revised.agr"), conflict.Path);
        Assert.Equal("AGR301", conflict.Id);
        Assert.Contains("floor for NdPr oxide is USD 95.00/kg here but USD 110.00/kg", conflict.Message, StringComparison.Ordinal);
    }

    private static void AssertAnalyzerLoaded(CommandResult build)
    {
        Assert.DoesNotContain("AD0001", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS9057", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8032", build.Output, StringComparison.Ordinal);
    }

    private CommandResult Log(CommandResult result)
    {
        _output.WriteLine(result.ToString());
        return result;
    }

    [Fact]
    public void ProjectReference_consumer_passes_without_the_conflict_and_fails_with_it()
    {
        var (folder, clean, conflicting) = _fixture.ProjectReferenceConsumer;
        Log(clean);
        Log(conflicting);

        Assert.True(clean.Succeeded, clean.ToString());
        Assert.Empty(clean.AgrDiagnostics);
        AssertAnalyzerLoaded(clean);
        AssertConflictReported(conflicting, folder);
        AssertAnalyzerLoaded(conflicting);
    }

    /// <summary>A planted syntax error fails the build at its exact place: proof that the analyzer was loaded and
    /// ran, which a build with a missing Sprache.dll or a too-new Roslyn would not show.</summary>
    [Fact]
    public void A_planted_error_fails_the_build_at_its_place()
    {
        var project = Consumers.CopyBuildCheck(_fixture, "planted");
        var folder = Path.GetDirectoryName(project)!;
        File.WriteAllText(Path.Combine(folder, "agreements", "planted.agr"),
            "// planted: a title that is never closed\nagreement US-XX-2026 \"Agreement on nothing {\n}\n");
        File.WriteAllText(Path.Combine(folder, "agreements", "us-korea-mou.agr"), MemorandumWithoutEntryIntoForce);
        // Bytes that are not UTF-8: the compiler decodes them with a legacy code page without a word; the analyzer
        // reports them as `agr check` does (the example's header says where).
        File.Copy(Repository.Path("examples", "errors", "invalid-utf8.agr"), Path.Combine(folder, "agreements", "invalid-utf8.agr"));

        var build = Log(DotnetCli.Build(project, null, Consumers.ProjectReferenceArguments()));

        Assert.False(build.Succeeded, build.ToString());
        var planted = Assert.Single(build.AgrDiagnostics, d => d.Id == "AGR002");
        Assert.Equal(Path.Combine(folder, "agreements", "planted.agr"), planted.Path);
        Assert.Equal((2, 22, "error"), (planted.Line, planted.Column, planted.Severity));
        var encoding = Assert.Single(build.AgrDiagnostics, d => d.Id == "AGR011");
        Assert.Equal((4, 25, "error"), (encoding.Line, encoding.Column, encoding.Severity));
        // A warning is printed as a warning (the .editorconfig test below escalates this one).
        Assert.Contains(build.AgrDiagnostics, d => d.Id == "AGR115" && d.Severity == "warning" && d.Path.EndsWith("us-korea-mou.agr", StringComparison.Ordinal));
        AssertAnalyzerLoaded(build);
    }

    /// <summary>The safety net of the package's build files: an analyzer that cannot run (here Sprache.dll is not
    /// handed to the compiler) fails the build with AD0001 as an error instead of passing it silently.</summary>
    [Fact]
    public void An_analyzer_missing_Sprache_fails_the_build_instead_of_passing_silently()
    {
        var analyzerOutput = Path.Combine(Repository.Root, "src", "AgreementLang.Analyzers", "bin", Repository.Configuration, "netstandard2.0");
        var language = Path.Combine(Repository.Root, "src", "AgreementLang", "bin", Repository.Configuration, "netstandard2.0", "AgreementLang.dll");
        var folder = _fixture.NewFolder("missing-sprache");
        Consumers.CopyDirectory(Path.Combine(Repository.BuildCheckExample, "agreements"), Path.Combine(folder, "agreements"));
        File.WriteAllText(Path.Combine(folder, "Agreements.cs"), "namespace Consumer;\n\npublic static class Agreements\n{\n}\n");
        var buildFiles = Path.Combine(Repository.Root, "src", "AgreementLang.Analyzers", "buildTransitive");
        var project = Path.Combine(folder, "Consumer.csproj");
        File.WriteAllText(project, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{Path.Combine(buildFiles, "AgreementLang.Analyzers.props")}" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <Analyzer Include="{Path.Combine(analyzerOutput, "AgreementLang.Analyzers.dll")}" />
                <Analyzer Include="{language}" />
              </ItemGroup>
              <Import Project="{Path.Combine(buildFiles, "AgreementLang.Analyzers.targets")}" />
            </Project>
            """);

        var build = Log(DotnetCli.Build(project));

        Assert.False(build.Succeeded, build.ToString());
        Assert.Contains("error AD0001", build.Output, StringComparison.Ordinal);
        Assert.Contains("Sprache", build.Output, StringComparison.Ordinal);
    }

    /// <summary>The packed .nupkg, installed by PackageReference from a local folder feed, gives the same
    /// diagnostics as the ProjectReference; its SARIF log carries the AGR ids and the .agr regions.</summary>
    [Fact]
    public void Package_consumer_gets_the_same_diagnostics_and_writes_SARIF()
    {
        var project = PackageConsumer("package", withConflict: false);
        var folder = Path.GetDirectoryName(project)!;
        var cleanBuild = Log(DotnetCli.Build(project, PackageEnvironment(project)));
        Assert.True(cleanBuild.Succeeded, cleanBuild.ToString());
        Assert.Empty(cleanBuild.AgrDiagnostics);
        AssertAnalyzerLoaded(cleanBuild);

        // The conflicting draft lands in the repository: the package's glob picks it up, and the build fails.
        Consumers.CopyDirectory(Path.Combine(Repository.BuildCheckExample, "conflict"), Path.Combine(folder, "conflict"));
        var sarif = Path.Combine(folder, "build.sarif");
        var build = Log(DotnetCli.Build(project, PackageEnvironment(project), $"-p:ErrorLog={sarif}%2Cversion=2.1"));
        AssertConflictReported(build, folder);
        AssertAnalyzerLoaded(build);

        // The same diagnostic as through the ProjectReference (compared without the consumers' folders).
        var (referenceFolder, _, referenceBuild) = _fixture.ProjectReferenceConsumer;
        Assert.Equal(
            referenceBuild.AgrDiagnostics.Select(d => d.RelativeTo(referenceFolder)),
            build.AgrDiagnostics.Select(d => d.RelativeTo(folder)));

        // SARIF 2.1: the result has the AGR id, the .agr file and its region, and the other term as a related place.
        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
        var run = log.RootElement.GetProperty("runs")[0];
        var result = Assert.Single(run.GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString()!.StartsWith("AGR", StringComparison.Ordinal));
        var expected = Assert.Single(build.AgrDiagnostics);
        Assert.Equal(expected.Id, result.GetProperty("ruleId").GetString());
        Assert.Equal("error", result.GetProperty("level").GetString());
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.EndsWith("conflict/us-korea-revised.agr", location.GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
        var region = location.GetProperty("region");
        Assert.Equal(expected.Line, region.GetProperty("startLine").GetInt32());
        Assert.Equal(expected.Column, region.GetProperty("startColumn").GetInt32());
        Assert.True(region.TryGetProperty("endLine", out _));
        var related = Assert.Single(result.GetProperty("relatedLocations").EnumerateArray());
        Assert.EndsWith(".agr", related.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray();
        var rule = Assert.Single(rules, r => r.GetProperty("id").GetString() == expected.Id);
        Assert.Contains("docs/diagnostics.md#" + expected.Id.ToLowerInvariant(), rule.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
    }

    private const string MemorandumWithoutEntryIntoForce = """
        // A memorandum that does not yet say when it enters into force: AGR115, a warning.
        agreement US-KR-MOU-2026 "Memorandum of Understanding between the United States of America and the Republic of Korea on Critical Minerals" {
          kind memorandum
          non-binding
          signed 2026-02-04 at "Washington, D.C."
          party US "the Government of the United States of America"
          party KR "the Government of the Republic of Korea"
        }

        """;

    /// <summary>`dotnet_diagnostic.AGRxxx.severity` in the consumer's .editorconfig: none silences the conflict,
    /// error turns a warning (AGR115, printed as a warning in the planted-error test) into an error.</summary>
    [Fact]
    public void Editorconfig_silences_a_code_and_escalates_a_warning()
    {
        var conflictId = _fixture.ProjectReferenceConsumer.Conflicting.AgrDiagnostics.Single(d => d.Severity == "error").Id;
        var project = Consumers.CopyBuildCheck(_fixture, "editorconfig");
        var folder = Path.GetDirectoryName(project)!;
        File.WriteAllText(Path.Combine(folder, "agreements", "us-korea-mou.agr"), MemorandumWithoutEntryIntoForce);
        File.WriteAllText(Path.Combine(folder, ".editorconfig"), $"""
            root = true

            [*.agr]
            # The revised draft is known and tracked elsewhere.
            dotnet_diagnostic.{conflictId}.severity = none
            # Every agreement must say when it enters into force.
            dotnet_diagnostic.AGR115.severity = error

            """);

        var build = Log(DotnetCli.Build(project, null, Consumers.ProjectReferenceArguments("-p:IncludeConflict=true")));

        Assert.False(build.Succeeded);
        Assert.DoesNotContain(build.AgrDiagnostics, d => d.Id == conflictId);
        var escalated = Assert.Single(build.AgrDiagnostics);
        Assert.Equal(("AGR115", "error"), (escalated.Id, escalated.Severity));
        Assert.EndsWith("us-korea-mou.agr", escalated.Path, StringComparison.Ordinal);
        AssertAnalyzerLoaded(build);
    }

    [Fact]
    public void Package_build_files_add_agr_files_and_make_analyzer_failures_errors()
    {
        var project = PackageConsumer("package-properties", withConflict: false);
        var environment = PackageEnvironment(project);
        var restore = Log(DotnetCli.Run(Path.GetDirectoryName(project)!, environment, null, "restore", project, "-p:NuGetAudit=false", "-tl:off"));
        Assert.True(restore.Succeeded, restore.ToString());

        var evaluated = Log(DotnetCli.Run(Path.GetDirectoryName(project)!, environment, null,
            "msbuild", project, "-nologo", "-getProperty:WarningsAsErrors", "-getItem:AdditionalFiles"));
        Assert.True(evaluated.Succeeded, evaluated.ToString());
        using var json = JsonDocument.Parse(evaluated.Output);
        var warningsAsErrors = json.RootElement.GetProperty("Properties").GetProperty("WarningsAsErrors").GetString()!;
        Assert.Contains("AD0001", warningsAsErrors, StringComparison.Ordinal);
        Assert.Contains("CS9057", warningsAsErrors, StringComparison.Ordinal);
        var files = json.RootElement.GetProperty("Items").GetProperty("AdditionalFiles").EnumerateArray()
            .Select(i => i.GetProperty("Identity").GetString()!.Replace('\\', '/')).ToList();
        Assert.Contains("agreements/us-korea.agr", files);
        Assert.DoesNotContain(files, f => f.Contains("/obj/", StringComparison.Ordinal) || f.StartsWith("obj/", StringComparison.Ordinal));

        // Opting out leaves the .agr files to the project.
        var optedOut = Log(DotnetCli.Run(Path.GetDirectoryName(project)!, environment, null,
            "msbuild", project, "-nologo", "-p:AgreementLangIncludeAgrFiles=false", "-getItem:AdditionalFiles"));
        Assert.DoesNotContain(".agr", optedOut.Output, StringComparison.Ordinal);
    }

    private string PackageConsumer(string name, bool withConflict)
    {
        var project = Consumers.PackageConsumer(_fixture, name, withConflict);
        // A stray .agr in build output must not be checked: the package's glob leaves bin/ and obj/ out.
        var obj = Path.Combine(Path.GetDirectoryName(project)!, "obj", "stale");
        Directory.CreateDirectory(obj);
        File.WriteAllText(Path.Combine(obj, "stale.agr"), "this is not { an agreement");
        return project;
    }

    private static Dictionary<string, string> PackageEnvironment(string project) => new()
    {
        // The consumer's own packages folder: no cache shared with other runs can serve another build.
        ["NUGET_PACKAGES"] = Path.Combine(Path.GetDirectoryName(project)!, "packages"),
    };
}
