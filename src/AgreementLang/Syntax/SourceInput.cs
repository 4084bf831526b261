using AgreementLang.Diagnostics;
using Sprache;

namespace AgreementLang.Syntax;

/// <summary>Our own Sprache input. Sprache's <c>Input</c> allocates a memo dictionary per character and
/// tracks lines on every step; this one is an offset into a shared <see cref="SourceText"/>, creates its memo
/// dictionary only if a combinator asks for it, computes line and column only when asked, and lets the
/// token primitives jump over a whole token at once.</summary>
internal sealed class SourceInput : IInput
{
    private IDictionary<object, object>? _memos;

    public SourceInput(SourceText text, int position, NameTable names)
    {
        Text = text;
        Position = position;
        Names = names;
    }

    public SourceText Text { get; }

    /// <summary>The parse's string table, carried along so token primitives can share name strings.</summary>
    public NameTable Names { get; }

    public string Source => Text.Text;

    public int Position { get; }

    public char Current => Position < Text.Text.Length ? Text.Text[Position] : '\0';

    public bool AtEnd => Position >= Text.Text.Length;

    public int Line => Text.GetLinePosition(Position).Line;

    public int Column => Text.GetLinePosition(Position).Column;

    public IDictionary<object, object> Memos => _memos ??= new Dictionary<object, object>();

    // Sprache's own input throws at the end; ours stays put so no combinator can throw through it.
    public IInput Advance() => AtEnd ? this : new SourceInput(Text, Position + 1, Names);

    public SourceInput At(int position) => position == Position ? this : new SourceInput(Text, position, Names);

    public bool Equals(IInput? other) =>
        other is SourceInput input && ReferenceEquals(input.Text, Text) && input.Position == Position;

    public override bool Equals(object? obj) => obj is IInput input && Equals(input);

    public override int GetHashCode() => Position;

    public override string ToString() => $"{Text.Path}@{Position}";
}
