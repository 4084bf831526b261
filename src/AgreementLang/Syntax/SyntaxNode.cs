using AgreementLang.Diagnostics;
using AgreementLang.Text;

namespace AgreementLang.Syntax;

/// <summary>Every node of the syntax tree knows the span of source text it was parsed from.</summary>
public abstract record SyntaxNode(TextSpan Span);

/// <summary>A word as written: a name, a code or a keyword.</summary>
public sealed record NameSyntax(string Text, TextSpan Span) : SyntaxNode(Span)
{
    public override string ToString() => Text;
}

/// <summary>A quoted string, unescaped.</summary>
public sealed record StringSyntax(string Value, TextSpan Span) : SyntaxNode(Span);

/// <summary>A decimal number as written (thousands separators removed, scale words applied).</summary>
public sealed record NumberSyntax(decimal Value, TextSpan Span) : SyntaxNode(Span);

/// <summary>A calendar date written yyyy-mm-dd.</summary>
public sealed record DateSyntax(DateTime Value, TextSpan Span) : SyntaxNode(Span);

/// <summary>An ISO 4217 code and an amount: <c>USD 10 billion</c>.</summary>
public sealed record MoneySyntax(NameSyntax Currency, decimal Amount, TextSpan Span) : SyntaxNode(Span);

/// <summary>The amount of a financing commitment: a figure, "at least" or "up to" one (<see cref="Bound"/> holds the
/// words), or "an amount to be agreed" (<see cref="Money"/> null).</summary>
public sealed record CommitmentSyntax(NameSyntax? Bound, MoneySyntax? Money, TextSpan Span) : SyntaxNode(Span);

/// <summary>Money per unit, optionally on a basis: <c>USD 110.00 per kg</c>.</summary>
public sealed record PriceSyntax(MoneySyntax Money, NameSyntax Unit, NameSyntax? Basis, TextSpan Span) : SyntaxNode(Span);

/// <summary>An amount of a unit, optionally on a basis: <c>10,000 t</c>.</summary>
public sealed record QuantitySyntax(NumberSyntax Amount, NameSyntax Unit, NameSyntax? Basis, TextSpan Span) : SyntaxNode(Span);

/// <summary><c>40%</c>.</summary>
public sealed record PercentSyntax(decimal Value, TextSpan Span) : SyntaxNode(Span);

/// <summary><c>6 months</c>.</summary>
public sealed record DurationSyntax(NumberSyntax Amount, NameSyntax Unit, TextSpan Span) : SyntaxNode(Span);

/// <summary><c>from 2026-03-01 until 2036-02-28</c>.</summary>
public sealed record ValiditySyntax(DateSyntax From, DateSyntax? Until, TextSpan Span) : SyntaxNode(Span);

/// <summary>How long a clause lasts: <c>for 10 years</c> or a validity.</summary>
public sealed record TermSyntax(DurationSyntax? For, ValiditySyntax? Validity, TextSpan Span) : SyntaxNode(Span);

/// <summary>A mineral and its production stage: <c>NdPr oxide</c>.</summary>
public sealed record MineralStageSyntax(NameSyntax Mineral, NameSyntax Stage, TextSpan Span) : SyntaxNode(Span);

/// <summary>An interest or duty rate: a percentage, a specific duty, or a benchmark plus a margin.</summary>
public sealed record RateSyntax(PercentSyntax? Percent, PriceSyntax? Specific, StringSyntax? Benchmark, TextSpan Span)
    : SyntaxNode(Span);

/// <summary>Whose imports or exports a measure covers: <c>non-members</c>, <c>all</c> or listed codes.</summary>
public sealed record ScopeSyntax(NameSyntax? Keyword, IReadOnlyList<NameSyntax> Codes, TextSpan Span) : SyntaxNode(Span);

/// <summary>An absolute deadline (<c>by</c> a date) or one relative to signature or entry into force.</summary>
public sealed record DeadlineSyntax(DateSyntax? By, DurationSyntax? Within, NameSyntax? Anchor, TextSpan Span, NameSyntax? Instrument = null)
    : SyntaxNode(Span);

/// <summary>A <c>//</c> comment, kept for the formatter.</summary>
public sealed record CommentSyntax(string Text, TextSpan Span) : SyntaxNode(Span);
