using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AgreementLang.Cli.Commands;
using AgreementLang.Diagnostics;
using AgreementLang.Tests.Infrastructure;
using Xunit.Abstractions;

namespace AgreementLang.Tests.Packaging;

/// <summary>The packages' metadata, the help links into docs/diagnostics.md, and the tool packed, installed from
/// its nupkg and run.</summary>
[Collection(CliProjectCommands.Name)]
public sealed class PackagingTests
{
    private readonly ITestOutputHelper output;

    public PackagingTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Every_help_link_resolves_to_an_anchor_of_docs_diagnostics_md()
    {
        var lines = File.ReadAllText(Repository.PathOf("docs/diagnostics.md")).Replace("\r\n", "\n").Split('\n');
        var anchors = lines.Select(l => Regex.Match(l, "^<a id=\"([^\"]+)\"></a>$")).Where(m => m.Success)
            .Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(anchors.Length, anchors.Distinct().Count());
        var problems = new List<string>();
        foreach (var descriptor in DiagnosticCatalog.All)
        {
            var link = descriptor.HelpLink;
            var hash = link.IndexOf('#', StringComparison.Ordinal);
            if (hash < 0 || link[..hash] != DiagnosticDescriptor.HelpBase || !link[..hash].EndsWith("/docs/diagnostics.md", StringComparison.Ordinal))
            {
                problems.Add(descriptor.Code + ": " + link + " is not a link into docs/diagnostics.md");
                continue;
            }

            var anchor = link[(hash + 1)..];
            var at = Array.FindIndex(lines, l => l == "<a id=\"" + anchor + "\"></a>");
            if (at < 0)
            {
                problems.Add(descriptor.Code + ": no <a id=\"" + anchor + "\"></a> in docs/diagnostics.md");
            }
            else if (at + 1 >= lines.Length || !lines[at + 1].StartsWith("### " + descriptor.Code + ": ", StringComparison.Ordinal))
            {
                problems.Add(descriptor.Code + ": the anchor " + anchor + " is not just above the heading '### " + descriptor.Code + ": …'");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Explain_prints_no_anchor_of_the_next_section()
    {
        foreach (var descriptor in DiagnosticCatalog.All)
        {
            var section = ExplainCommand.Section(descriptor.Code)!;
            Assert.StartsWith("### " + descriptor.Code + ": ", section, StringComparison.Ordinal);
            Assert.DoesNotContain("<a id=", section, StringComparison.Ordinal);
        }
    }

    /// <summary>Packs the tool as <c>dotnet pack src/AgreementLang.Cli -c Release</c> does (issue 18): a pointer package
    /// that names one package per runtime, the linux-x64 one natively compiled (one executable, no assemblies; ReadyToRun
    /// assemblies where no C linker is installed) and the framework-dependent <c>any</c> one for every other platform.
    /// Installs it into a temporary tool path from those nupkgs alone — no other package source, so offline — and
    /// checks that <c>dotnet tool install</c> took this machine's package, that the installed agr checks the FORGE
    /// examples and finds the conflicts, and that its drafts and schedules of the FORGE examples are byte for byte those
    /// of the JIT-compiled agr these tests run in (the native build reads templates' views and the model through its own
    /// reflection paths). The packages' metadata are checked on the way. The runtime-specific packages are built by
    /// the pack itself (it cannot reuse the tests' build, which is for no runtime).</summary>
    [Fact]
    public void The_tool_packs_per_runtime_installs_from_its_nupkgs_and_checks_the_examples()
    {
        var temp = Directory.CreateTempSubdirectory("agr-tool-");
        try
        {
            var feed = Path.Combine(temp.FullName, "feed");
            var watch = Stopwatch.StartNew();
            var pack = Dotnet.Run("dotnet", Repository.Root, TimeSpan.FromMinutes(10),
                "pack", "src/AgreementLang.Cli", "-c", "Release", "-o", feed, "-p:PackageVersion=" + TestVersion,
                "-p:NuspecOutputPath=" + Path.Combine(temp.FullName, "nuspec") + Path.DirectorySeparatorChar);
            Assert.True(pack.ExitCode == 0, pack.Stdout + pack.Stderr);
            output.WriteLine($"pack: {watch.Elapsed.TotalSeconds:F1} s");
            Assert.Equal(
                [$"AgreementLang.Cli.{TestVersion}.nupkg", $"AgreementLang.Cli.any.{TestVersion}.nupkg", $"AgreementLang.Cli.linux-x64.{TestVersion}.nupkg"],
                Directory.GetFiles(feed).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray());

            using (var zip = ZipFile.OpenRead(Path.Combine(feed, $"AgreementLang.Cli.{TestVersion}.nupkg")))
            {
                AssertMetadata(ReadNuspec(zip), "AgreementLang.Cli");
                Assert.Contains(zip.Entries, e => e.FullName == "README.md");
                var settings = zip.Entries.Single(e => e.FullName.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal));
                using var reader = new StreamReader(settings.Open());
                var runtimes = XDocument.Parse(reader.ReadToEnd()).Descendants("RuntimeIdentifierPackage")
                    .Select(p => p.Attribute("RuntimeIdentifier")!.Value + "=" + p.Attribute("Id")!.Value).ToArray();
                Assert.Equal(["linux-x64=AgreementLang.Cli.linux-x64", "any=AgreementLang.Cli.any"], runtimes);
            }

            foreach (var runtime in new[] { "linux-x64", "any" })
            {
                using var zip = ZipFile.OpenRead(Path.Combine(feed, $"AgreementLang.Cli.{runtime}.{TestVersion}.nupkg"));
                AssertMetadata(ReadNuspec(zip), "AgreementLang.Cli." + runtime);
                ZipArchiveEntry Entry(string name) => zip.Entries.Single(e => e.FullName.StartsWith("tools/", StringComparison.Ordinal)
                    && e.FullName.EndsWith($"/{runtime}/{name}", StringComparison.Ordinal));
                // English only: System.CommandLine and the others bring cs/, de/, … folders of resources otherwise.
                var satellites = zip.Entries.Where(e => e.FullName.EndsWith(".resources.dll", StringComparison.Ordinal)).Select(e => e.FullName).ToArray();
                Assert.True(satellites.Length == 0, string.Join("\n", satellites));
                if (runtime == "linux-x64" && NativeToolExpected)
                {
                    // One native executable: no assemblies, no runtime configuration, no debug symbols (agr.dbg).
                    var files = zip.Entries.Where(e => e.FullName.StartsWith("tools/", StringComparison.Ordinal))
                        .Select(e => Path.GetFileName(e.FullName)).Where(n => !n.EndsWith(".pdb", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
                    Assert.Equal(["DotnetToolSettings.xml", "agr"], files);
                    using var executable = Entry("agr").Open();
                    var magic = new byte[4];
                    executable.ReadExactly(magic);
                    Assert.Equal("\u007fELF"u8.ToArray(), magic);
                    continue;
                }

                // Framework-dependent: agr runs on whatever .NET is installed, the newest when .NET 10 is not.
                using (var reader = new StreamReader(Entry("agr.runtimeconfig.json").Open()))
                using (var json = JsonDocument.Parse(reader.ReadToEnd()))
                {
                    Assert.Equal("Major", json.RootElement.GetProperty("runtimeOptions").GetProperty("rollForward").GetString());
                }

                using var agr = new MemoryStream();
                using (var entry = Entry("agr.dll").Open())
                {
                    entry.CopyTo(agr);
                }

                agr.Position = 0;
                Assert.Equal(runtime != "any", IsReadyToRun(agr));
            }

            // A NuGet.config with no source at all: the install can only use the --add-source folder.
            var config = Path.Combine(temp.FullName, "nuget.config");
            File.WriteAllText(config, "<configuration><packageSources><clear /></packageSources></configuration>");
            var tools = Path.Combine(temp.FullName, "tools");
            watch.Restart();
            var install = Dotnet.Run("dotnet", temp.FullName, TimeSpan.FromMinutes(5),
                "tool", "install", "AgreementLang.Cli", "--tool-path", tools, "--add-source", feed, "--configfile", config, "--version", TestVersion);
            Assert.True(install.ExitCode == 0, install.Stdout + install.Stderr);
            output.WriteLine($"install: {watch.Elapsed.TotalSeconds:F1} s");

            // Where the tool went: .store/agreementlang.cli/VERSION/agreementlang.cli.RUNTIME/VERSION/tools/….
            var rid = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
            var expected = rid == "linux-x64" ? rid : "any";
            var store = Path.Combine(tools, ".store");
            var native = expected == "linux-x64" && NativeToolExpected;
            var program = Assert.Single(Directory.GetFiles(store, native ? "agr" : "agr.dll", SearchOption.AllDirectories));
            Assert.Contains($"agreementlang.cli.{expected}", program, StringComparison.Ordinal);
            Assert.True(native || Directory.GetFiles(store, "agr", SearchOption.AllDirectories).Length == 0, "a native agr in the " + expected + " package");
            foreach (var name in native ? [] : new[] { "agr.dll", "AgreementLang.dll", "AgreementLang.Rendering.dll", "AgreementLang.LanguageServer.dll", "Sprache.dll", "System.CommandLine.dll" })
            {
                using var stream = File.OpenRead(Path.Combine(Path.GetDirectoryName(program)!, name));
                Assert.True(IsReadyToRun(stream) == (expected != "any"), name + (expected != "any" ? " is not ReadyToRun" : " is ReadyToRun in the any package"));
            }

            var command = Path.Combine(tools, OperatingSystem.IsWindows() ? "agr.exe" : "agr");
            var version = Dotnet.Run(command, temp.FullName, TimeSpan.FromMinutes(1), "--version");
            Assert.True(version.ExitCode == 0, version.Stdout + version.Stderr);
            Assert.StartsWith("0.1.0", version.Stdout.Trim(), StringComparison.Ordinal);
            var check = Dotnet.Run(command, Repository.Root, TimeSpan.FromMinutes(1), "check", "examples/forge");
            Assert.True(check.ExitCode == 0, check.Stdout + check.Stderr);
            Assert.Matches(@"^\d+ files checked: 0 errors, 0 warnings\.$", check.Stdout.Trim());
            var conflicts = Dotnet.Run(command, Repository.Root, TimeSpan.FromMinutes(1), "check", "examples/conflicts", "--format", "json");
            Assert.True(conflicts.ExitCode == 1, conflicts.Stdout + conflicts.Stderr);
            using var diagnostics = JsonDocument.Parse(conflicts.Stdout);
            Assert.Contains(diagnostics.RootElement.EnumerateArray(), d => d.GetProperty("code").GetString() == "AGR301");

            // In this process's folder, as the in-process build: the schedules name the sources relative to it.
            var built = Dotnet.Run(command, Environment.CurrentDirectory, TimeSpan.FromMinutes(2), "build", Repository.PathOf("examples/forge"), "--out", Path.Combine(temp.FullName, "installed"));
            Assert.True(built.ExitCode == 0, built.Stdout + built.Stderr);
            var here = Agr.InProcess(null, "build", Repository.PathOf("examples/forge"), "--out", Path.Combine(temp.FullName, "in-process"));
            Assert.True(here.Exit == 0, here.Out + here.Err);
            AssertSameFiles(Path.Combine(temp.FullName, "in-process"), Path.Combine(temp.FullName, "installed"));
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }

    /// <summary>The packages' version in the packing test: a version of its own, so that NuGet's and the SDK's caches
    /// of an earlier 0.1.0 cannot stand in for what was just packed, and so that the runtime packages are seen to
    /// take the version given to the pack (the pointer package names them by it).</summary>
    private const string TestVersion = "0.1.0-packaging-test";

    /// <summary>Whether this machine's pack makes a native linux-x64 package: it does where a C linker (clang or gcc)
    /// is installed, as src/AgreementLang.Cli's project decides.</summary>
    private static bool NativeToolExpected => OperatingSystem.IsLinux() && (File.Exists("/usr/bin/clang") || File.Exists("/usr/bin/gcc"));

    private static void AssertSameFiles(string expected, string actual)
    {
        var names = Directory.GetFiles(expected).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(names);
        Assert.Equal(names, Directory.GetFiles(actual).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray());
        var differing = names.Where(n => !File.ReadAllBytes(Path.Combine(expected, n!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, n!)))).ToArray();
        Assert.True(differing.Length == 0, "differ from the in-process build: " + string.Join(", ", differing));
    }

    /// <summary>Whether an assembly carries precompiled code (a ReadyToRun header).</summary>
    private static bool IsReadyToRun(Stream assembly)
    {
        using var pe = new System.Reflection.PortableExecutable.PEReader(assembly, System.Reflection.PortableExecutable.PEStreamOptions.LeaveOpen);
        return pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
    }

    /// <summary>The command a newcomer tries for a faster agr (issue 18): <c>dotnet publish src/AgreementLang.Cli -c Release
    /// -r linux-x64</c>. It used to fail to restore (NU1101 runtime.unix.System.Private.Uri, through the language
    /// library's netstandard2.0 target). With a C linker it compiles agr natively, as the tool package does (checked
    /// by the packing test); here with <c>-p:AgrNative=false</c>, what a machine without a linker gets: precompiled
    /// (ReadyToRun) assemblies, and the published agr checks the FORGE examples.</summary>
    [Fact]
    public void Publish_for_a_runtime_without_a_linker_gives_a_precompiled_agr_that_checks_the_examples()
    {
        var temp = Directory.CreateTempSubdirectory("agr-publish-");
        try
        {
            var rid = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
            var publish = Dotnet.Run("dotnet", Repository.Root, TimeSpan.FromMinutes(10),
                "publish", "src/AgreementLang.Cli", "-c", "Release", "-r", rid, "-o", temp.FullName, "-p:AgrNative=false");
            Assert.True(publish.ExitCode == 0, publish.Stdout + publish.Stderr);
            foreach (var assembly in new[] { "agr.dll", "AgreementLang.dll", "AgreementLang.Rendering.dll", "Sprache.dll" })
            {
                using var stream = File.OpenRead(Path.Combine(temp.FullName, assembly));
                Assert.True(IsReadyToRun(stream), assembly + " is not ReadyToRun");
            }

            var check = Dotnet.Run("dotnet", Repository.Root, TimeSpan.FromMinutes(1),
                Path.Combine(temp.FullName, "agr.dll"), "check", "examples/forge");
            Assert.True(check.ExitCode == 0, check.Stdout + check.Stderr);
            Assert.Matches(@"^\d+ files checked: 0 errors, 0 warnings\.$", check.Stdout.Trim());
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_analyzer_package_has_its_metadata()
    {
        var temp = Directory.CreateTempSubdirectory("agr-analyzer-pack-");
        try
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                ? "Release"
                : "Debug";
            var pack = Dotnet.Run("dotnet", Repository.Root, TimeSpan.FromMinutes(5),
                "pack", "src/AgreementLang.Analyzers", "--no-build", "-c", configuration, "-o", temp.FullName,
                "-p:BuildProjectReferences=false", "-p:NuspecOutputPath=" + Path.Combine(temp.FullName, "nuspec") + Path.DirectorySeparatorChar);
            Assert.True(pack.ExitCode == 0, pack.Stdout + pack.Stderr);
            using var zip = ZipFile.OpenRead(Path.Combine(temp.FullName, "AgreementLang.Analyzers.0.1.0.nupkg"));
            AssertMetadata(ReadNuspec(zip), "AgreementLang.Analyzers");
            Assert.Contains(zip.Entries, e => e.FullName == "README.md");
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }

    [Fact]
    public void No_file_of_the_repository_names_example_invalid()
    {
        var hits = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Repository.Root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Repository.Root, file).Replace('\\', '/');
            if (relative.StartsWith(".git", StringComparison.Ordinal) || relative.Split('/').Any(p => p is "bin" or "obj" or "out" or "out2")
                || relative == "tests/AgreementLang.Tests/Packaging/PackagingTests.cs"
                || !(relative.EndsWith(".props", StringComparison.Ordinal) || relative.EndsWith(".targets", StringComparison.Ordinal)
                     || relative.EndsWith(".csproj", StringComparison.Ordinal) || relative.EndsWith(".md", StringComparison.Ordinal)
                     || relative.EndsWith(".cs", StringComparison.Ordinal)))
            {
                continue;
            }

            if (File.ReadAllText(file).Contains("example" + ".invalid", StringComparison.Ordinal))
            {
                hits.Add(relative);
            }
        }

        Assert.True(hits.Count == 0, string.Join("\n", hits));
    }

    private static XElement ReadNuspec(ZipArchive zip)
    {
        var entry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/', StringComparison.Ordinal));
        using var stream = entry.Open();
        return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private static void AssertMetadata(XElement metadata, string id)
    {
        string? Value(string name) => metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
        Assert.Equal(id, Value("id"));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")), "no description");
        Assert.NotEqual("Package Description", Value("description"));
        Assert.Equal("README.md", Value("readme"));
        var license = metadata.Elements().Single(e => e.Name.LocalName == "license");
        Assert.Equal("expression", license.Attribute("type")?.Value);
        Assert.Equal("MIT", license.Value);
        var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        Assert.Equal("https://github.com/agreementlang/agreementlang", repository.Attribute("url")?.Value);
    }
}
