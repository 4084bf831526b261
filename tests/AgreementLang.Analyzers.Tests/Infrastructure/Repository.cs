using System.Reflection;

namespace AgreementLang.Analyzers.Tests.Infrastructure;

/// <summary>Where the repository and its parts are, found from the test assembly's folder.</summary>
public static class Repository
{
    private static readonly Lazy<string> LazyRoot = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "AgreementLang.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("AgreementLang.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => LazyRoot.Value;

    public static string Path(params string[] parts) => System.IO.Path.Combine(new[] { Root }.Concat(parts).ToArray());

    public static string AnalyzerProject => Path("src", "AgreementLang.Analyzers", "AgreementLang.Analyzers.csproj");

    public static string BuildCheckExample => Path("examples", "build-check");

    /// <summary>The configuration the tests were built in: child builds use it too, so that the analyzer project
    /// they reference is already built and up to date.</summary>
    public static string Configuration =>
        typeof(Repository).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
}
