using System.Globalization;
using AgreementLang.Diagnostics;
using AgreementLang.Syntax;

namespace AgreementLang.Cli;

/// <summary>Expands the paths given on the command line into <c>.agr</c> sources (folders recursively), in a
/// stable order, and reads them as UTF-8.</summary>
public static class SourceCollector
{
    public sealed record Collected(IReadOnlyList<SourceText> Sources, IReadOnlyList<Diagnostic> EncodingProblems, IReadOnlyList<string> Errors);

    public static Collected Collect(IEnumerable<string> paths)
    {
        var errors = new List<string>();
        var sources = new List<SourceText>();
        var problems = new List<Diagnostic>();
        foreach (var file in Expand(paths, errors))
        {
            var loaded = Load(file);
            if (loaded.Error is not null)
            {
                errors.Add(loaded.Error);
                continue;
            }

            sources.Add(loaded.Source!);
            if (loaded.Problem is not null)
            {
                problems.Add(loaded.Problem);
            }
        }

        return new Collected(sources, problems, errors);
    }

    /// <summary>The <c>.agr</c> files the paths name (folders recursively, skipping bin and obj), in ordinal order;
    /// a path that does not exist adds a message to <paramref name="errors"/>.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, List<string> errors)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(Normalise(path));
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*.agr", SearchOption.AllDirectories))
                {
                    if (!IsBuildOutput(file))
                    {
                        files.Add(Normalise(file));
                    }
                }
            }
            else
            {
                errors.Add($"agr: no such file or folder: '{path}'");
            }
        }

        return files.ToArray();
    }

    /// <summary>A file's text as the compiler sees it, with what is needed to write it back unchanged in every
    /// respect but its layout: its bytes and whether it starts with a byte-order mark.</summary>
    public sealed record Loaded(string Path, SourceText? Source, Diagnostic? Problem, byte[] Bytes, bool HasBom, string? Error);

    /// <summary>Reads one file. A file too large to be parsed is not read at all (reading a runaway multi-gigabyte
    /// file into memory would fail before the parser could refuse it): it becomes an empty text with AGR006.</summary>
    public static Loaded Load(string file)
    {
        try
        {
            var length = new FileInfo(file).Length;
            if (length > MaxFileBytes)
            {
                var empty = new SourceText(file, "");
                var problem = Diagnostic.Create(DiagnosticCatalog.FileTooLarge, new Location(empty, new TextSpan(0, 0)),
                    length.ToString("N0", CultureInfo.InvariantCulture) + " bytes", Parser.MaxFileLength);
                return new Loaded(file, empty, problem, Array.Empty<byte>(), false, null);
            }

            var bytes = File.ReadAllBytes(file);
            var (text, encoding) = SourceLoader.Load(file, bytes);
            var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
            return new Loaded(file, text, encoding, bytes, bom, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Loaded(file, null, null, Array.Empty<byte>(), false, $"agr: cannot read '{file}': {e.Message}");
        }
    }

    /// <summary>Above this many bytes a file certainly has more than <see cref="Parser.MaxFileLength"/> characters
    /// (UTF-8 needs at most three bytes per UTF-16 code unit), so it is refused unread.</summary>
    public const long MaxFileBytes = (3L * Parser.MaxFileLength) + 3;

    private static string Normalise(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.GetFullPath(path));
        return relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(path) : relative.Replace('\\', '/');
    }

    private static bool IsBuildOutput(string file)
    {
        var parts = file.Replace('\\', '/').Split('/');
        return parts.Any(p => p is "bin" or "obj");
    }
}
