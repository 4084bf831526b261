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

    public static Parsed Parse(string text, bool numberParagraphs = true, IReadOnlyList<DraftSource>? sources = null) =>
        Parse(text.AsSpan(), numberParagraphs, sources);

    /// <param name="sources">The places that <see cref="Provenance"/> markers in the text stand for.</param>
    public static Parsed Parse(ReadOnlySpan<char> text, bool numberParagraphs = true, IReadOnlyList<DraftSource>? sources = null)
    {
        // Most paragraphs are one line: a line is kept as the paragraph's text and only joined (and collapsed)
        // when a template wraps a paragraph over several lines.
        string? heading = null;
        // The paragraphs under construction live in a list kept per thread: a draft parses sixteen texts.
        var paragraphs = t_paragraphs ?? new List<(string Text, List<string>? Items)>(16);
        t_paragraphs = null;
        paragraphs.Clear();
        var inItem = false;
        var open = false;
        var sawContent = false;
        // Lines end at '\n': templates are read with Unix line ends, and a '\r' is trimmed as white space. (The
        // Unicode line separators that EnumerateLines also splits at cost a slow search and belong to user text.)
        for (var rest = text; !rest.IsEmpty;)
        {
            var end = rest.IndexOf('\n');
            var span = (end < 0 ? rest : rest.Slice(0, end)).Trim();
            rest = end < 0 ? default : rest.Slice(end + 1);
            if (span.IsEmpty)
            {
                open = false;
                continue;
            }

            if (!sawContent && heading is null && span.StartsWith("## ", StringComparison.Ordinal))
            {
                heading = Collapse(span.Slice(3).Trim().ToString());
                continue;
            }

            sawContent = true;
            if (span.StartsWith("- ", StringComparison.Ordinal))
            {
                if (paragraphs.Count == 0)
                {
                    paragraphs.Add(("", null));
                }

                var last = paragraphs[paragraphs.Count - 1];
                last.Items ??= new List<string>();
                last.Items.Add(span.Slice(2).Trim().ToString());
                paragraphs[paragraphs.Count - 1] = last;
                inItem = true;
                open = true;
                continue;
            }

            var line = span.ToString();
            if (!open)
            {
                paragraphs.Add((line, null));
                inItem = false;
                open = true;
            }
            else if (inItem)
            {
                var last = paragraphs[paragraphs.Count - 1];
                last.Items![last.Items.Count - 1] += " " + line;
            }
            else
            {
                var last = paragraphs[paragraphs.Count - 1];
                paragraphs[paragraphs.Count - 1] = (last.Text + " " + line, last.Items);
            }
        }

        // Markers out first: a paragraph that held nothing but a marker (a clause whose wording a house template
        // left out) is no paragraph, and must not take a number.
        var kept = new List<(string Text, ImmutableArray<DraftSource> Sources, List<string>? Items)>(paragraphs.Count);
        foreach (var (paragraph, items) in paragraphs)
        {
            var (plain, from) = Provenance.Extract(paragraph, sources);
            if (plain.Length > 0 || items is not null)
            {
                kept.Add((plain, from, items));
            }
        }

        var numbered = numberParagraphs && kept.Count > 1;
        var result = ImmutableArray.CreateBuilder<DraftParagraph>(kept.Count);
        for (var i = 0; i < kept.Count; i++)
        {
            var (plain, from, items) = kept[i];
            var points = ImmutableArray<DraftItem>.Empty;
            if (items is not null)
            {
                var builder = ImmutableArray.CreateBuilder<DraftItem>(items.Count);
                for (var k = 0; k < items.Count; k++)
                {
                    var (itemText, itemSources) = Provenance.Extract(items[k], sources);
                    builder.Add(new DraftItem(Letter(k), Collapse(itemText), itemSources));
                }

                points = builder.MoveToImmutable();
            }

            result.Add(new DraftParagraph(numbered ? i + 1 : null, Collapse(plain), points, from));
        }

        paragraphs.Clear();
        t_paragraphs = paragraphs;
        return new Parsed(heading, result.MoveToImmutable());
    }

    [ThreadStatic]
    private static List<(string Text, List<string>? Items)>? t_paragraphs;

    private static readonly string[] Letters = [.. Enumerable.Range(0, 26).Select(i => ((char)('a' + i)).ToString())];

    /// <summary>a, b, … z, aa, bb, … as treaties letter their points.</summary>
    public static string Letter(int index) => index is >= 0 and < 26 ? Letters[index] : new((char)('a' + (index % 26)), (index / 26) + 1);

    private static string Collapse(string text)
    {
        if (!NeedsCollapse(text))
        {
            return text;
        }

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

    /// <summary>A tab, or two spaces in a row.</summary>
    private static bool NeedsCollapse(string text) => text.AsSpan().Contains('\t') || text.AsSpan().IndexOf("  ") >= 0;
}
