using AgreementLang.Diagnostics;
using AgreementLang.Syntax;
using AgreementLang.Text;

namespace AgreementLang.LanguageServer.Workspace;

/// <summary>Finding and reading the <c>.agr</c> files of a workspace folder from disk.</summary>
public static class WorkspaceFiles
{
    /// <summary>Folders that hold build output, dependencies or tool state, never sources.</summary>
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { "bin", "obj", "node_modules", "out" };

    /// <summary>The largest file read, as for <c>agr check</c>: the parser refuses anything longer (AGR012).</summary>
    private const long MaxBytes = (3L * Parser.MaxFileLength) + 3;

    public static IReadOnlyList<string> Find(string root)
    {
        var found = new List<string>();
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            try
            {
                found.AddRange(Directory.EnumerateFiles(folder, "*.agr").Where(f => new FileInfo(f).LinkTarget is null));
                foreach (var child in Directory.EnumerateDirectories(folder))
                {
                    var name = Path.GetFileName(child);
                    if (!name.StartsWith('.') && !Skipped.Contains(name) && new DirectoryInfo(child).LinkTarget is null)
                    {
                        pending.Push(child);
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // An unreadable folder is skipped; its files can still be opened in the editor.
            }
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }

    public static (SourceText Text, Diagnostic? Problem)? Load(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxBytes)
            {
                // Reported as the command line reports it (AGR012), without reading the file.
                var empty = new SourceText(path, "");
                var size = info.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " bytes";
                return (empty, Diagnostic.FileTooLarge(new Location(empty, new TextSpan(0, 0)), size, Parser.MaxFileLength));
            }

            return SourceLoader.Load(path, File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
