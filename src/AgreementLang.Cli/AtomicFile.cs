namespace AgreementLang.Cli;

/// <summary>Replaces a file's content all at once: the new bytes go to a temporary file in the same folder (so
/// the rename never crosses a file system), are flushed to disk, and the temporary file is then renamed over the
/// target. A reader, or a crash or kill at any moment, sees either the old file or the new one, never a mix; an
/// interrupted write leaves at most a stray <c>.*.agr-tmp</c> file, whose name no command picks up.</summary>
public static class AtomicFile
{
    /// <summary>The suffix of temporary files; it does not end in <c>.agr</c>, so sources are never confused with it.</summary>
    public const string TempSuffix = ".agr-tmp";

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> atomically. When
    /// <paramref name="expected"/> is given, the file must still hold exactly those bytes just before it is
    /// replaced (someone may have saved it in an editor meanwhile); otherwise nothing is written and false is
    /// returned. The file's Unix permissions are kept.</summary>
    public static bool Replace(string path, byte[] bytes, byte[]? expected = null)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        var temp = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N").Substring(0, 12) + TempSuffix);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes, 0, bytes.Length);
                stream.Flush(flushToDisk: true);
            }

            if (File.Exists(full))
            {
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(temp, File.GetUnixFileMode(full));
                }

                if (expected is not null && !File.ReadAllBytes(full).AsSpan().SequenceEqual(expected))
                {
                    File.Delete(temp);
                    return false;
                }
            }

            File.Move(temp, full, overwrite: true);
            return true;
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The original is intact either way; a stray temporary file is harmless.
        }
    }
}
