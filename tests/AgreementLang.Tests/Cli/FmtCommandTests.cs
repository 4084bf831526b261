using System.Text;
using AgreementLang.Cli;
using AgreementLang.Diagnostics;
using AgreementLang.Rendering.Output;
using AgreementLang.Formatting;
using AgreementLang.Tests.Infrastructure;
using AgreementLang.Text;

namespace AgreementLang.Tests.Cli;

[Trait("Runs", "agr")]
public sealed class FmtCommandTests : IDisposable
{
    private const string Messy = "zone   Z {\n\tmembers US,JP\n  // kept\n    non-market CN // kept too\n}\n";
    private const string Tidy = "zone Z {\n  members US, JP\n  // kept\n  non-market CN  // kept too\n}\n";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("agr-fmt-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string name, string text) => WriteBytes(name, Encoding.UTF8.GetBytes(text));

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder.FullName, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static (int Exit, string Out, string Err) Run(params string[] args) => Agr.InProcess(null, args);

    [Fact]
    public void Fmt_rewrites_a_file_and_a_second_run_changes_nothing()
    {
        var path = Write("z.agr", Messy);
        var (exit, output, error) = Run("fmt", _folder.FullName);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal("", error);
        Assert.Contains("z.agr: formatted", output);
        Assert.Equal(Tidy, File.ReadAllText(path));

        var again = Run("fmt", path);
        Assert.Equal(ExitCodes.Success, again.Exit);
        Assert.Contains("1 file: 0 formatted, 1 already formatted.", again.Out);
        Assert.Empty(Directory.GetFiles(_folder.FullName, "*" + AtomicFile.TempSuffix, SearchOption.AllDirectories));
    }

    [Fact]
    public void Check_lists_the_files_that_would_change_exits_with_1_and_writes_nothing()
    {
        var messy = Write("a/messy.agr", Messy);
        var tidy = Write("b/tidy.agr", Tidy);
        var before = File.GetLastWriteTimeUtc(messy);
        var (exit, output, _) = Run("fmt", "--check", _folder.FullName);
        Assert.Equal(ExitCodes.Errors, exit);
        Assert.Contains("messy.agr: would be reformatted", output);
        Assert.DoesNotContain("tidy.agr", output);
        Assert.Contains("2 files checked: 1 would be reformatted, 1 already formatted.", output);
        Assert.Equal(Messy, File.ReadAllText(messy));
        Assert.Equal(before, File.GetLastWriteTimeUtc(messy));

        Assert.Equal(ExitCodes.Success, Run("fmt", "--check", tidy).Exit);
    }

    [Fact]
    public void A_file_with_syntax_errors_is_reported_and_left_alone_and_does_not_fail_check()
    {
        const string broken = "zone   Z {\n  members US,\n}\n";
        var path = Write("broken.agr", broken);
        Write("tidy.agr", Tidy);

        var check = Run("fmt", "--check", _folder.FullName);
        Assert.Equal(ExitCodes.Success, check.Exit);
        Assert.Contains("broken.agr(2,14): error AGR001:", check.Err);
        Assert.Contains("broken.agr: note: left unchanged: it has syntax errors", check.Err);
        Assert.Contains("1 left unchanged", check.Out);

        var (exit, _, error) = Run("fmt", _folder.FullName);
        Assert.Equal(ExitCodes.Errors, exit);
        Assert.Contains("left unchanged: it has syntax errors", error);
        Assert.Equal(broken, File.ReadAllText(path));
    }

    [Fact]
    public void A_file_that_is_not_valid_utf8_is_never_rewritten()
    {
        var bytes = Encoding.UTF8.GetBytes("zone   Z \"caf").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes("\" {\n}\n")).ToArray();
        var path = WriteBytes("latin1.agr", bytes);
        var (exit, _, error) = Run("fmt", path);
        Assert.Equal(ExitCodes.Errors, exit);
        Assert.Contains("error AGR011", error);
        Assert.Contains("left unchanged: it is not valid UTF-8", error);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void The_byte_order_mark_and_crlf_line_breaks_are_kept()
    {
        var bom = new byte[] { 0xEF, 0xBB, 0xBF };
        var path = WriteBytes("crlf.agr", bom.Concat(Encoding.UTF8.GetBytes(Messy.Replace("\n", "\r\n"))).ToArray());
        Assert.Equal(ExitCodes.Success, Run("fmt", path).Exit);
        Assert.Equal(bom.Concat(Encoding.UTF8.GetBytes(Tidy.Replace("\n", "\r\n"))).ToArray(), File.ReadAllBytes(path));

        var plain = Write("lf.agr", Messy);
        Assert.Equal(ExitCodes.Success, Run("fmt", plain).Exit);
        Assert.Equal(Encoding.UTF8.GetBytes(Tidy), File.ReadAllBytes(plain));
    }

    [Fact]
    public void Unix_permissions_survive_the_atomic_replacement()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var path = Write("z.agr", Messy);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        Assert.Equal(ExitCodes.Success, Run("fmt", path).Exit);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(path));
    }

    [Fact]
    public void A_symbolic_link_is_left_alone_and_the_file_it_points_to_is_not_touched()
    {
        var outside = Directory.CreateTempSubdirectory("agr-fmt-outside-");
        try
        {
            var target = Path.Combine(outside.FullName, "target.agr");
            File.WriteAllText(target, Messy);
            var link = Path.Combine(_folder.FullName, "link.agr");
            File.CreateSymbolicLink(link, target);
            var (exit, _, error) = Run("fmt", _folder.FullName);
            Assert.Equal(ExitCodes.Errors, exit);
            Assert.Contains("it is a symbolic link", error);

            // --check agrees: the link is noted, not listed as a file that would change.
            var check = Run("fmt", "--check", _folder.FullName);
            Assert.Equal(ExitCodes.Success, check.Exit);
            Assert.Contains("it is a symbolic link", check.Err);
            Assert.Equal(Messy, File.ReadAllText(target));
            Assert.NotNull(new FileInfo(link).LinkTarget);
        }
        finally
        {
            outside.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_file_edited_between_reading_and_writing_is_not_overwritten()
    {
        var path = Write("z.agr", Messy);
        var read = File.ReadAllBytes(path);
        File.WriteAllText(path, Messy + "// saved in an editor meanwhile\n");
        Assert.False(AtomicFile.Replace(path, Encoding.UTF8.GetBytes(Tidy), expected: read));
        Assert.Equal(Messy + "// saved in an editor meanwhile\n", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_folder.FullName));
    }

    [Fact]
    public void A_missing_path_is_a_usage_error()
    {
        var (exit, _, error) = Run("fmt", Path.Combine(_folder.FullName, "nothing-here"));
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("no such file or folder", error);
    }

    /// <summary>Kills <c>agr fmt</c> while it writes a few hundred files (as soon as the first one has changed)
    /// and checks that every file is whole: either exactly what it was or exactly its formatted text, and that no
    /// stray file can be mistaken for a source. Runs until one kill lands mid-way (at most five tries).</summary>
    [Fact]
    public void Killing_fmt_mid_run_leaves_every_file_either_as_it_was_or_fully_formatted()
    {
        const int count = 400;
        var formatted = SafeFormatter.Format(new SourceText("x.agr", Messy)).Text!;
        var interruptedMidway = false;
        for (var attempt = 0; attempt < 5 && !interruptedMidway; attempt++)
        {
            var folder = Directory.CreateTempSubdirectory("agr-fmt-kill-");
            try
            {
                for (var i = 0; i < count; i++)
                {
                    File.WriteAllText(Path.Combine(folder.FullName, $"f{i:D4}.agr"), Messy);
                }

                using var process = Agr.Start(folder.FullName, "fmt", ".");
                _ = process.StandardOutput.ReadToEndAsync();
                _ = process.StandardError.ReadToEndAsync();
                var deadline = DateTime.UtcNow.AddSeconds(60);
                while (!process.HasExited && DateTime.UtcNow < deadline &&
                       !Directory.EnumerateFiles(folder.FullName, "*.agr").Any(f => File.ReadAllText(f) != Messy))
                {
                    Thread.Sleep(1);
                }

                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }

                process.WaitForExit();
                var sources = Directory.GetFiles(folder.FullName, "*.agr");
                Assert.Equal(count, sources.Length);
                var states = sources.Select(File.ReadAllText).ToArray();
                Assert.All(states, text => Assert.True(text == Messy || text == formatted, "a file was left half-written: " + text));
                Assert.All(Directory.GetFiles(folder.FullName).Except(sources), stray => Assert.EndsWith(AtomicFile.TempSuffix, stray));
                var done = states.Count(t => t == formatted);
                interruptedMidway = done > 0 && done < count;
            }
            finally
            {
                folder.Delete(recursive: true);
            }
        }

        Assert.True(interruptedMidway, "no attempt was killed while it was writing");
    }
}
