using System.Text;
using AgreementLang.Rendering.Docx;

namespace AgreementLang.Rendering.Redline;

/// <summary>Word's typography (<see cref="Typography"/>) for a redline's text: the text with its changes accepted and
/// the text with them rejected are each set as a draft of that version is, and every letter is taken from the
/// version it belongs to. Typesetting the marked text itself would not do: a mark between "Article" and its number
/// would keep the space breakable, and accepting the changes would not give the new draft's text exactly.</summary>
internal static class MarkedTypography
{
    public static string Apply(string text)
    {
        var accepted = Typography.Apply(Marks.Accept(text));
        var rejected = Typography.Apply(Marks.Reject(text));
        var result = new StringBuilder(text.Length);
        var (a, r) = (0, 0);
        var state = Change.None;
        foreach (var c in text)
        {
            state = Marks.Next(state, c, out var isMark);
            if (isMark)
            {
                result.Append(c);
                continue;
            }

            // Typography replaces one letter by one, so both versions keep their letters' places.
            switch (state)
            {
                case Change.None:
                    result.Append(a < accepted.Length ? accepted[a] : c);
                    a++;
                    r++;
                    break;
                case Change.Inserted:
                    result.Append(a < accepted.Length ? accepted[a] : c);
                    a++;
                    break;
                default:
                    result.Append(r < rejected.Length ? rejected[r] : c);
                    r++;
                    break;
            }
        }

        return result.ToString();
    }
}
