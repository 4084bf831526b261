using System.Runtime.InteropServices;

namespace AgreementLang.Rendering.FileSystem;

/// <summary>What a path names on disk.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    SymbolicLink,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
    Other,
}

/// <summary>A file system entry: its kind, an identity that two paths to the same file share, and its size.
///
/// On Linux the identity is the device and inode number, read with <c>statx(2)</c>, which .NET does not expose
/// (<see cref="FileSystemInfo"/> has neither, and reports FIFOs and devices as ordinary files): paths through
/// symbolic links, hard links and bind mounts to one file or folder share it. Elsewhere, or where <c>statx</c> is
/// unavailable, the identity is the resolved real path (every symbolic link in it followed), and only regular
/// files, folders and links are told apart.</summary>
public readonly record struct FileNode(FileKind Kind, string Id, long Size)
{
    public static readonly FileNode Missing = new(FileKind.Missing, "", 0);

    public bool IsRegular => Kind == FileKind.Regular;

    public bool IsDirectory => Kind == FileKind.Directory;

    /// <summary>The entry at <paramref name="path"/>; with <paramref name="followLinks"/>, what a symbolic link
    /// points to (<see cref="FileKind.Missing"/> for a dangling link).</summary>
    /// <exception cref="UnauthorizedAccessException">A folder on the way may not be searched.</exception>
    /// <exception cref="IOException">A loop of symbolic links, or another error of the file system.</exception>
    public static FileNode Of(string path, bool followLinks)
    {
        if (OperatingSystem.IsLinux() && s_statx)
        {
            try
            {
                return Statx(path, followLinks);
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
                s_statx = false;
            }
        }

        return Managed(path, followLinks);
    }

    /// <summary>A short description of the kind, for messages: "a FIFO", "a character device".</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Regular => "a regular file",
        FileKind.Directory => "a folder",
        FileKind.SymbolicLink => "a symbolic link",
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.Missing => "missing",
        _ => "a special file",
    };

    private static bool s_statx = true;

    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxBasicStats = 0x7ff;
    private const int ENOENT = 2;
    private const int ENOTDIR = 20;
    private const int EACCES = 13;
    private const int ELOOP = 40;
    private const int ENOSYS = 38;
    private const int EPERM = 1;

    private static FileNode Statx(string path, bool followLinks)
    {
        if (statx(AtFdCwd, path, followLinks ? 0 : AtSymlinkNoFollow, StatxBasicStats, out var buffer) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            switch (errno)
            {
                case ENOENT or ENOTDIR:
                    return Missing;
                case EACCES:
                    throw new UnauthorizedAccessException("permission denied");
                case ELOOP:
                    throw new IOException("too many levels of symbolic links (a loop)");
                case ENOSYS or EPERM:
                    // A kernel or a sandbox without statx: the portable way from now on.
                    s_statx = false;
                    return Managed(path, followLinks);
                default:
                    throw new IOException(Marshal.GetPInvokeErrorMessage(errno));
            }
        }

        var kind = (buffer.Mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.SymbolicLink,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Other,
        };
        var id = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{buffer.DevMajor}:{buffer.DevMinor}:{buffer.Ino}");
        return new FileNode(kind, id, (long)Math.Min(buffer.Size, long.MaxValue));
    }

    private static FileNode Managed(string path, bool followLinks)
    {
        var full = Path.GetFullPath(path);
        FileSystemInfo info = new FileInfo(full);
        if (!info.Exists)
        {
            info = new DirectoryInfo(full);
            if (!info.Exists)
            {
                return Missing;
            }
        }

        if (info.LinkTarget is not null)
        {
            if (!followLinks)
            {
                return new FileNode(FileKind.SymbolicLink, full, 0);
            }

            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !target.Exists)
            {
                return Missing;
            }

            info = target;
        }

        var isDirectory = (info.Attributes & FileAttributes.Directory) != 0;
        return new FileNode(isDirectory ? FileKind.Directory : FileKind.Regular, RealPath(info.FullName),
            isDirectory ? 0 : ((FileInfo)info).Length);
    }

    /// <summary>The path with every symbolic link in it resolved.</summary>
    internal static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var parts = new Queue<string>(full.Substring(root.Length).Split(Separators, StringSplitOptions.RemoveEmptyEntries));
        var current = root;
        var links = 0;
        while (parts.Count > 0)
        {
            var next = Path.Combine(current, parts.Dequeue());
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > 40)
            {
                throw new IOException("too many levels of symbolic links (a loop)");
            }

            var resolved = Path.GetFullPath(Path.IsPathFullyQualified(target) ? target : Path.Combine(current, target));
            var rest = parts.ToArray();
            root = Path.GetPathRoot(resolved)!;
            parts = new Queue<string>(resolved.Substring(root.Length).Split(Separators, StringSplitOptions.RemoveEmptyEntries).Concat(rest));
            current = root;
        }

        return current;
    }

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    /// <summary>The part of <c>struct statx</c> (linux/stat.h; the same layout on every architecture) read here.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(28)]
        public ushort Mode;

        [FieldOffset(32)]
        public ulong Ino;

        [FieldOffset(40)]
        public ulong Size;

        [FieldOffset(136)]
        public uint DevMajor;

        [FieldOffset(140)]
        public uint DevMinor;
    }

#pragma warning disable SYSLIB1054 // a plain DllImport: LibraryImport would need unsafe code in this assembly
    [DllImport("libc", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, out StatxBuffer buffer);
#pragma warning restore SYSLIB1054
}
