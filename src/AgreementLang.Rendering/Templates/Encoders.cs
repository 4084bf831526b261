using System.Text;
using HandlebarsDotNet;

namespace AgreementLang.Rendering.Templates;

/// <summary>Escapes user text in Markdown: every character that Markdown (CommonMark and GFM tables) could read
/// as markup is backslash-escaped, so a party named <c>&lt;script&gt;</c> or <c>*bold*</c> prints as written.</summary>
public sealed class MarkdownEncoder : ITextEncoder
{
    // Parentheses, '!', '+', '-', '=' and '.' need no escape once brackets are escaped, except at the start of a
    // value, which may start a line (EscapeLineStart); escaping them everywhere would clutter the raw text.
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
        rest = EscapeLineStart(rest, target);
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

    /// <summary>Any value may start a line, or a list item's content (a template's <c>- {{Name}}</c>, or a value
    /// after an empty one), where CommonMark reads block markers that are plain text elsewhere: a bullet
    /// (<c>+ </c>, <c>- </c>), an ordered item (<c>1. </c>, <c>1) </c>), a setext underline or thematic break
    /// (<c>=</c>, <c>--</c>), indented code (leading spaces or a tab). Those are escaped at the start of a value
    /// only, and only in those shapes (<c>-5%</c> and <c>1.5</c> stay as they are); <c>#</c>, <c>&gt;</c>,
    /// <c>*</c>, <c>_</c>, <c>|</c>, <c>`</c>, <c>~</c> and <c>&lt;</c> are escaped everywhere already. Writes the
    /// escaped start and returns the rest.</summary>
    private static ReadOnlySpan<char> EscapeLineStart(ReadOnlySpan<char> text, TextWriter target)
    {
        if (text.IsEmpty)
        {
            return text;
        }

        var first = text[0];
        var second = text.Length > 1 ? text[1] : ' ';
        switch (first)
        {
            case ' ':
                // A character reference is not indentation: the line starts with text.
                target.Write("&#32;");
                return text.Slice(1);
            case '\t':
                target.Write("&#9;");
                return text.Slice(1);
            case '+' when second is ' ' or '\t':
            case '-' when second is ' ' or '\t' or '-':
            case '=':
                target.Write('\\');
                target.Write(first);
                return text.Slice(1);
        }

        var digits = 0;
        while (digits < text.Length && digits < 10 && text[digits] is >= '0' and <= '9')
        {
            digits++;
        }

        // A value that is just "1." is a paragraph's number, which a house layout may write as {{Label}} before
        // its text, as the default layout's helper does, meaning the ordered-list marker it is.
        var label = digits + 1 == text.Length && text[digits] == '.';
        if (digits is > 0 and <= 9 && !label && digits < text.Length && text[digits] is '.' or ')' &&
            (digits + 1 == text.Length || text[digits + 1] is ' ' or '\t'))
        {
            target.Write(text.Slice(0, digits));
            target.Write('\\');
            target.Write(text[digits]);
            return text.Slice(digits + 1);
        }

        return text;
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
