using System.Text;
using HandlebarsDotNet;

namespace AgreementLang.Rendering.Templates;

/// <summary>Escapes user text in Markdown: every character that Markdown (CommonMark and GFM tables) could read
/// as markup is backslash-escaped, so a party named <c>&lt;script&gt;</c> or <c>*bold*</c> prints as written.</summary>
public sealed class MarkdownEncoder : ITextEncoder
{
    // Parentheses, '!' and '+' need no escape once brackets are escaped and text never starts a line
    // (numbers and headings are written by the template), and escaping them would clutter the raw text.
    private const string Special = "\\`*_[]<>#|~&";

    // A table rather than Special.IndexOf per character: the encoder sees every character of a draft.
    private static readonly bool[] Escaped = BuildTable();

    public void Encode(StringBuilder? text, TextWriter target) => Encode(text?.ToString(), target);

    public void Encode(string? text, TextWriter target)
    {
        if (text is null)
        {
            return;
        }

        // Most text has nothing to escape: write runs between special characters in one call each.
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= 128 || !Escaped[c])
            {
                continue;
            }

            var lineBreak = c is '\r' or '\n';

            target.Write(text.AsSpan(start, i - start));
            if (lineBreak)
            {
                // A line break in a cell or heading would end it: text is one line.
                target.Write(' ');
            }
            else
            {
                target.Write('\\');
                target.Write(c);
            }

            start = i + 1;
        }

        target.Write(text.AsSpan(start));
    }

    public void Encode<T>(T? text, TextWriter target)
        where T : IEnumerator<char>
    {
        var builder = new StringBuilder();
        while (text is not null && text.MoveNext())
        {
            builder.Append(text.Current);
        }

        Encode(builder.ToString(), target);
    }

    private static bool[] BuildTable()
    {
        var table = new bool[128];
        foreach (var c in Special + "\r\n")
        {
            table[c] = true;
        }

        return table;
    }
}

/// <summary>Escapes user text in HTML: the five characters that can open markup or an attribute, always,
/// in text and in (always double-quoted) attribute values alike.</summary>
public sealed class StrictHtmlEncoder : ITextEncoder
{
    public void Encode(StringBuilder? text, TextWriter target) => Encode(text?.ToString(), target);

    public void Encode(string? text, TextWriter target)
    {
        if (text is null)
        {
            return;
        }

        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var entity = text[i] switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (entity is null)
            {
                continue;
            }

            target.Write(text.AsSpan(start, i - start));
            target.Write(entity);
            start = i + 1;
        }

        target.Write(text.AsSpan(start));
    }

    public void Encode<T>(T? text, TextWriter target)
        where T : IEnumerator<char>
    {
        var builder = new StringBuilder();
        while (text is not null && text.MoveNext())
        {
            builder.Append(text.Current);
        }

        Encode(builder.ToString(), target);
    }
}
