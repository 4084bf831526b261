namespace AgreementLang.Rendering.Output;

/// <summary>Writes a file so that a reader, or an interrupted run, never sees half of it: the bytes go to a
/// temporary file in the same folder (so the rename stays on one file system), are flushed to disk, and the
/// temporary file is then renamed over the target. The previous content stays intact until that rename; a kill
/// at any moment leaves at most a stray <c>.NAME.XXXX.tmp</c> file, whose name no command reads as a source.
/// Used for every file the command line writes: drafts and schedules (<c>render</c>, <c>schedule</c>,
/// <c>build</c>), exported templates, and sources rewritten by <c>fmt</c>.</summary>
public static class AtomicFile
{
    /// <summary>The suffix of temporary files; it does not end in <c>.agr</c>, so a temporary file is never taken
    /// for a source.</summary>
    public const string TempSuffix = ".tmp";

    public static void Write(string path, byte[] bytes) => Replace(path, bytes, expected: null);

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> atomically, keeping an existing file's
    /// Unix permissions. When <paramref name="expected"/> is given, the file must still hold exactly those bytes
    /// just before it is replaced (an editor may have saved it since it was read); otherwise nothing is written
    /// and false is returned.</summary>
    public static bool Replace(string path, byte[] bytes, byte[]? expected)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + TempSuffix);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes, 0, bytes.Length);
                stream.Flush(flushToDisk: true);
            }

            if (File.Exists(full))
            {
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(temporary, File.GetUnixFileMode(full));
                }

                if (expected is not null && !File.ReadAllBytes(full).AsSpan().SequenceEqual(expected))
                {
                    return false;
                }
            }

            File.Move(temporary, full, overwrite: true);
            return true;
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
