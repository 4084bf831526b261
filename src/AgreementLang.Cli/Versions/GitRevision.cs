using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using AgreementLang.Diagnostics;
using AgreementLang.Syntax;
using AgreementLang.Text;

namespace AgreementLang.Cli.Versions;

/// <summary>The <c>.agr</c> files of one revision of the git repository around the current folder, read with git
/// itself (<c>git ls-tree</c>, then every blob through one <c>git cat-file --batch</c>), so that the work tree, the
/// index and the stash are never touched and no git library is needed. Each text is named <c>REV:path</c>, the path
/// from the repository's root, so diagnostics and changes point at <c>v1:examples/us-japan.agr(12,3)</c>.</summary>
public static class GitRevision
{
    /// <summary>How long one git command may take before it is abandoned (a hung git must not hang agr).</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public sealed record Read(IReadOnlyList<SourceText> Sources, IReadOnlyList<Diagnostic> EncodingProblems, string? Error);

    /// <summary>The <c>.agr</c> blobs of <paramref name="revision"/> under <paramref name="paths"/> (relative to the
    /// current folder, as git takes them; none: the current folder), in path order. Error: not a repository, an
    /// unknown revision, git missing or failing — one line for standard error.</summary>
    public static Read Load(string revision, IReadOnlyList<string> paths)
    {
        try
        {
            var inside = Git(new[] { "rev-parse", "--is-inside-work-tree" }, null);
            if (inside.Exit != 0)
            {
                return Failed("agr: --git: the current folder is not inside a git repository");
            }

            if (revision.Length == 0 || revision.StartsWith("-", StringComparison.Ordinal) ||
                Git(new[] { "rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}" }, null).Exit != 0)
            {
                return Failed($"agr: --git: unknown revision '{revision}'");
            }

            var listing = Git(new[] { "ls-tree", "-r", "-z", "--full-name", revision, "--" }.Concat(paths).ToArray(), null);
            if (listing.Exit != 0)
            {
                return Failed($"agr: --git: git ls-tree {revision} failed: {FirstLine(listing.Error)}");
            }

            var blobs = Blobs(Encoding.UTF8.GetString(listing.Output));
            if (blobs.Count == 0)
            {
                return Failed($"agr: --git: no .agr file in {revision}" + (paths.Count == 0 ? "" : " under " + string.Join(", ", paths)) + ": nothing to compare");
            }

            var request = Encoding.UTF8.GetBytes(string.Concat(blobs.Select(b => b.Id + "\n")));
            var batch = Git(new[] { "cat-file", "--batch" }, request);
            if (batch.Exit != 0)
            {
                return Failed($"agr: --git: git cat-file failed: {FirstLine(batch.Error)}");
            }

            return Parse(revision, blobs, batch.Output);
        }
        catch (Win32Exception)
        {
            return Failed("agr: --git: git is not installed, or not on the PATH");
        }
        catch (TimeoutException e)
        {
            return Failed("agr: --git: " + e.Message);
        }
    }

    /// <summary>Splits <c>OLD..NEW</c>; null when it is not of that form.</summary>
    public static (string Old, string New)? Range(string range)
    {
        var dots = range.IndexOf("..", StringComparison.Ordinal);
        if (dots <= 0 || dots + 2 >= range.Length || range.IndexOf("..", dots + 2, StringComparison.Ordinal) >= 0 || range[dots + 2] == '.')
        {
            return null;
        }

        return (range.Substring(0, dots), range.Substring(dots + 2));
    }

    private static Read Failed(string error) => new(Array.Empty<SourceText>(), Array.Empty<Diagnostic>(), error);

    /// <summary>The blob entries of <c>ls-tree -z</c> output that are <c>.agr</c> files outside bin and obj.</summary>
    private static List<(string Id, string Path)> Blobs(string listing)
    {
        var blobs = new List<(string Id, string Path)>();
        foreach (var entry in listing.Split(new[] { '\0' }, StringSplitOptions.RemoveEmptyEntries))
        {
            // "<mode> SP <type> SP <object> TAB <path>"
            var tab = entry.IndexOf('\t');
            var fields = tab < 0 ? Array.Empty<string>() : entry.Substring(0, tab).Split(' ');
            var path = tab < 0 ? "" : entry.Substring(tab + 1);
            if (fields.Length == 3 && fields[1] == "blob" && path.EndsWith(".agr", StringComparison.Ordinal) &&
                !path.Split('/').Any(p => p is "bin" or "obj"))
            {
                blobs.Add((fields[2], path));
            }
        }

        blobs.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return blobs;
    }

    /// <summary>Reads the <c>cat-file --batch</c> answers ("&lt;id&gt; blob &lt;size&gt;\n&lt;bytes&gt;\n") in request order.</summary>
    private static Read Parse(string revision, List<(string Id, string Path)> blobs, byte[] output)
    {
        var sources = new List<SourceText>();
        var problems = new List<Diagnostic>();
        var at = 0;
        foreach (var (_, path) in blobs)
        {
            var end = Array.IndexOf(output, (byte)'\n', at);
            var header = end < 0 ? "" : Encoding.ASCII.GetString(output, at, end - at);
            var parts = header.Split(' ');
            if (parts.Length != 3 || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var size) || end + 1 + size > output.Length)
            {
                return Failed($"agr: --git: unexpected answer from git cat-file for {path}: '{header}'");
            }

            var name = revision + ":" + path;
            if (size > SourceCollector.MaxFileBytes)
            {
                var empty = new SourceText(name, "");
                problems.Add(Diagnostic.FileTooLarge(new Location(empty, new TextSpan(0, 0)),
                    size.ToString("N0", CultureInfo.InvariantCulture) + " bytes", Parser.MaxFileLength));
                sources.Add(empty);
            }
            else
            {
                var bytes = new byte[size];
                Array.Copy(output, end + 1, bytes, 0, size);
                var (text, problem) = SourceLoader.Load(name, bytes);
                sources.Add(text);
                if (problem is not null)
                {
                    problems.Add(problem);
                }
            }

            at = (int)(end + 1 + size + 1);
        }

        return new Read(sources, problems, null);
    }

    private static string FirstLine(string text) => text.Split('\n').FirstOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "no message";

    private sealed record Result(int Exit, byte[] Output, string Error);

    /// <summary>Runs git in the current folder with <paramref name="input"/> on its standard input; output is read
    /// while input is written, so that a large batch cannot deadlock on full pipes.</summary>
    private static Result Git(string[] arguments, byte[]? input)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Plain, untranslated messages; no pager, no prompt for credentials.
        start.Environment["LC_ALL"] = "C";
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        using var process = Process.Start(start) ?? throw new Win32Exception("git did not start");
        var output = new MemoryStream();
        var reading = process.StandardOutput.BaseStream.CopyToAsync(output);
        var error = process.StandardError.ReadToEndAsync();
        var writing = Task.Run(() =>
        {
            try
            {
                if (input is not null)
                {
                    process.StandardInput.BaseStream.Write(input, 0, input.Length);
                }

                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // git ended before reading everything: its exit code and message say why.
            }
        });
        if (!process.WaitForExit((int)Limit.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"git {arguments[0]} did not finish within {Limit.TotalSeconds:F0} s");
        }

        Task.WaitAll(reading, error, writing);
        return new Result(process.ExitCode, output.ToArray(), error.Result);
    }
}
