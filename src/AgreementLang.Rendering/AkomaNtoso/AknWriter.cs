using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using AgreementLang.Rendering.Legal;

namespace AgreementLang.Rendering.AkomaNtoso;

/// <summary>Writes a draft as Akoma Ntoso 3.0 (OASIS LegalDocML): an <c>act</c> with FRBR identification, the
/// parties as TLC organisations in <c>references</c>, articles with eIds (<c>art_2__para_1</c>), the signature
/// blocks in <c>conclusions</c> and each annex as an <c>attachment</c> holding its own <c>doc</c>. Text goes
/// through XmlWriter, which escapes it; the schema in tests/…/Schemas/akomantoso validates the result.</summary>
public static partial class AknWriter
{
    public const string Namespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    // Acts and protocols alike: UTF-8 without a byte-order mark, two-space indents, Unix line ends.
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };

    public static string Write(Draft draft)
    {
        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(new Utf8StringWriter(builder), Settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("akomaNtoso", Namespace);
            writer.WriteStartElement("act");
            writer.WriteAttributeString("name", draft.KindName);
            // A consolidated text is one version of the act, as of its date.
            writer.WriteAttributeString("contains", draft.IsConsolidated ? "singleVersion" : "originalVersion");

            var trace = new AknProvenance(draft);
            WriteMeta(writer, draft, WorkUri(draft), includeParties: true, trace);
            WritePreface(writer, draft);
            WritePreamble(writer, draft, trace);
            writer.WriteStartElement("body");
            foreach (var article in draft.Articles)
            {
                WriteArticle(writer, article, trace);
            }

            writer.WriteEndElement();
            WriteConclusions(writer, draft, trace);
            if (draft.HasAnnexes)
            {
                writer.WriteStartElement("attachments");
                foreach (var annex in draft.Annexes)
                {
                    WriteAnnex(writer, draft, annex, trace);
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        return builder.Append('\n').ToString();
    }

    /// <summary>The FRBR work URI: /akn/{country}/act/{kind}/{signature date}/{name}. An international
    /// agreement has no one country: "int" is the label used for it here.</summary>
    private static string WorkUri(Draft draft) =>
        "/akn/int/act/" + draft.KindName + "/" + (draft.Signed is { } d ? Iso(d) : "undated") + "/" + Uri.EscapeDataString(draft.Name.ToLowerInvariant());

    private static string Iso(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void WritePreface(XmlWriter writer, Draft draft)
    {
        writer.WriteStartElement("preface");
        writer.WriteStartElement("longTitle");
        writer.WriteStartElement("p");
        writer.WriteStartElement("docTitle");
        writer.WriteString(draft.Title);
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WritePreamble(XmlWriter writer, Draft draft, AknProvenance trace)
    {
        writer.WriteStartElement("preamble");
        for (var i = 0; i < draft.Preamble.Length; i++)
        {
            if (i == 0)
            {
                // The opening names every party in full: mark each name as the party it refers to.
                writer.WriteStartElement("p");
                trace.WriteRefersTo(writer, draft.Preamble[i].Sources);
                WriteWithParties(writer, draft.Preamble[i].Text, draft);
                writer.WriteEndElement();
            }
            else
            {
                writer.WriteStartElement("recitals");
                writer.WriteStartElement("recital");
                trace.WriteRefersTo(writer, draft.Preamble[i].Sources);
                Paragraph(writer, draft.Preamble[i].Text);
                writer.WriteEndElement();
                writer.WriteEndElement();
            }
        }

        writer.WriteStartElement("formula");
        writer.WriteAttributeString("name", "enactingFormula");
        Paragraph(writer, draft.Formula);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteConclusions(XmlWriter writer, Draft draft, AknProvenance? trace)
    {
        writer.WriteStartElement("conclusions");
        foreach (var closing in draft.Closing)
        {
            writer.WriteStartElement("p");
            trace?.WriteRefersTo(writer, closing.Sources);
            writer.WriteString(closing.Text);
            writer.WriteEndElement();
        }

        foreach (var signature in draft.Signatures)
        {
            writer.WriteStartElement("p");
            writer.WriteStartElement("signature");
            writer.WriteStartElement("party");
            writer.WriteAttributeString("refersTo", "#" + signature.PartyId);
            writer.WriteAttributeString("as", "#party");
            writer.WriteString(signature.Caption);
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static void Paragraph(XmlWriter writer, string text) => Text(writer, "p", text);

    private static void Text(XmlWriter writer, string element, string text)
    {
        writer.WriteStartElement(element);
        writer.WriteString(text);
        writer.WriteEndElement();
    }

    private static void Empty(XmlWriter writer, string element, params (string Name, string Value)[] attributes)
    {
        writer.WriteStartElement(element);
        foreach (var (name, value) in attributes)
        {
            writer.WriteAttributeString(name, value);
        }

        writer.WriteEndElement();
    }

    private sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
