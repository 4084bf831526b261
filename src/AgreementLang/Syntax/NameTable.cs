using System.Runtime.CompilerServices;
namespace AgreementLang.Syntax;

/// <summary>Hands out one string per distinct name in a parse, in the manner of Roslyn's string table: a file
/// of twenty thousand agreements spells "NdPr", "oxide" and "US" hundreds of thousands of times, and keeping
/// one copy of each shrinks the live syntax tree, which is what the garbage collector spends its time on.
/// Not thread-safe: one table per parse.</summary>
internal sealed class NameTable
{
    private const int MaxLength = 32;
    private readonly string?[] _entries;
    private readonly int _mask;

    /// <summary>A table sized to the text: a 1 KB file needs a few dozen slots, a 20 MB file a few thousand.</summary>
    public NameTable(int textLength)
    {
        var size = 64;
        while (size < 4096 && size * 16 < textLength)
        {
            size *= 2;
        }

        _entries = new string?[size];
        _mask = size - 1;
    }

    [MethodImpl(Jit.Optimized)]
    public string Get(string source, int start, int length)
    {
        if (length > MaxLength)
        {
            return source.Substring(start, length);
        }

        var hash = (uint)length * 16777619u;
        for (var i = 0; i < length; i++)
        {
            hash = (hash ^ source[start + i]) * 16777619u;
        }

        var slot = (int)(hash & (uint)_mask);
        var entry = _entries[slot];
        if (entry is not null && entry.Length == length && string.CompareOrdinal(entry, 0, source, start, length) == 0)
        {
            return entry;
        }

        // A collision simply replaces the entry: the table is a cache, not a set.
        entry = source.Substring(start, length);
        _entries[slot] = entry;
        return entry;
    }
}
