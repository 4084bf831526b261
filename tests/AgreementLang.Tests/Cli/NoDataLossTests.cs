using System.Diagnostics;
using System.Text;
using AgreementLang.Cli;
using AgreementLang.Rendering.Output;
using AgreementLang.Tests.Infrastructure;

namespace AgreementLang.Tests.Cli;

/// <summary>No command loses data: <c>render</c>, <c>schedule</c> and <c>build</c> write only into their output
/// folder and <c>fmt</c> only the sources it was given; an output folder that holds sources is refused; every write
/// is atomic, so a run killed at any moment leaves each file either as it was or complete.</summary>
[Trait("Runs", "agr")]
public sealed class NoDataLossTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("agr-no-loss-");

    public void Dispose() => _root.Delete(recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args) => Agr.InProcess(null, args);

    /// <summary>The FORGE examples plus <paramref name="copies"/> small agreements of the zone, so that a build
    /// writes hundreds of files.</summary>
    private string Sources(string name, int copies, string title)
    {
        var folder = Path.Combine(_root.FullName, name);
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Repository.PathOf("examples/forge"), "*.agr"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        for (var i = 0; i < copies; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"copy-{i:D3}.agr"),
                $"agreement COPY-{i:D3} \"{title} number {i} between the United States of America and Japan\" {{\n" +
                "  kind bilateral\n  binding\n  zone FORGE\n  signed 2026-02-04 at \"Washington, D.C.\"\n  in force 2026-03-01\n" +
                "  expires 2036-02-28\n  party US \"the Government of the United States of America\"\n  party JP \"the Government of Japan\"\n" +
                $"  obligation JP \"conclude memorandum number {i}\" within 30 days of signature\n}}\n");
        }

        return folder;
    }

    [Fact]
    public void Every_file_build_writes_is_inside_its_output_folder()
    {
        var sources = Sources("sources", 3, "Agreement");
        var output = Path.Combine(_root.FullName, "out");
        var before = Snapshot(_root.FullName);
        var (code, stdout, stderr) = Run("build", sources, "--out", output);
        Assert.True(code == 0, stderr);

        var written = stdout.Split('\n').Where(l => l.StartsWith("wrote ", StringComparison.Ordinal)).Select(l => Path.GetFullPath(l.Substring(6).Trim())).ToArray();
        // The six forge agreements, the three copies and the forge protocol (US-JP-2026-P1) in four formats, and the
        // schedules (schedule.json, schedule.csv and schedule.csvt).
        Assert.Equal(10 * 4 + 3, written.Length);
        Assert.All(written, path => Assert.StartsWith(Path.GetFullPath(output) + Path.DirectorySeparatorChar, path));

        // Nothing outside the output folder changed: every source is byte for byte what it was.
        var after = Snapshot(_root.FullName);
        Assert.All(before, entry => Assert.Equal(entry.Value, after[entry.Key]));
        Assert.Equal(written.Select(p => Path.GetRelativePath(_root.FullName, p)).Order(StringComparer.Ordinal),
            after.Keys.Except(before.Keys).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_output_folder_above_the_sources_or_equal_to_them_is_refused_and_nothing_is_written()
    {
        var sources = Sources("sources", 1, "Agreement");
        var before = Snapshot(_root.FullName);
        foreach (var command in new[] { "build", "render", "schedule" })
        {
            var (code, _, stderr) = Run(command, sources, "--out", sources);
            Assert.Equal(ExitCodes.Usage, code);
            Assert.Contains("is a source folder", stderr);
            (code, _, stderr) = Run(command, sources, "--out", _root.FullName);
            Assert.Equal(ExitCodes.Usage, code);
            Assert.Contains("contains sources", stderr);
        }

        Assert.Equal(before, Snapshot(_root.FullName));
    }

    /// <summary>An output file that is a symbolic link to a file elsewhere: the link is replaced, the file it points
    /// to (outside the output folder) is never written.</summary>
    [Fact]
    public void A_symbolic_link_in_the_output_folder_is_replaced_and_its_target_left_alone()
    {
        var sources = Sources("sources", 0, "Agreement");
        var output = Path.Combine(_root.FullName, "out");
        Directory.CreateDirectory(output);
        var outside = Path.Combine(_root.FullName, "precious.txt");
        File.WriteAllText(outside, "a file outside the output folder");
        File.CreateSymbolicLink(Path.Combine(output, "US-JP-2026.md"), outside);

        var (code, _, stderr) = Run("build", sources, "--out", output);
        Assert.True(code == 0, stderr);
        Assert.Equal("a file outside the output folder", File.ReadAllText(outside));
        Assert.Null(new FileInfo(Path.Combine(output, "US-JP-2026.md")).LinkTarget);
        Assert.StartsWith("# AGREEMENT BETWEEN", File.ReadAllText(Path.Combine(output, "US-JP-2026.md")));
    }

    [Fact]
    public void Two_agreements_whose_files_would_collide_stop_the_build_before_anything_is_written()
    {
        var sources = Sources("sources", 0, "Agreement");
        File.WriteAllText(Path.Combine(sources, "twins.agr"),
            "agreement Twin-A \"first\" {\n  kind bilateral\n  in force 2026-03-01\n  party US \"u\"\n  party JP \"j\"\n}\n\n" +
            "agreement TWIN-A \"second\" {\n  kind bilateral\n  in force 2026-03-01\n  party US \"u\"\n  party JP \"j\"\n}\n");
        var output = Path.Combine(_root.FullName, "out");
        var (code, _, stderr) = Run("build", sources, "--out", output);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("two outputs would be written to the same file", stderr);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFiles(output).Any());
    }

    [Fact]
    public void Fmt_writes_only_the_agr_files_it_was_given()
    {
        var folder = Path.Combine(_root.FullName, "mixed");
        Directory.CreateDirectory(folder);
        const string messy = "zone   Z {\n  members US,JP\n}\n";
        File.WriteAllText(Path.Combine(folder, "a.agr"), messy);
        File.WriteAllText(Path.Combine(folder, "notes.txt"), messy);
        File.WriteAllText(Path.Combine(folder, "b.agr.bak"), messy);
        Directory.CreateDirectory(Path.Combine(folder, "bin"));
        File.WriteAllText(Path.Combine(folder, "bin", "c.agr"), messy);
        File.WriteAllText(Path.Combine(_root.FullName, "outside.agr"), messy);

        Assert.Equal(ExitCodes.Success, Run("fmt", folder).Code);
        Assert.NotEqual(messy, File.ReadAllText(Path.Combine(folder, "a.agr")));
        Assert.Equal(messy, File.ReadAllText(Path.Combine(folder, "notes.txt")));
        Assert.Equal(messy, File.ReadAllText(Path.Combine(folder, "b.agr.bak")));
        Assert.Equal(messy, File.ReadAllText(Path.Combine(folder, "bin", "c.agr")));
        Assert.Equal(messy, File.ReadAllText(Path.Combine(_root.FullName, "outside.agr")));
        Assert.Equal(5, Directory.GetFiles(_root.FullName, "*", SearchOption.AllDirectories).Length);
    }

    /// <summary>Builds once (the previous output), changes every agreement's title, builds the new output into a
    /// reference folder, then runs <c>agr build</c> over the previous output in a child process and kills it as soon
    /// as it has replaced a first file. Every file must then be either exactly the previous output or exactly the new
    /// one — never half of each — and nothing but temporary files may be left beside them. Repeated until a kill lands
    /// while the build is writing (at most five tries).</summary>
    [Fact]
    public void Killing_build_mid_run_leaves_every_output_file_either_as_it_was_or_complete()
    {
        var interruptedMidway = false;
        for (var attempt = 0; attempt < 5 && !interruptedMidway; attempt++)
        {
            var name = "attempt" + attempt;
            var sources = Sources(name + "-sources", 150, "Agreement");
            var output = Path.Combine(_root.FullName, name + "-out");
            Assert.Equal(0, Run("build", sources, "--out", output).Code);
            var previous = Snapshot(output);

            Directory.Delete(sources, recursive: true);
            Sources(name + "-sources", 150, "Revised agreement");
            var reference = Path.Combine(_root.FullName, name + "-reference");
            Assert.Equal(0, Run("build", sources, "--out", reference).Code);
            var next = Snapshot(reference);
            Assert.Equal(previous.Keys.Order(StringComparer.Ordinal), next.Keys.Order(StringComparer.Ordinal));

            var started = DateTime.UtcNow;
            using var process = Agr.Start(_root.FullName, "build", sources, "--out", output);
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            var deadline = Stopwatch.StartNew();
            while (!process.HasExited && deadline.Elapsed < TimeSpan.FromSeconds(120) &&
                   !Directory.EnumerateFiles(output).Any(f => !f.EndsWith(AtomicFile.TempSuffix, StringComparison.Ordinal) && File.GetLastWriteTimeUtc(f) >= started))
            {
                Thread.Sleep(2);
            }

            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.WaitForExit();
            var now = Snapshot(output);
            var stray = now.Keys.Where(k => !previous.ContainsKey(k)).ToArray();
            Assert.All(stray, path => Assert.EndsWith(AtomicFile.TempSuffix, path));
            var replaced = 0;
            foreach (var (path, bytes) in previous)
            {
                Assert.True(now.ContainsKey(path), path + " was lost");
                var fresh = next[path];
                Assert.True(now[path] == bytes || now[path] == fresh, path + " is neither the previous output nor the new one");
                replaced += now[path] == fresh && fresh != bytes ? 1 : 0;
            }

            interruptedMidway = replaced > 0 && replaced < previous.Count(p => p.Value != next[p.Key]);
        }

        Assert.True(interruptedMidway, "no attempt was killed while the build was writing");
    }

    /// <summary>Every file under a folder, by path relative to it, with its content (as text, since equality is all
    /// that is asked; binary files are compared through their Latin-1 image).</summary>
    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Encoding.Latin1.GetString(File.ReadAllBytes(f)), StringComparer.Ordinal);
}
