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

    // Searched with vector instructions: the encoder sees every character of a draft, and almost none needs
    // escaping.
    private static readonly System.Buffers.SearchValues<char> Escaped = System.Buffers.SearchValues.Create(Special + "\r\n");

    public void Encode(StringBuilder? text, TextWriter target) => Encode(text?.ToString(), target);

    public void Encode(string? text, TextWriter target)
    {
        if (text is null)
        {
            return;
        }

        // Write the runs between special characters in one call each.
        var rest = text.AsSpan();
        for (var i = rest.IndexOfAny(Escaped); i >= 0; i = rest.IndexOfAny(Escaped))
        {
            var c = rest[i];
            target.Write(rest.Slice(0, i));
            if (c is '\r' or '\n')
            {
                // A line break in a cell or heading would end it: text is one line.
                target.Write(' ');
            }
            else
            {
                target.Write('\\');
                target.Write(c);
            }

            rest = rest.Slice(i + 1);
        }

        target.Write(rest);
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
