namespace AgreementLang.Rendering.FileSystem;

/// <summary>A file that could not be read; the message is one line naming the path:
/// <c>cannot read 'templates/preamble.hbs': it is a FIFO (named pipe), not a regular file</c>.</summary>
public sealed class FileReadException(string path, string reason, Exception? inner = null)
    : IOException($"cannot read '{path.Replace('\\', '/')}': {reason}", inner)
{
    public string Path { get; } = path;

    public string Reason { get; } = reason;
}

/// <summary>Reads regular files only, and never more than a limit: a FIFO would block for ever, a device such as
/// <c>/dev/zero</c> never ends, and the length a file reports (0 for both, and for files in <c>/proc</c>) says
/// nothing of what a read returns. The limit is therefore counted in bytes actually read.</summary>
public static class RegularFile
{
    public sealed record Contents(byte[] Bytes, bool TooLarge, long ReportedLength);

    /// <summary>Reads at most <paramref name="maxBytes"/> bytes of the regular file at <paramref name="path"/>
    /// (following symbolic links). A file above the limit is not read at all when its reported length already
    /// says so, and otherwise read only until the limit is passed; either way <see cref="Contents.TooLarge"/> is set
    /// and no bytes are returned.</summary>
    /// <exception cref="FileReadException">The path is missing, a folder, not a regular file, or unreadable.</exception>
    public static Contents Read(string path, long maxBytes)
    {
        try
        {
            var node = FileNode.Of(path, followLinks: true);
            switch (node.Kind)
            {
                case FileKind.Regular:
                    break;
                case FileKind.Missing:
                    throw new FileReadException(path, FileNode.Of(path, followLinks: false).Kind == FileKind.SymbolicLink
                        ? "it is a symbolic link to a file that does not exist"
                        : "no such file");
                default:
                    throw new FileReadException(path, $"it is {FileNode.Describe(node.Kind)}, not a regular file");
            }

            if (node.Size > maxBytes)
            {
                return new Contents([], true, node.Size);
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
            var buffer = new byte[(int)Math.Min(Math.Max(node.Size, 4096), maxBytes + 1)];
            var total = 0;
            while (true)
            {
                if (total == buffer.Length)
                {
                    if (total > maxBytes)
                    {
                        return new Contents([], true, node.Size);
                    }

                    Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, maxBytes + 1));
                }

                var read = stream.Read(buffer, total, buffer.Length - total);
                if (read == 0)
                {
                    break;
                }

                total += read;
            }

            if (total > maxBytes)
            {
                return new Contents([], true, node.Size);
            }

            Array.Resize(ref buffer, total);
            return new Contents(buffer, false, node.Size);
        }
        catch (FileReadException)
        {
            throw;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FileReadException(path, FolderWalker.Reason(e), e);
        }
    }
}
