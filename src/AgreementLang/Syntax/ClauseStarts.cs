using AgreementLang.Diagnostics;
using AgreementLang.Text;

namespace AgreementLang.Syntax;

/// <summary>The words that may begin a clause at a position: the keys of the parser's own tables
/// (<see cref="Grammar.Declarations"/> at top level, the enclosing block's <see cref="BlockGrammar.Clauses"/> inside
/// one), the same tables that AGR007's did-you-mean reads, so an editor offers exactly what the parser accepts.</summary>
internal static class ClauseStarts
{
    public static IReadOnlyCollection<string> At(SourceText text, DocumentSyntax document, int offset)
    {
        var block = EnclosingBlock(text, document, offset);
        return (block?.Clauses.Keys ?? Grammar.Declarations.Keys).OrderBy(w => w, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The innermost block whose '{' is before <paramref name="offset"/> and whose '}' is not, or null at
    /// top level.</summary>
    public static BlockGrammar? EnclosingBlock(SourceText text, DocumentSyntax document, int offset)
    {
        var declaration = document.Declarations.FirstOrDefault(d => d.Span.Start < offset && offset <= d.Span.End);
        if (declaration is null || !Inside(text.Text, declaration.Span, offset))
        {
            return null;
        }

        // The syntax node does not keep its block's grammar; the header parser names it, so it is asked again
        // rather than mapping declaration types to blocks a second time.
        var word = FirstWord(text.Text, declaration.Span.Start);
        if (!Grammar.Declarations.TryGetValue(word, out var header))
        {
            return null;
        }

        var result = header(new SourceInput(new ParseSource(text, new NameTable(text.Length)), declaration.Span.Start));
        var block = result.WasSuccessful ? result.Value.Block : null;
        if (block is null)
        {
            return null;
        }

        // A clause with a block of its own (a floor, a financing clause) holds the cursor when it is inside its braces.
        foreach (var clause in declaration.Clauses)
        {
            if (Grammar.NestedBlock(clause) is { } nested && clause.Span.Start < offset && offset <= clause.Span.End
                && Inside(text.Text, clause.Span, offset))
            {
                return nested;
            }
        }

        return block;
    }

    /// <summary>Whether the block of the node at <paramref name="span"/> is open at <paramref name="offset"/>: its '{'
    /// comes before, and its '}' (the span's last character, unless the file ended with the block unclosed) does not.</summary>
    private static bool Inside(string s, TextSpan span, int offset)
    {
        var open = s.IndexOf('{', span.Start, Math.Max(0, Math.Min(offset, span.End) - span.Start));
        if (open < 0)
        {
            return false;
        }

        var closed = span.End > 0 && span.End <= s.Length && s[span.End - 1] == '}';
        return closed ? offset < span.End : offset <= span.End;
    }

    private static string FirstWord(string s, int start)
    {
        var end = start;
        while (end < s.Length && (char.IsLetter(s[end]) || s[end] == '-'))
        {
            end++;
        }

        return s.Substring(start, end - start);
    }
}
