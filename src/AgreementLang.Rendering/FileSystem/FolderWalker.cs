namespace AgreementLang.Rendering.FileSystem;

/// <summary>Finds the files of one extension under folders, recursively, following symbolic links but walking each
/// real folder once and returning each real file once (by <see cref="FileNode.Id"/>: device and inode on Linux, the
/// resolved real path elsewhere). Links that loop, or point back up the tree, therefore end; a file reached both
/// directly and through a link (or a hard link beside it) is returned once, under the path that uses no link (the
/// first in ordinal order among equals). Folders reached through links are walked after every folder reachable
/// without one, so that the path reported does not depend on the order of names.
///
/// Only regular files are returned; a FIFO, device or socket with the extension, a dangling link with it and a
/// folder that cannot be read are reported as one-line errors naming the path.</summary>
public static class FolderWalker
{
    public sealed record Result(IReadOnlyList<string> Files, IReadOnlyList<string> Errors);

    /// <param name="roots">Folders to walk.</param>
    /// <param name="extension">The file name ending to look for (<c>.agr</c>).</param>
    /// <param name="skipFolder">Names of folders not to enter (<c>bin</c>, <c>obj</c>).</param>
    /// <param name="stopAtFirst">Stop as soon as one file is found.</param>
    public static Result Find(IEnumerable<string> roots, string extension, Func<string, bool>? skipFolder = null, bool stopAtFirst = false)
    {
        var walk = new Walk(extension, skipFolder ?? (_ => false), stopAtFirst);
        foreach (var root in roots)
        {
            walk.Folder(root, throughLink: false);
        }

        // Folders reached through a link, after all the others; walking one may find further links.
        for (var i = 0; i < walk.Linked.Count && !walk.Done; i++)
        {
            walk.Folder(walk.Linked[i], throughLink: true);
        }

        var files = walk.Found.Values.Select(f => f.Path).Order(StringComparer.Ordinal).ToArray();
        return new Result(files, walk.Errors);
    }

    private sealed class Walk(string extension, Func<string, bool> skipFolder, bool stopAtFirst)
    {
        private readonly HashSet<string> _folders = new(StringComparer.Ordinal);

        public List<string> Linked { get; } = [];

        public Dictionary<string, (string Path, bool ThroughLink)> Found { get; } = new(StringComparer.Ordinal);

        public List<string> Errors { get; } = [];

        public bool Done => stopAtFirst && Found.Count > 0;

        public void Folder(string folder, bool throughLink)
        {
            if (Done)
            {
                return;
            }

            string[] entries;
            try
            {
                var node = FileNode.Of(folder, followLinks: true);
                if (!node.IsDirectory || !_folders.Add(node.Id))
                {
                    return;
                }

                entries = Directory.EnumerateFileSystemEntries(folder, "*", new EnumerationOptions
                {
                    RecurseSubdirectories = false,
                    IgnoreInaccessible = false,
                    AttributesToSkip = 0,
                    ReturnSpecialDirectories = false,
                }).Order(StringComparer.Ordinal).ToArray();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Errors.Add($"agr: cannot read folder '{Shown(folder)}': {Reason(e)}");
                return;
            }

            foreach (var entry in entries)
            {
                Entry(entry, throughLink);
                if (Done)
                {
                    return;
                }
            }
        }

        private void Entry(string path, bool throughLink)
        {
            var name = Path.GetFileName(path);
            var wanted = name.EndsWith(extension, OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
            FileNode node;
            bool isLink;
            try
            {
                node = FileNode.Of(path, followLinks: false);
                isLink = node.Kind == FileKind.SymbolicLink;
                if (isLink)
                {
                    node = FileNode.Of(path, followLinks: true);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A link that loops on itself is a problem only where a file of ours was expected.
                if (wanted)
                {
                    Errors.Add($"agr: cannot read '{Shown(path)}': {Reason(e)}");
                }

                return;
            }

            switch (node.Kind)
            {
                case FileKind.Directory when skipFolder(name):
                    return;
                case FileKind.Directory when isLink:
                    Linked.Add(path);
                    return;
                case FileKind.Directory:
                    Folder(path, throughLink);
                    return;
                case FileKind.Regular when wanted:
                    var candidate = (path, throughLink || isLink);
                    if (!Found.TryGetValue(node.Id, out var existing) || Better(candidate, existing))
                    {
                        Found[node.Id] = candidate;
                    }

                    return;
                case FileKind.Missing when wanted:
                    Errors.Add($"agr: cannot read '{Shown(path)}': it is a symbolic link to a file that does not exist");
                    return;
                case FileKind.Regular or FileKind.Missing:
                    return;
                default:
                    if (wanted)
                    {
                        Errors.Add($"agr: cannot read '{Shown(path)}': it is {FileNode.Describe(node.Kind)}, not a regular file");
                    }

                    return;
            }
        }

        private static bool Better((string Path, bool ThroughLink) candidate, (string Path, bool ThroughLink) existing) =>
            candidate.ThroughLink != existing.ThroughLink
                ? !candidate.ThroughLink
                : string.CompareOrdinal(candidate.Path, existing.Path) < 0;
    }

    /// <summary>Why a path could not be read, in a few words.</summary>
    public static string Reason(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        FileNotFoundException or DirectoryNotFoundException => "no such file or folder",
        _ => e.Message,
    };

    private static string Shown(string path) => path.Replace('\\', '/');
}
