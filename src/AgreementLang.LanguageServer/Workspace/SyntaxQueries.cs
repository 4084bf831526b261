using AgreementLang.Diagnostics;
using AgreementLang.Syntax;
using AgreementLang.Text;

namespace AgreementLang.LanguageServer.Workspace;

/// <summary>What is written at a position: the syntax nodes around it and the word under the cursor.</summary>
public static class SyntaxQueries
{
    /// <summary>The nodes whose span holds <paramref name="offset"/> (or ends just before it, where a cursor after a
    /// word stands), outermost first. Only the declaration around the offset is walked.</summary>
    public static IReadOnlyList<SyntaxNode> At(DocumentSyntax document, int offset)
    {
        var around = document.Declarations.Where(d => Holds(d.Span, offset)).Cast<SyntaxNode>().ToArray();
        return SyntaxWalk.Nodes(around).Where(n => Holds(n.Span, offset)).OrderByDescending(n => n.Span.Length).ToArray();
    }

    public static NameSyntax? NameAt(DocumentSyntax document, int offset) =>
        At(document, offset).OfType<NameSyntax>().LastOrDefault();

    /// <summary>The word (letters, digits, '-', '_', '.') around <paramref name="offset"/>, for places the tree keeps
    /// no node (keywords, text the parser could not read); at most 200 characters either side.</summary>
    public static (string Word, TextSpan Span) WordAt(SourceText text, int offset)
    {
        var s = text.Text;
        offset = Math.Max(0, Math.Min(offset, s.Length));
        var start = offset;
        while (start > 0 && offset - start < 200 && IsWordChar(s[start - 1]))
        {
            start--;
        }

        var end = offset;
        while (end < s.Length && end - offset < 200 && IsWordChar(s[end]))
        {
            end++;
        }

        return (s.Substring(start, end - start), TextSpan.FromBounds(start, end));
    }

    /// <summary>The word before the one being typed at <paramref name="offset"/> on the same line, or "".</summary>
    public static string PreviousWord(SourceText text, int offset)
    {
        var (_, span) = WordAt(text, offset);
        var i = span.Start;
        while (i > 0 && (text.Text[i - 1] == ' ' || text.Text[i - 1] == '\t') && span.Start - i < 200)
        {
            i--;
        }

        return i == span.Start ? "" : WordAt(text, i).Word;
    }

    private static bool Holds(TextSpan span, int offset) => offset >= span.Start && offset <= span.End;

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '_' or '.';
}
