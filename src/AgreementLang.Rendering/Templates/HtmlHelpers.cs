using System.Text.RegularExpressions;
using AgreementLang.Rendering.Legal;
using HandlebarsDotNet;

namespace AgreementLang.Rendering.Templates;

/// <summary>The helper of the HTML layout: <c>{{linked Text @root}}</c> writes a provision's text, escaped, with
/// each reference to an article or annex of the same draft ("Article 3", "Annex II") as a link to its anchor.
/// A reference to an article the draft lacks stays plain text.</summary>
internal static partial class HtmlHelpers
{
    public const string Linked = "linked";

    [GeneratedRegex(@"\b(?:Article [0-9]+|Annex [IVXLC]+)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Reference();

    public static void Register(IHandlebars environment)
    {
        environment.RegisterHelper(Linked, static (in EncodedTextWriter output, in HelperOptions _, in Context _, in Arguments arguments) =>
        {
            if (arguments.Length != 2 || arguments[0] is not string text || arguments[1] is not Draft draft)
            {
                throw new HandlebarsRuntimeException("'" + Linked + "' takes a text and the draft, as in {{" + Linked + " Text @root}}");
            }

            var at = 0;
            foreach (Match match in Reference().Matches(text))
            {
                if (Anchor(draft, match.Value) is not { } anchor)
                {
                    continue;
                }

                output.Write(text.Substring(at, match.Index - at));
                output.WriteSafeString("<a href=\"#" + anchor + "\">");
                output.Write(match.Value);
                output.WriteSafeString("</a>");
                at = match.Index + match.Length;
            }

            output.Write(text.Substring(at));
        });
    }

    private static string? Anchor(Draft draft, string label)
    {
        foreach (var article in draft.Articles)
        {
            if (article.Label == label)
            {
                return article.EId;
            }
        }

        foreach (var annex in draft.Annexes)
        {
            if (annex.Label == label)
            {
                return annex.EId;
            }
        }

        return null;
    }
}
