using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using AgreementLang.Rendering.Legal;

namespace AgreementLang.Rendering.AkomaNtoso;

/// <summary>The parties' full names marked up as <c>&lt;party refersTo&gt;</c> in the text.</summary>
public static partial class AknWriter
{
    /// <summary>Writes text in which each party's full name becomes <c>&lt;party refersTo="#id"&gt;</c>.</summary>
    /// <summary>Writes the text with each party's full name marked up as <c>&lt;party&gt;</c> (see
    /// <see cref="PartyMarks"/>). All occurrences are found in one pass (<see cref="PartyNames"/>), so the cost is
    /// linear in the text and the names (it once searched every name over the rest of the text for each mark:
    /// cubic in the number of parties, 2,000 parties took minutes).</summary>
    private static void WriteWithParties(XmlWriter writer, string text, Draft draft)
    {
        var position = 0;
        foreach (var (start, party) in PartyMarks(text, draft.Parties))
        {
            writer.WriteString(text.Substring(position, start - position));
            writer.WriteStartElement("party");
            writer.WriteAttributeString("refersTo", "#" + party.Id);
            writer.WriteAttributeString("as", "#party");
            writer.WriteString(text.Substring(start, party.FullName.Length));
            writer.WriteEndElement();
            position = start + party.FullName.Length;
        }

        writer.WriteString(text.Substring(position));
    }

    /// <summary>Where the text names a party, left to right without overlap: at each point the earliest name that
    /// occurs (ignoring case), the longest of those starting there, the first party of those with that name.</summary>
    internal static List<(int Start, DraftParty Party)> PartyMarks(string text, IEnumerable<DraftParty> parties)
    {
        var marks = new List<(int, DraftParty)>();
        var longest = new PartyNames(parties).LongestAt(text);
        for (var start = 0; start < text.Length; start++)
        {
            if (longest[start] is { } party)
            {
                marks.Add((start, party));
                start += party.FullName.Length - 1;
            }
        }

        return marks;
    }
}
