using System.Collections.Immutable;
using System.Reflection;
using System.Text.RegularExpressions;
using HandlebarsDotNet;
using HandlebarsDotNet.Compiler;

namespace AgreementLang.Rendering.Templates;

/// <summary>The limit on nested blocks, checked by one linear scan before a template is compiled: Handlebars.Net
/// parses and compiles blocks recursively, so a deep house template would overflow the stack or take minutes.</summary>
public sealed partial class TemplateSet
{
    /// <summary>How deep blocks (<c>{{#each}}</c>, <c>{{#if}}</c>, <c>{{^x}}</c>, partial blocks, raw blocks) may
    /// nest in a template; documented in docs/rendering.md.</summary>
    public const int MaxBlockDepth = 64;

    /// <summary>The index of the first block opener that nests deeper than <see cref="MaxBlockDepth"/>, or null.
    /// One pass over the text: comments (<c>{{! }}</c>, <c>{{!-- --}}</c>) and escaped mustaches (<c>\{{</c>)
    /// open nothing; <c>{{#</c>, <c>{{^name</c> and <c>{{{{raw</c> open a block, <c>{{/</c> and
    /// <c>{{{{/raw</c> close one, and <c>{{^}}</c> or <c>{{else}}</c> neither. A stray closer never makes the
    /// depth negative (Handlebars reports it when compiling).</summary>
    internal static int? TooDeep(string source)
    {
        var depth = 0;
        var index = source.IndexOf("{{", StringComparison.Ordinal);
        while (index >= 0)
        {
            if (index > 0 && source[index - 1] == '\\')
            {
                index = source.IndexOf("{{", index + 2, StringComparison.Ordinal);
                continue;
            }

            var i = index + 2;
            var raw = false;
            while (i < source.Length && source[i] == '{')
            {
                raw = true;
                i++;
            }

            if (i < source.Length && source[i] == '~')
            {
                i++;
            }

            while (i < source.Length && char.IsWhiteSpace(source[i]))
            {
                i++;
            }

            var c = i < source.Length ? source[i] : '\0';
            var next = i + 1 < source.Length ? source[i + 1] : '\0';
            if (c == '!')
            {
                var end = next == '-' && i + 2 < source.Length && source[i + 2] == '-'
                    ? source.IndexOf("--}}", i, StringComparison.Ordinal)
                    : source.IndexOf("}}", i, StringComparison.Ordinal);
                if (end < 0)
                {
                    return null;
                }

                index = source.IndexOf("{{", end + 2, StringComparison.Ordinal);
                continue;
            }

            if (c == '/')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (c == '#' || (c == '^' && next != '}' && next != '~' && !char.IsWhiteSpace(next)) || (raw && i - index >= 4 && c != '/'))
            {
                depth++;
                if (depth > MaxBlockDepth)
                {
                    return index;
                }
            }

            index = source.IndexOf("{{", i, StringComparison.Ordinal);
        }

        return null;
    }
}
