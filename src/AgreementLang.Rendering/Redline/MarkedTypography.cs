using System.Text;
using AgreementLang.Rendering.Docx;

namespace AgreementLang.Rendering.Redline;

/// <summary>Word's typography (<see cref="Typography"/>) for a redline's text: the text with its changes accepted and
/// the text with them rejected are each set as a draft of that version is, and every letter is taken from the
/// version it belongs to. Typesetting the marked text itself would not do: a mark between "Article" and its number
/// would keep the space breakable, and accepting the changes would not give the new draft's text exactly.
///
/// An unchanged letter belongs to both versions, and the two may set it differently: a straight quote opens or
/// closes after the letter before it, and that letter may be a changed one (old "of "Japan"" and new
/// "of-"Japan"": the old version's quote opens, the new version's closes); a space may be unbreakable in one version
/// only. Such a letter is marked as changed — the old version's letter deleted, the new one's inserted, joined to
/// the change next to it — so that accepting every change gives the new version's text and rejecting every one the
/// old version's.</summary>
internal static class MarkedTypography
{
    public static string Apply(string text)
    {
        var accepted = Typography.Apply(Marks.Accept(text));
        var rejected = Typography.Apply(Marks.Reject(text));
        var result = new StringBuilder(text.Length);
        var (a, r) = (0, 0);
        var state = Change.None;
        var split = false;
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
                    var (@new, old) = (a < accepted.Length ? accepted[a] : c, r < rejected.Length ? rejected[r] : c);
                    if (@new == old)
                    {
                        result.Append(@new);
                    }
                    else
                    {
                        result.Append(Marks.DeleteStart).Append(old).Append(Marks.DeleteEnd)
                            .Append(Marks.InsertStart).Append(@new).Append(Marks.InsertEnd);
                        split = true;
                    }

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

        return split ? Joined(result.ToString()) : result.ToString();
    }

    /// <summary>The text with every run of changes that touch one another (no unchanged letter between them) made
    /// one change: its deleted letters, in order, then its inserted ones. Accepting or rejecting gives the same text.</summary>
    private static string Joined(string text)
    {
        var result = new StringBuilder(text.Length);
        var deleted = new StringBuilder();
        var inserted = new StringBuilder();
        var state = Change.None;
        foreach (var c in text)
        {
            state = Marks.Next(state, c, out var isMark);
            if (c is Marks.InsertStart or Marks.InsertEnd or Marks.DeleteStart or Marks.DeleteEnd)
            {
                continue;
            }

            switch (state)
            {
                case Change.Inserted when !isMark:
                    inserted.Append(c);
                    break;
                case Change.Deleted when !isMark:
                    deleted.Append(c);
                    break;
                default:
                    result.Append(Marks.Delete(deleted.ToString())).Append(Marks.Insert(inserted.ToString())).Append(c);
                    deleted.Clear();
                    inserted.Clear();
                    break;
            }
        }

        return result.Append(Marks.Delete(deleted.ToString())).Append(Marks.Insert(inserted.ToString())).ToString();
    }
}
