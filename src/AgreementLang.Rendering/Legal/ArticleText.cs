using System.Collections.Immutable;
using System.Text;

namespace AgreementLang.Rendering.Legal;

/// <summary>Reads what a wording template wrote. The conventions (documented in docs/rendering.md): a first line
/// "## Heading" names the article; a blank line ends a paragraph; a line that starts with "- " starts a lettered
/// point of the paragraph above it; other lines continue the current paragraph (so a template may wrap long
/// sentences); runs of spaces collapse to one.</summary>
public static class ArticleText
{
    public sealed record Parsed(string? Heading, ImmutableArray<DraftParagraph> Paragraphs);

    public static Parsed Parse(string text, bool numberParagraphs = true)
    {
        string? heading = null;
        var paragraphs = new List<(StringBuilder Text, List<StringBuilder> Items)>();
        StringBuilder? current = null;
        var sawContent = false;
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                current = null;
                continue;
            }

            if (!sawContent && heading is null && line.StartsWith("## ", StringComparison.Ordinal))
            {
                heading = Collapse(line.Substring(3));
                continue;
            }

            sawContent = true;
            if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                if (paragraphs.Count == 0)
                {
                    paragraphs.Add((new StringBuilder(), new List<StringBuilder>()));
                }

                current = new StringBuilder(line.Substring(2).Trim());
                paragraphs[paragraphs.Count - 1].Items.Add(current);
                continue;
            }

            if (current is null)
            {
                current = new StringBuilder(line);
                paragraphs.Add((current, new List<StringBuilder>()));
            }
            else
            {
                current.Append(' ').Append(line);
            }
        }

        var numbered = numberParagraphs && paragraphs.Count > 1;
        var result = paragraphs.Select((p, i) => new DraftParagraph(
            numbered ? i + 1 : null,
            Collapse(p.Text.ToString()),
            p.Items.Select((item, k) => new DraftItem(Letter(k), Collapse(item.ToString()))).ToImmutableArray()))
            .ToImmutableArray();
        return new Parsed(heading, result);
    }

    /// <summary>a, b, … z, aa, bb, … as treaties letter their points.</summary>
    public static string Letter(int index) => new((char)('a' + (index % 26)), (index / 26) + 1);

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\t')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
