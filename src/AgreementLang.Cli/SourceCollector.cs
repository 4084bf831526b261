using System.Globalization;
using AgreementLang.Concurrency;
using AgreementLang.Diagnostics;
using AgreementLang.Rendering.FileSystem;
using AgreementLang.Syntax;
using AgreementLang.Text;

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
        // Files are read and decoded on every core; the loop below takes them in the stable order Expand gives.
        foreach (var loaded in InputOrder.Map(Expand(paths, errors), Load))
        {
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
    /// a path that does not exist, is not a regular file or folder, or cannot be read adds a one-line message to
    /// <paramref name="errors"/>. Symbolic links are followed, but each real folder is walked once and each real
    /// file counted once (see <see cref="FolderWalker"/>), so links that loop end and a link beside its target is
    /// not a second copy of the file.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, List<string> errors)
    {
        var files = new List<(string Path, string Id)>();
        var folders = new List<string>();
        foreach (var path in paths)
        {
            FileNode node;
            try
            {
                node = FileNode.Of(path, followLinks: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.Add($"agr: cannot read '{path}': {FolderWalker.Reason(e)}");
                continue;
            }

            switch (node.Kind)
            {
                case FileKind.Regular:
                    files.Add((path, node.Id));
                    break;
                case FileKind.Directory:
                    folders.Add(path);
                    break;
                case FileKind.Missing:
                    errors.Add($"agr: no such file or folder: '{path}'");
                    break;
                default:
                    errors.Add($"agr: cannot read '{path}': it is {FileNode.Describe(node.Kind)}, not a regular file or folder");
                    break;
            }
        }

        var walked = FolderWalker.Find(folders, ".agr", name => name is "bin" or "obj");
        errors.AddRange(walked.Errors);

        // Each real file once: a file named on the command line and found in a folder too is read once.
        var result = new SortedSet<string>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, id) in files)
        {
            if (ids.Add(id))
            {
                result.Add(Normalise(path));
            }
        }

        foreach (var file in walked.Files)
        {
            if (IsBuildOutput(file))
            {
                continue;
            }

            string id;
            try
            {
                id = FileNode.Of(file, followLinks: true).Id;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.Add($"agr: cannot read '{file}': {FolderWalker.Reason(e)}");
                continue;
            }

            if (ids.Add(id))
            {
                result.Add(Normalise(file));
            }
        }

        return result.ToArray();
    }

    /// <summary>A file's text as the compiler sees it, with what is needed to write it back unchanged in every
    /// respect but its layout: its bytes and whether it starts with a byte-order mark.</summary>
    public sealed record Loaded(string Path, SourceText? Source, Diagnostic? Problem, byte[] Bytes, bool HasBom, string? Error);

    /// <summary>Reads one file. A file too large to be parsed is not read in full (reading a runaway multi-gigabyte
    /// file into memory would fail before the parser could refuse it): it becomes an empty text with AGR006. Anything
    /// but a regular file (a FIFO, which would block, a device such as /dev/zero, which never ends) is an error.</summary>
    public static Loaded Load(string file)
    {
        try
        {
            // Only regular files are read, and at most MaxFileBytes + 1 bytes of one, whatever length it reports.
            var contents = RegularFile.Read(file, MaxFileBytes);
            if (contents.TooLarge)
            {
                var empty = new SourceText(file, "");
                var size = contents.ReportedLength > MaxFileBytes
                    ? contents.ReportedLength.ToString("N0", CultureInfo.InvariantCulture) + " bytes"
                    : "more than " + MaxFileBytes.ToString("N0", CultureInfo.InvariantCulture) + " bytes";
                var problem = Diagnostic.FileTooLarge(new Location(empty, new TextSpan(0, 0)), size, Parser.MaxFileLength);
                return new Loaded(file, empty, problem, Array.Empty<byte>(), false, null);
            }

            var bytes = contents.Bytes;
            var (text, encoding) = SourceLoader.Load(file, bytes);
            var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
            return new Loaded(file, text, encoding, bytes, bom, null);
        }
        catch (FileReadException e)
        {
            return new Loaded(file, null, null, Array.Empty<byte>(), false, "agr: " + e.Message);
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
