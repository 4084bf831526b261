namespace AgreementLang.Rendering.Output;

/// <summary>Writes a file so that a reader, or an interrupted run, never sees half of it: the bytes go to a
/// temporary file in the same folder (so the rename stays on one file system), are flushed to disk, and the
/// temporary file is then renamed over the target. The previous content stays intact until that rename; a kill
/// at any moment leaves at most a stray <c>.NAME.XXXXXXXX.tmp</c> file, whose name no command reads as a source,
/// and which the next run into the same output folder removes (<see cref="RemoveStrays"/>).
/// Used for every file the command line writes: drafts and schedules (<c>render</c>, <c>schedule</c>,
/// <c>build</c>), exported templates, and sources rewritten by <c>fmt</c>.</summary>
public static class AtomicFile
{
    /// <summary>The suffix of temporary files; it does not end in <c>.agr</c>, so a temporary file is never taken
    /// for a source.</summary>
    public const string TempSuffix = ".tmp";

    /// <summary>The longest file name, in bytes of UTF-8, that the file systems in use store (NAME_MAX of Linux
    /// and the BSDs, the limit of NTFS, ext4, APFS and XFS).</summary>
    public const int MaxFileNameBytes = 255;

    private static readonly System.Text.RegularExpressions.Regex TemporaryPattern =
        new(@"^\..+\.[0-9a-f]{8}\.tmp$", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Singleline);

    public static void Write(string path, byte[] bytes) => Replace(path, bytes, expected: null);

    /// <summary>The name of a temporary file for <paramref name="fileName"/>: <c>.NAME.XXXXXXXX.tmp</c>, eight random
    /// hexadecimal digits, with NAME shortened so that the whole stays within <see cref="MaxFileNameBytes"/> (a file
    /// whose own name fits can always be written).</summary>
    public static string TemporaryName(string fileName, string random)
    {
        var suffix = "." + random + TempSuffix;
        var budget = MaxFileNameBytes - 1 - suffix.Length;
        var name = fileName;
        while (System.Text.Encoding.UTF8.GetByteCount(name) > budget)
        {
            // Drop whole characters (a surrogate pair together) from the end.
            name = name.Substring(0, name.Length - (name.Length >= 2 && char.IsLowSurrogate(name[^1]) ? 2 : 1));
        }

        return "." + name + suffix;
    }

    /// <summary>Whether <paramref name="fileName"/> has the form of this class's temporary files.</summary>
    public static bool IsTemporaryName(string fileName) => TemporaryPattern.IsMatch(fileName);

    /// <summary>Removes the temporary files that a killed run left in <paramref name="folder"/> (not below it): regular
    /// files whose name has the form <c>.NAME.XXXXXXXX.tmp</c>, and nothing else.</summary>
    /// <returns>The paths removed, in ordinal order.</returns>
    public static IReadOnlyList<string> RemoveStrays(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var removed = new List<string>();
        foreach (var path in Directory.EnumerateFiles(folder, ".*" + TempSuffix).Order(StringComparer.Ordinal))
        {
            if (IsTemporaryName(Path.GetFileName(path)) && FileSystem.FileNode.Of(path, followLinks: false).IsRegular)
            {
                File.Delete(path);
                removed.Add(path);
            }
        }

        return removed;
    }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> atomically, keeping an existing file's
    /// Unix permissions. When <paramref name="expected"/> is given, the file must still hold exactly those bytes
    /// just before it is replaced (an editor may have saved it since it was read); otherwise nothing is written
    /// and false is returned. A symbolic link at <paramref name="path"/>, dangling or not, is replaced by the
    /// file; what it points to is never written.</summary>
    public static bool Replace(string path, byte[] bytes, byte[]? expected)
    {
        var staged = Stage(path, bytes);
        try
        {
            return Commit(staged, expected);
        }
        finally
        {
            Discard(staged);
        }
    }

    /// <summary>A file's new bytes written to its temporary file in the target's folder and flushed to disk, not yet in
    /// place: <see cref="Commit"/> puts it there, <see cref="Discard"/> removes it. Many files can be staged at once (the
    /// flushes to disk, which dominate writing thousands of drafts, then overlap) and committed in order afterwards.</summary>
    public sealed class Staged
    {
        internal Staged(string target, string temporary)
        {
            Target = target;
            Temporary = temporary;
        }

        /// <summary>The full path the file will have.</summary>
        public string Target { get; }

        internal string Temporary { get; }
    }

    /// <summary>Writes <paramref name="bytes"/> to a new temporary file beside <paramref name="path"/> (creating the
    /// folder) and flushes it to disk; the target is not touched yet.</summary>
    public static Staged Stage(string path, byte[] bytes)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var staged = new Staged(full, Path.Combine(folder, TemporaryName(Path.GetFileName(full), Guid.NewGuid().ToString("N").Substring(0, 8))));
        try
        {
            using var stream = new FileStream(staged.Temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            stream.Write(bytes, 0, bytes.Length);
            stream.Flush(flushToDisk: true);
        }
        catch
        {
            Discard(staged);
            throw;
        }

        return staged;
    }

    /// <summary>Renames a staged file over its target, keeping an existing file's Unix permissions. When
    /// <paramref name="expected"/> is given, the target must still hold exactly those bytes just before it is replaced;
    /// otherwise nothing is renamed and false is returned (the staged file stays until <see cref="Discard"/>).</summary>
    public static bool Commit(Staged staged, byte[]? expected = null)
    {
        // File.Exists is true for a dangling link, whose mode cannot be read: look at what the path names.
        if (Existing(staged.Target) == FileSystem.FileKind.Regular)
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(staged.Temporary, File.GetUnixFileMode(staged.Target));
            }

            if (expected is not null && !File.ReadAllBytes(staged.Target).AsSpan().SequenceEqual(expected))
            {
                return false;
            }
        }

        File.Move(staged.Temporary, staged.Target, overwrite: true);
        return true;
    }

    /// <summary>Removes a staged file that was not committed (nothing when it was).</summary>
    public static void Discard(Staged staged)
    {
        if (File.Exists(staged.Temporary))
        {
            File.Delete(staged.Temporary);
        }
    }

    /// <summary>What a path leads to, following links; a dangling link or a loop of links leads nowhere.</summary>
    private static FileSystem.FileKind Existing(string path)
    {
        try
        {
            return FileSystem.FileNode.Of(path, followLinks: true).Kind;
        }
        catch (IOException)
        {
            return FileSystem.FileKind.Missing;
        }
    }
}
