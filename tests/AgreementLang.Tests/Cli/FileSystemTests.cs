using System.Text;
using AgreementLang.Cli;
using AgreementLang.Rendering.FileSystem;
using AgreementLang.Rendering.Output;
using AgreementLang.Tests.Infrastructure;

namespace AgreementLang.Tests.Cli;

/// <summary>What the file system can put in the way of <c>check</c>, <c>build</c> and <c>templates</c>: symbolic
/// links that loop or duplicate a file, folders and files that cannot be read, FIFOs and devices, dangling links at
/// output paths, names too long for a file system, stray temporary files. Each ends in a result or in one line naming
/// the path (exit 2), never in a stack trace or a hang: whatever might hang runs in a child process with a timeout.
/// POSIX file systems only (FIFOs, devices, permissions, /proc), as CI runs.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
[Trait("Runs", "agr")]
public sealed class FileSystemTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("agr-fs-");

    public FileSystemTests()
    {
        // Readable by the unprivileged user of the permission tests.
        File.SetUnixFileMode(_root.FullName, (UnixFileMode)0b111_101_101);
    }

    public void Dispose()
    {
        Unlock(_root.FullName);
        _root.Delete(recursive: true);
    }

    /// <summary>Makes every folder writable again, without following links (some of these loop).</summary>
    private static void Unlock(string folder)
    {
        File.SetUnixFileMode(folder, (UnixFileMode)0b111_111_111);
        foreach (var sub in Directory.EnumerateDirectories(folder))
        {
            if (new DirectoryInfo(sub).LinkTarget is null)
            {
                Unlock(sub);
            }
        }
    }

    private static (int Code, string Out, string Err) Run(params string[] args) => Agr.InProcess(null, args);

    /// <summary>A copy of the FORGE examples (9 files).</summary>
    private string Forge(string name = "sources")
    {
        var folder = Path.Combine(_root.FullName, name);
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Repository.PathOf("examples/forge"), "*.agr"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }

    private static void OneLine(string stderr, string path)
    {
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, "expected one line, got:\n" + stderr);
        Assert.Contains(path, lines[0]);
        Assert.StartsWith("agr: ", lines[0]);
        Assert.DoesNotContain("   at ", stderr);
    }

    // ---- 2. Directory symlinks -------------------------------------------------------------------------------

    [Fact]
    public void Links_that_loop_end_and_every_file_is_read_once()
    {
        var sources = Forge();
        Directory.CreateSymbolicLink(Path.Combine(sources, "again"), ".");
        Directory.CreateSymbolicLink(Path.Combine(sources, "back"), "../sources");
        var output = Path.Combine(_root.FullName, "out");
        Directory.CreateDirectory(output);
        Directory.CreateSymbolicLink(Path.Combine(output, "self"), ".");
        Directory.CreateSymbolicLink(Path.Combine(output, "loop"), "../out");

        var check = Agr.Run(Timeout, _root.FullName, "check", sources);
        Assert.False(check.TimedOut, "check ran for ever");
        Assert.True(check.ExitCode == 0, check.Stdout + check.Stderr);
        Assert.DoesNotContain("AGR102", check.Stdout);
        Assert.Contains("9 files checked: 0 errors", check.Stdout);

        var build = Agr.Run(Timeout, _root.FullName, "build", sources, "--out", "out");
        Assert.False(build.TimedOut, "build ran for ever");
        Assert.True(build.ExitCode == 0, build.Stderr);
        Assert.True(File.Exists(Path.Combine(output, "US-JP-2026.md")));
    }

    [Fact]
    public void A_linked_agr_beside_its_target_and_a_folder_linked_twice_are_read_once()
    {
        var sources = Forge();
        File.CreateSymbolicLink(Path.Combine(sources, "copy-of-us-japan.agr"), "us-japan.agr");
        var linked = Path.Combine(_root.FullName, "linked");
        Directory.CreateDirectory(linked);
        Directory.CreateSymbolicLink(Path.Combine(linked, "a-link"), sources);
        Directory.CreateSymbolicLink(Path.Combine(linked, "z-folder"), sources);

        var (code, stdout, _) = Run("check", sources, linked);
        Assert.Equal(ExitCodes.Success, code);
        Assert.DoesNotContain("AGR102", stdout);
        Assert.Contains("9 files checked: 0 errors", stdout);

        // A file reached directly and through links is listed under its own path.
        var errors = new List<string>();
        var files = SourceCollector.Expand([linked, sources], errors);
        Assert.Empty(errors);
        Assert.Equal(9, files.Count);
        Assert.All(files, f => Assert.Contains("/sources/", "/" + f.Replace('\\', '/')));
        Assert.DoesNotContain(files, f => f.EndsWith("copy-of-us-japan.agr", StringComparison.Ordinal));
    }

    // ---- 6. Unreadable paths, as a user permissions apply to ---------------------------------------------------

    [Fact]
    public void An_unreadable_sub_folder_of_a_source_folder_is_one_line_and_exit_2()
    {
        var sources = Forge();
        var locked = Path.Combine(sources, "locked");
        Directory.CreateDirectory(locked);
        File.SetUnixFileMode(locked, UnixFileMode.None);

        var result = Agr.RunUnprivileged(Timeout, _root.FullName, "check", "sources");
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        OneLine(result.Stderr, "sources/locked");
        Assert.Contains("permission denied", result.Stderr);
    }

    [Fact]
    public void An_unreadable_sub_folder_of_the_output_folder_is_one_line_and_exit_2()
    {
        Forge();
        var output = Path.Combine(_root.FullName, "out");
        Directory.CreateDirectory(Path.Combine(output, "locked"));
        File.SetUnixFileMode(output, (UnixFileMode)0b111_111_111);
        File.SetUnixFileMode(Path.Combine(output, "locked"), UnixFileMode.None);

        var result = Agr.RunUnprivileged(Timeout, _root.FullName, "build", "sources", "--out", "out");
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        OneLine(result.Stderr, "out/locked");
        Assert.Contains("permission denied", result.Stderr);
        Assert.Single(Directory.EnumerateFileSystemEntries(output));
    }

    [Fact]
    public void An_unreadable_template_is_one_line_and_exit_2()
    {
        Forge();
        var templates = Path.Combine(_root.FullName, "house");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "preamble.hbs"), TemplateText("preamble.hbs"));
        File.SetUnixFileMode(Path.Combine(templates, "preamble.hbs"), UnixFileMode.None);

        var result = Agr.RunUnprivileged(Timeout, _root.FullName, "render", "sources", "--out", "/tmp/agr-fs-never-written", "--templates", "house");
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        OneLine(result.Stderr, "house/preamble.hbs");
        Assert.Contains("permission denied", result.Stderr);
    }

    [Fact]
    public void A_template_that_is_a_dangling_link_is_one_line_and_exit_2()
    {
        var sources = Forge();
        var templates = Path.Combine(_root.FullName, "house");
        Directory.CreateDirectory(templates);
        File.CreateSymbolicLink(Path.Combine(templates, "preamble.hbs"), "gone.hbs");
        var output = Path.Combine(_root.FullName, "out");

        var (code, _, stderr) = Run("build", sources, "--out", output, "--templates", templates);
        Assert.Equal(ExitCodes.Usage, code);
        OneLine(stderr, "preamble.hbs");
        Assert.Contains("symbolic link to a file that does not exist", stderr);
        Assert.False(Directory.Exists(output));
    }

    private static string TemplateText(string name) => AgreementLang.Rendering.Templates.TemplateSet.DefaultText(name);

    // ---- 7. Special files ------------------------------------------------------------------------------------

    [Fact]
    public void A_device_is_refused_unread()
    {
        var result = Agr.Run(Timeout, _root.FullName, "check", "/dev/zero");
        Assert.False(result.TimedOut);
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        OneLine(result.Stderr, "/dev/zero");
        Assert.Contains("character device", result.Stderr);
    }

    [Fact]
    public void A_fifo_among_the_sources_is_refused_without_blocking()
    {
        Forge();
        MakeFifo(Path.Combine(_root.FullName, "sources", "x.agr"));
        var result = Agr.Run(Timeout, _root.FullName, "check", "sources");
        Assert.False(result.TimedOut, "check blocked on the FIFO");
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        OneLine(result.Stderr, "sources/x.agr");
        Assert.Contains("FIFO", result.Stderr);

        result = Agr.Run(Timeout, _root.FullName, "check", "sources/x.agr");
        Assert.False(result.TimedOut, "check blocked on the FIFO");
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        OneLine(result.Stderr, "sources/x.agr");
    }

    [Fact]
    public void A_fifo_template_is_refused_without_blocking()
    {
        Forge();
        Directory.CreateDirectory(Path.Combine(_root.FullName, "house"));
        MakeFifo(Path.Combine(_root.FullName, "house", "preamble.hbs"));
        var result = Agr.Run(Timeout, _root.FullName, "build", "sources", "--out", "out", "--templates", "house");
        Assert.False(result.TimedOut, "build blocked on the FIFO");
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        OneLine(result.Stderr, "house/preamble.hbs");
        Assert.False(Directory.Exists(Path.Combine(_root.FullName, "out")));
    }

    [Fact]
    public void A_fifo_reference_document_is_refused_without_blocking()
    {
        Forge();
        MakeFifo(Path.Combine(_root.FullName, "house.docx"));
        var result = Agr.Run(Timeout, _root.FullName, "build", "sources", "--out", "out", "--reference-docx", "house.docx");
        Assert.False(result.TimedOut, "build blocked on the FIFO");
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        OneLine(result.Stderr, "house.docx");
        Assert.Contains("not a regular file", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root.FullName, "out")));
    }

    /// <summary>Files in /proc report a length of 0 whatever they hold: the limit counts bytes actually read.</summary>
    [Fact]
    public void Reads_stop_at_the_limit_whatever_length_the_file_reports()
    {
        Assert.Equal(0, new FileInfo("/proc/self/maps").Length);
        var capped = RegularFile.Read("/proc/self/maps", maxBytes: 100);
        Assert.True(capped.TooLarge);
        Assert.Empty(capped.Bytes);

        var file = Path.Combine(_root.FullName, "exact.agr");
        File.WriteAllBytes(file, new byte[100]);
        Assert.False(RegularFile.Read(file, maxBytes: 100).TooLarge);
        Assert.Equal(100, RegularFile.Read(file, maxBytes: 100).Bytes.Length);
        Assert.True(RegularFile.Read(file, maxBytes: 99).TooLarge);
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    // ---- 9. Internal errors ----------------------------------------------------------------------------------

    private sealed class FailingWriter : StringWriter
    {
        public override void Write(char value) => throw new InvalidOperationException("the writer broke\nsecond line");

        public override void Write(string? value) => throw new InvalidOperationException("the writer broke\nsecond line");

        public override void WriteLine(string? value) => throw new InvalidOperationException("the writer broke\nsecond line");
    }

    [Fact]
    public void An_unhandled_exception_is_one_line_and_exit_3()
    {
        var stderr = new StringWriter();
        var code = Program.Run(["check", Repository.PathOf("examples/forge")], new FailingWriter(), stderr);
        Assert.Equal(ExitCodes.InternalError, code);
        Assert.Equal(3, ExitCodes.InternalError);
        Assert.Equal("agr: internal error: System.InvalidOperationException: the writer broke second line; please report it" + Environment.NewLine,
            stderr.ToString());
    }

    [Fact]
    public void An_internal_error_shows_its_stack_with_AGR_DEBUG()
    {
        var stderr = new StringWriter();
        Environment.SetEnvironmentVariable("AGR_DEBUG", "1");
        try
        {
            Assert.Equal(ExitCodes.InternalError, Program.Run(["check", Repository.PathOf("examples/forge")], new FailingWriter(), stderr));
        }
        finally
        {
            Environment.SetEnvironmentVariable("AGR_DEBUG", null);
        }

        var lines = stderr.ToString().Split(Environment.NewLine);
        Assert.StartsWith("agr: internal error: System.InvalidOperationException: the writer broke", lines[0]);
        Assert.Contains(lines, l => l.TrimStart().StartsWith("at AgreementLang.", StringComparison.Ordinal));
    }

    // ---- 10. A dangling link at an output path ----------------------------------------------------------------

    [Fact]
    public void A_dangling_link_at_an_output_path_is_replaced()
    {
        var sources = Forge();
        var output = Path.Combine(_root.FullName, "out");
        Directory.CreateDirectory(output);
        File.CreateSymbolicLink(Path.Combine(output, "US-JP-2026.md"), Path.Combine(_root.FullName, "nowhere", "x.md"));
        File.CreateSymbolicLink(Path.Combine(output, "schedule.json"), "missing.json");

        var (code, stdout, stderr) = Run("build", sources, "--out", output);
        Assert.True(code == 0, stderr);
        // Six agreements and a protocol in four formats, and the three schedules.
        Assert.Equal(7 * 4 + 3, stdout.Split('\n').Count(l => l.StartsWith("wrote ", StringComparison.Ordinal)));
        Assert.Null(new FileInfo(Path.Combine(output, "US-JP-2026.md")).LinkTarget);
        Assert.StartsWith("# AGREEMENT BETWEEN", File.ReadAllText(Path.Combine(output, "US-JP-2026.md")));
        Assert.Null(new FileInfo(Path.Combine(output, "schedule.json")).LinkTarget);
        Assert.False(Directory.Exists(Path.Combine(_root.FullName, "nowhere")));
    }

    // ---- 11. Long names ---------------------------------------------------------------------------------------

    private static string Agreement(string id) =>
        $"agreement {id} \"long\" {{\n  kind bilateral\n  zone FORGE\n  in force 2026-03-01\n  party US \"u\"\n  party JP \"j\"\n}}\n";

    [Fact]
    public void An_id_whose_temporary_name_would_pass_255_bytes_builds()
    {
        var sources = Forge();
        var id = new string('L', 240); // L…L.akn.xml is 248 bytes; its temporary name would have been 262
        File.WriteAllText(Path.Combine(sources, "long.agr"), Agreement(id));
        var output = Path.Combine(_root.FullName, "out");

        var (code, _, stderr) = Run("build", sources, "--out", output);
        Assert.True(code == 0, stderr);
        Assert.True(File.Exists(Path.Combine(output, id + ".akn.xml")));
        Assert.DoesNotContain(Directory.EnumerateFiles(output), f => f.EndsWith(AtomicFile.TempSuffix, StringComparison.Ordinal));
    }

    [Fact]
    public void An_id_too_long_for_a_file_name_writes_nothing()
    {
        var sources = Forge();
        var output = Path.Combine(_root.FullName, "out");
        Assert.Equal(ExitCodes.Success, Run("build", sources, "--out", output).Code);
        var before = Snapshot(output);

        // A changed title (every draft would change) and an agreement whose .akn.xml name would be 258 bytes.
        var japan = Path.Combine(sources, "us-japan.agr");
        File.WriteAllText(japan, File.ReadAllText(japan).Replace("on Critical Minerals", "on Critical Minerals and Metals", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(sources, "long.agr"), Agreement(new string('L', 250)));
        Assert.Equal(ExitCodes.Success, Run("check", sources).Code);

        var (code, _, stderr) = Run("build", sources, "--out", output);
        Assert.Equal(ExitCodes.Usage, code);
        OneLine(stderr, "LLLL");
        Assert.Contains("Nothing was written", stderr);
        Assert.Equal(before, Snapshot(output));
    }

    [Fact]
    public void Temporary_names_stay_within_the_file_name_limit_and_keep_their_pattern()
    {
        foreach (var length in new[] { 1, 100, 241, 242, 255 })
        {
            var name = AtomicFile.TemporaryName(new string('a', length), "0123abcd");
            Assert.True(Encoding.UTF8.GetByteCount(name) <= AtomicFile.MaxFileNameBytes, name);
            Assert.True(AtomicFile.IsTemporaryName(name), name);
        }

        var astral = AtomicFile.TemporaryName(string.Concat(Enumerable.Repeat("🌏", 80)), "0123abcd");
        Assert.True(Encoding.UTF8.GetByteCount(astral) <= AtomicFile.MaxFileNameBytes);
        Assert.DoesNotContain('\uFFFD', Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(astral)));
    }

    // ---- 14. templates export --------------------------------------------------------------------------------

    [Fact]
    public void Templates_export_refuses_a_folder_that_is_not_empty_without_force()
    {
        var house = Path.Combine(_root.FullName, "house");
        Assert.Equal(ExitCodes.Success, Run("templates", "export", house).Code);
        var preamble = Path.Combine(house, "preamble.hbs");
        File.WriteAllText(preamble, "Our own preamble.");

        var (code, stdout, stderr) = Run("templates", "export", house);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Empty(stdout);
        OneLine(stderr, house);
        Assert.Contains("--force", stderr);
        Assert.Equal("Our own preamble.", File.ReadAllText(preamble));

        Assert.Equal(ExitCodes.Success, Run("templates", "export", house, "--force").Code);
        Assert.Equal(TemplateText("preamble.hbs"), File.ReadAllText(preamble));

        var empty = Path.Combine(_root.FullName, "empty");
        Directory.CreateDirectory(empty);
        Assert.Equal(ExitCodes.Success, Run("templates", "export", empty).Code);
    }

    // ---- 16. Stray temporary files ----------------------------------------------------------------------------

    [Fact]
    public void Stray_temporary_files_of_a_killed_run_are_removed_by_the_next_and_nothing_else()
    {
        var sources = Forge();
        var output = Path.Combine(_root.FullName, "out");
        Directory.CreateDirectory(output);
        string[] strays = [".US-JP-2026.md.0123abcd.tmp", ".schedule.json.ffffffff.tmp"];
        string[] kept = [".notes.tmp", "keep.0123abcd.tmp", ".x.0123abcd.tmp.bak", ".x.0123ABCD.tmp", ".x.012345.tmp", "notes.txt"];
        foreach (var name in strays.Concat(kept))
        {
            File.WriteAllText(Path.Combine(output, name), "left");
        }

        Directory.CreateDirectory(Path.Combine(output, ".folder.0123abcd.tmp"));

        var (code, stdout, stderr) = Run("build", sources, "--out", output);
        Assert.True(code == 0, stderr);
        Assert.All(strays, name => Assert.False(File.Exists(Path.Combine(output, name)), name));
        Assert.All(strays, name => Assert.Contains("removed " + Path.Combine(output, name).Replace('\\', '/'), stdout));
        Assert.All(kept, name => Assert.Equal("left", File.ReadAllText(Path.Combine(output, name))));
        Assert.True(Directory.Exists(Path.Combine(output, ".folder.0123abcd.tmp")));
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Encoding.Latin1.GetString(File.ReadAllBytes(f)), StringComparer.Ordinal);
}
