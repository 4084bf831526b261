namespace AgreementLang.Analyzers.Tests.Infrastructure;

/// <summary>Consumer projects for the real-build tests, made in temporary folders.</summary>
public static class Consumers
{
    /// <summary>A copy of examples/build-check (without build output), referencing the analyzer project of this
    /// repository by ProjectReference.</summary>
    public static string CopyBuildCheck(BuildFixture fixture, string name)
    {
        var target = fixture.NewFolder(name);
        CopyDirectory(Repository.BuildCheckExample, target);
        return Path.Combine(target, "BuildCheck.csproj");
    }

    /// <summary>The ProjectReference consumer's build arguments: where the analyzer project is.</summary>
    public static string[] ProjectReferenceArguments(params string[] extra) =>
        new[] { "-p:AgreementLangAnalyzerProject=" + Repository.AnalyzerProject }.Concat(extra).ToArray();

    /// <summary>A consumer that installs the packed analyzer by PackageReference from the fixture's folder feed,
    /// with the agreements of examples/build-check (and its conflict when asked).</summary>
    public static string PackageConsumer(BuildFixture fixture, string name, bool withConflict)
    {
        var package = fixture.Package;
        var folder = fixture.NewFolder(name);
        CopyDirectory(Path.Combine(Repository.BuildCheckExample, "agreements"), Path.Combine(folder, "agreements"));
        if (withConflict)
        {
            CopyDirectory(Path.Combine(Repository.BuildCheckExample, "conflict"), Path.Combine(folder, "conflict"));
        }

        File.WriteAllText(Path.Combine(folder, "Agreements.cs"), "namespace Consumer;\n\npublic static class Agreements\n{\n}\n");
        File.WriteAllText(Path.Combine(folder, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <RestorePackagesPath>{Path.Combine(folder, "packages")}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="AgreementLang.Analyzers" Version="{fixture.PackageVersion}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        // The local folder first, the default source for anything else; package source mapping sends the
        // analyzer to the folder only, so the default source is never asked for it.
        File.WriteAllText(Path.Combine(folder, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Path.GetDirectoryName(package)}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="local">
                  <package pattern="AgreementLang.*" />
                </packageSource>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """);
        return Path.Combine(folder, "Consumer.csproj");
    }

    public static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            var parts = relative.Split(Path.DirectorySeparatorChar);
            if (parts.Any(p => p is "bin" or "obj"))
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
