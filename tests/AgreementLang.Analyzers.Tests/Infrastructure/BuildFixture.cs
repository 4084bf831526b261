using System.Globalization;

namespace AgreementLang.Analyzers.Tests.Infrastructure;

/// <summary>State shared by the real-build tests: one temporary folder, and one packed <c>.nupkg</c> in a local
/// folder feed (packing is the slow part; every package test uses the same one). The package gets a version no
/// other run has used, and consumers restore into a packages folder of their own, so that no NuGet cache can
/// hand a test an older build of the analyzer.</summary>
public sealed class BuildFixture : IDisposable
{
    private readonly Lazy<string> _package;
    private readonly Lazy<(string Folder, CommandResult Clean, CommandResult Conflicting)> _projectReference;

    public BuildFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "agr-analyzer-tests-" + Guid.NewGuid().ToString("N").Substring(0, 12));
        Directory.CreateDirectory(Root);
        // Nothing above a consumer may change its build: an empty Directory.Build.props and Directory.Packages.props
        // here stop MSBuild's search for those of whatever folder the temp folder sits in.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), "<Project />\n");
        Feed = Path.Combine(Root, "feed");
        PackageVersion = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        _package = new Lazy<string>(Pack, LazyThreadSafetyMode.ExecutionAndPublication);
        _projectReference = new(BuildProjectReferenceConsumer, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Root { get; }

    public string Feed { get; }

    public string PackageVersion { get; }

    /// <summary>The packed .nupkg (packed on first use).</summary>
    public string Package => _package.Value;

    /// <summary>A copy of examples/build-check built twice by ProjectReference, without and then with its conflict
    /// (built on first use; several tests compare against it).</summary>
    public (string Folder, CommandResult Clean, CommandResult Conflicting) ProjectReferenceConsumer => _projectReference.Value;

    /// <summary>A fresh folder under the fixture's root.</summary>
    public string NewFolder(string name)
    {
        var path = Path.Combine(Root, name + "-" + Guid.NewGuid().ToString("N").Substring(0, 6));
        Directory.CreateDirectory(path);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A child build may still be releasing a file; the temp folder is the system's to clean then.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private (string, CommandResult, CommandResult) BuildProjectReferenceConsumer()
    {
        var project = Consumers.CopyBuildCheck(this, "project-reference");
        var clean = DotnetCli.Build(project, null, Consumers.ProjectReferenceArguments());
        var conflicting = DotnetCli.Build(project, null, Consumers.ProjectReferenceArguments("-p:IncludeConflict=true"));
        return (Path.GetDirectoryName(project)!, clean, conflicting);
    }

    private string Pack()
    {
        // --no-build, and no build of the references either: the test project references the analyzer, so it is
        // built, in this configuration, before any test runs. Packing the existing output writes nothing into the
        // repository: the package goes to the feed, its .nuspec here too.
        var result = DotnetCli.Run(Repository.Root, null, null,
            "pack", Repository.AnalyzerProject, "--no-build", "-c", Repository.Configuration, "-nologo", "-tl:off",
            "-o", Feed, "-p:PackageVersion=" + PackageVersion, "-p:BuildProjectReferences=false", "-p:NuspecOutputPath=" + Path.Combine(Root, "nuspec") + Path.DirectorySeparatorChar);
        var package = Path.Combine(Feed, $"AgreementLang.Analyzers.{PackageVersion}.nupkg");
        if (!result.Succeeded || !File.Exists(package))
        {
            throw new InvalidOperationException("dotnet pack failed:\n" + result);
        }

        return package;
    }
}

[CollectionDefinition(Name)]
public sealed class RealBuildCollection : ICollectionFixture<BuildFixture>
{
    /// <summary>The real-build tests run one after another: each child build already uses both cores, and they
    /// share the analyzer project's output folders.</summary>
    public const string Name = "Real builds";
}
