using System.Collections.Concurrent;
using System.Collections.Immutable;
using AgreementLang.Diagnostics;
using AgreementLang.Syntax;
using Microsoft.CodeAnalysis.Text;
using RoslynText = Microsoft.CodeAnalysis.Text.SourceText;

namespace AgreementLang.Analyzers;

/// <summary>One parsed <c>.agr</c> file: its syntax tree (with the parser's diagnostics) and, when its bytes
/// were not valid UTF-8, the AGR011 problem that <c>agr check</c> reports for the same bytes.</summary>
internal sealed class ParsedFile
{
    public ParsedFile(DocumentSyntax document, AgreementLang.Diagnostics.Diagnostic? encodingProblem)
    {
        Document = document;
        EncodingProblem = encodingProblem;
    }

    public DocumentSyntax Document { get; }

    public AgreementLang.Diagnostics.Diagnostic? EncodingProblem { get; }

    /// <summary>The diagnostics that depend on this file's text alone.</summary>
    public IEnumerable<AgreementLang.Diagnostics.Diagnostic> FileDiagnostics =>
        EncodingProblem is null ? Document.Diagnostics : new[] { EncodingProblem }.Concat(Document.Diagnostics);
}

/// <summary>Parsed files keyed by path and content checksum. The compiler host (the IDE, the compiler server)
/// keeps the analyzer loaded across compilations: when one file of a thousand changes, the next compilation
/// re-parses that one file and takes the others from here; binding and the cross-file checks run again over the
/// whole set, since they are what the change can affect. Bounded, so a long-lived host does not grow without
/// limit: past the bounds the entries least recently used are dropped.</summary>
internal sealed class ParseCache
{
    /// <summary>The cache shared by every analyzer instance of the process.</summary>
    public static readonly ParseCache Shared = new(maxEntries: 20_000, maxCharacters: 64 * 1024 * 1024);

    private readonly ConcurrentDictionary<Key, Entry> _entries = new();
    private readonly int _maxEntries;
    private readonly long _maxCharacters;
    private readonly object _trimLock = new();
    private long _clock;
    private long _characters;
    private int _parses;

    public ParseCache(int maxEntries, long maxCharacters)
    {
        _maxEntries = maxEntries;
        _maxCharacters = maxCharacters;
    }

    /// <summary>How many files this cache has parsed (a miss each): what the caching tests measure.</summary>
    public int ParseCount => Volatile.Read(ref _parses);

    public int Count => _entries.Count;

    public ParsedFile GetOrParse(string path, RoslynText text, CancellationToken cancellationToken)
    {
        // Files the parser refuses for their size are not kept: 20 MB of text would crowd out everything else,
        // and refusing them again costs nothing.
        if (text.Length > Parser.MaxFileLength)
        {
            Interlocked.Increment(ref _parses);
            return Parse(path, text);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var key = new Key(path, text.ChecksumAlgorithm, text.GetChecksum(), text.Length);
        var entry = _entries.GetOrAdd(key, k => new Entry(new Lazy<ParsedFile>(
            () =>
            {
                Interlocked.Increment(ref _parses);
                return Parse(path, text);
            },
            LazyThreadSafetyMode.ExecutionAndPublication)));
        entry.LastUsed = Interlocked.Increment(ref _clock);
        ParsedFile parsed;
        try
        {
            parsed = entry.Value.Value;
        }
        catch
        {
            // A Lazy keeps its exception: never serve it again. (The parser does not throw; this is for the day a
            // bug makes it, so that the failure shows as AD0001 on this compilation and is retried on the next.)
            _entries.TryRemove(key, out _);
            throw;
        }

        if (Interlocked.CompareExchange(ref entry.Counted, 1, 0) == 0)
        {
            Interlocked.Add(ref _characters, text.Length);
            Trim();
        }

        return parsed;
    }

    private static ParsedFile Parse(string path, RoslynText text)
    {
        var (source, problem) = SourceReader.Read(path, text);
        return new ParsedFile(Parser.Parse(source), problem);
    }

    private void Trim()
    {
        if (_entries.Count <= _maxEntries && Volatile.Read(ref _characters) <= _maxCharacters)
        {
            return;
        }

        lock (_trimLock)
        {
            // Drop the least recently used entries down to half of each bound: trimming is then rare however the
            // files come and go.
            var ordered = _entries.ToArray().OrderBy(e => e.Value.LastUsed).ToArray();
            var entries = ordered.Length;
            var characters = Volatile.Read(ref _characters);
            foreach (var item in ordered)
            {
                if (entries <= _maxEntries / 2 && characters <= _maxCharacters / 2)
                {
                    break;
                }

                if (_entries.TryRemove(item.Key, out var removed))
                {
                    entries--;
                    if (removed.Counted == 1)
                    {
                        characters -= item.Key.Length;
                        Interlocked.Add(ref _characters, -item.Key.Length);
                    }
                }
            }
        }
    }

    private sealed class Entry
    {
        public Entry(Lazy<ParsedFile> value) => Value = value;

        public Lazy<ParsedFile> Value { get; }

        public long LastUsed;

        public int Counted;
    }

    /// <summary>The path is part of the key because a parsed document carries its path in every location.</summary>
    private readonly struct Key : IEquatable<Key>
    {
        private readonly string _path;
        private readonly SourceHashAlgorithm _algorithm;
        private readonly ImmutableArray<byte> _checksum;
        private readonly int _hash;

        public Key(string path, SourceHashAlgorithm algorithm, ImmutableArray<byte> checksum, int length)
        {
            _path = path;
            _algorithm = algorithm;
            _checksum = checksum;
            Length = length;
            var hash = StringComparer.Ordinal.GetHashCode(path) ^ (int)algorithm ^ length;
            foreach (var b in checksum)
            {
                hash = (hash * 31) + b;
            }

            _hash = hash;
        }

        public int Length { get; }

        public bool Equals(Key other) =>
            _hash == other._hash && Length == other.Length && _algorithm == other._algorithm &&
            string.Equals(_path, other._path, StringComparison.Ordinal) && _checksum.SequenceEqual(other._checksum);

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode() => _hash;
    }
}
