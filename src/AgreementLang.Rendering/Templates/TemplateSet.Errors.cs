using System.Collections.Immutable;
using System.Reflection;
using System.Text.RegularExpressions;
using HandlebarsDotNet;
using HandlebarsDotNet.Compiler;

namespace AgreementLang.Rendering.Templates;

/// <summary>Where a template error is: the file and the line and column of the mustache at fault, as a compiler
/// reports it.</summary>
public sealed partial class TemplateSet
{
    private static readonly Regex ParserPosition = new(@"Occured at: ?(\d+):(\d+)", RegexOptions.CultureInvariant);

    private static TemplateException Locate(string file, string source, Exception error)
    {
        var message = error.Message.Split('\n')[0].Trim();
        var match = ParserPosition.Match(error.Message);
        if (match.Success)
        {
            // Handlebars.Net counts lines from zero and columns from one past the error.
            var line = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1;
            var column = Math.Max(1, int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
            return new TemplateException(file, line, column, message, error);
        }

        var (atLine, atColumn) = error switch
        {
            HandlebarsUndefinedBindingException undefined => Find(source, undefined.MissingKey ?? undefined.Path),
            _ when message.Contains("partial", StringComparison.OrdinalIgnoreCase) => Find(source, Quoted(message), "{{>"),
            _ => Unclosed(source) ?? UnbalancedBlock(source, Quoted(message)),
        };
        return new TemplateException(file, atLine, atColumn, message, error);
    }

    private static string? Quoted(string message)
    {
        var match = Regex.Match(message, "'([^']+)'", RegexOptions.CultureInvariant);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>The first mustache that names <paramref name="key"/>.</summary>
    private static (int Line, int Column) Find(string source, string? key, string opener = "{{")
    {
        if (key is null)
        {
            return (1, 1);
        }

        var lastSegment = key.Split('.', '/').Last();
        foreach (Match mustache in Regex.Matches(source, Regex.Escape(opener) + @"[^}]*\}\}", RegexOptions.CultureInvariant))
        {
            if (Regex.IsMatch(mustache.Value, @"(^|[^\w])" + Regex.Escape(lastSegment) + @"($|[^\w])", RegexOptions.CultureInvariant))
            {
                return Position(source, mustache.Index);
            }
        }

        return (1, 1);
    }

    /// <summary>The first "{{" whose "}}" does not come before the next "{{".</summary>
    private static (int Line, int Column)? Unclosed(string source)
    {
        var index = source.IndexOf("{{", StringComparison.Ordinal);
        while (index >= 0)
        {
            var close = source.IndexOf("}}", index + 2, StringComparison.Ordinal);
            var next = source.IndexOf("{{", index + 2, StringComparison.Ordinal);
            if (close < 0 || (next >= 0 && next < close))
            {
                return Position(source, index);
            }

            index = source.IndexOf("{{", close + 2, StringComparison.Ordinal);
        }

        return null;
    }

    /// <summary>Where block helpers stop balancing: a closing tag without its opening one, or the last opening
    /// tag left unclosed at the end.</summary>
    private static (int Line, int Column) UnbalancedBlock(string source, string? element)
    {
        var stack = new Stack<(string Name, int Index)>();
        foreach (Match tag in Regex.Matches(source, @"\{\{~?\s*([#/^])\s*([\w-]+)", RegexOptions.CultureInvariant))
        {
            var name = tag.Groups[2].Value;
            if (tag.Groups[1].Value == "/")
            {
                if (stack.Count == 0 || stack.Peek().Name != name)
                {
                    return Position(source, tag.Index);
                }

                stack.Pop();
            }
            else if (tag.Groups[1].Value == "#")
            {
                stack.Push((name, tag.Index));
            }
        }

        if (stack.Count > 0)
        {
            return Position(source, stack.Peek().Index);
        }

        return element is null ? (1, 1) : Find(source, element.TrimStart('/', '#'));
    }

    private static (int Line, int Column) Position(string source, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < source.Length; i++)
        {
            if (source[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }
}
