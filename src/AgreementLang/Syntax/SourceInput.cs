using AgreementLang.Diagnostics;
using Sprache;
using AgreementLang.Text;

namespace AgreementLang.Syntax;

/// <summary>What every input of one parse shares: the text, the string table, and Sprache's memo tables.</summary>
internal sealed class ParseSource
{
    private Dictionary<int, IDictionary<object, object>>? _memos;

    public ParseSource(SourceText text, NameTable names)
    {
        Text = text;
        Names = names;
    }

    public SourceText Text { get; }

    public NameTable Names { get; }

    /// <summary>Memo tables by position: equal inputs share one, and no input carries a field for a table that
    /// our grammar (which avoids <c>Parse.Ref</c>) never asks for.</summary>
    public IDictionary<object, object> MemosAt(int position)
    {
        _memos ??= new Dictionary<int, IDictionary<object, object>>();
        if (!_memos.TryGetValue(position, out var memos))
        {
            memos = new Dictionary<object, object>();
            _memos[position] = memos;
        }

        return memos;
    }
}

/// <summary>Our own Sprache input. Sprache's <c>Input</c> allocates a memo dictionary per character and
/// tracks lines on every step; this one is an offset into a shared <see cref="ParseSource"/>, computes line and
/// column only when asked, and lets the token primitives jump over a whole token at once. It is not sealed:
/// a token primitive's result is itself the input after the token (<see cref="TokenResult{T}"/>), which halves
/// the objects a token costs, and on this machine the parse time goes on garbage collection.</summary>
internal class SourceInput : IInput
{
    public SourceInput(ParseSource shared, int position)
    {
        Shared = shared;
        Position = position;
    }

    public ParseSource Shared { get; }

    public SourceText Text => Shared.Text;

    /// <summary>The parse's string table, carried along so token primitives can share name strings.</summary>
    public NameTable Names => Shared.Names;

    public string Source => Shared.Text.Text;

    public int Position { get; }

    public char Current => Position < Source.Length ? Source[Position] : '\0';

    public bool AtEnd => Position >= Source.Length;

    public int Line => Text.GetLinePosition(Position).Line;

    public int Column => Text.GetLinePosition(Position).Column;

    public IDictionary<object, object> Memos => Shared.MemosAt(Position);

    // Sprache's own input throws at the end; ours stays put so no combinator can throw through it.
    public IInput Advance() => AtEnd ? this : new SourceInput(Shared, Position + 1);

    public SourceInput At(int position) => position == Position ? this : new SourceInput(Shared, position);

    /// <summary>A successful token ending at <paramref name="end"/>: one object that is both the result and
    /// the input after it.</summary>
    public IResult<T> Token<T>(T value, int end) => new TokenResult<T>(Shared, end, value);

    /// <summary>A successful keyword or symbol from <paramref name="start"/> to <paramref name="end"/>, whose value is its
    /// span (see <see cref="SpanResult"/>).</summary>
    public IResult<TextSpan> SpanToken(int start, int end) => new SpanResult(Shared, end, end - start);

    public bool Equals(IInput? other) =>
        other is SourceInput input && ReferenceEquals(input.Shared, Shared) && input.Position == Position;

    public override bool Equals(object? obj) => obj is IInput input && Equals(input);

    public override int GetHashCode() => Position;

    public override string ToString() => $"{Text.Path}@{Position}";
}

/// <summary>A token primitive's success, which is also the input just past the token.</summary>
internal sealed class TokenResult<T> : SourceInput, IResult<T>
{
    public TokenResult(ParseSource shared, int position, T value)
        : base(shared, position)
    {
        Value = value;
    }

    public T Value { get; }

    public bool WasSuccessful => true;

    public string? Message => null;

    public IEnumerable<string> Expectations => Array.Empty<string>();

    public IInput Remainder => this;
}

/// <summary>A keyword's or a symbol's success, which is also the input just past it. Its value, the span of the word,
/// ends where that input starts, so only the length is kept: the object is 32 bytes where a
/// <see cref="TokenResult{T}"/> of a span takes 40, and keywords and symbols are half of all tokens.</summary>
internal sealed class SpanResult : SourceInput, IResult<TextSpan>
{
    private readonly int _length;

    public SpanResult(ParseSource shared, int end, int length)
        : base(shared, end)
    {
        _length = length;
    }

    public TextSpan Value => new(Position - _length, _length);

    public bool WasSuccessful => true;

    public string? Message => null;

    public IEnumerable<string> Expectations => Array.Empty<string>();

    public IInput Remainder => this;
}
