using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using AgreementLang.Rendering.Legal;

namespace AgreementLang.Rendering.AkomaNtoso;

/// <summary>Articles (paragraphs and points with their eIds) and annexes (attachments holding a <c>doc</c>), as
/// both an act and a protocol write them.</summary>
public static partial class AknWriter
{
    /// <param name="withIds">False inside a protocol's <c>quotedStructure</c>: the quoted article belongs to the
    /// amended agreement, and its eIds would collide with the protocol's own.</param>
    private static void WriteArticle(XmlWriter writer, DraftArticle article, AknProvenance? trace, bool withIds = true)
    {
        writer.WriteStartElement("article");
        if (withIds)
        {
            writer.WriteAttributeString("eId", article.EId);
        }

        Text(writer, "num", article.Label);
        Text(writer, "heading", article.Heading);
        for (var i = 0; i < article.Paragraphs.Length; i++)
        {
            var paragraph = article.Paragraphs[i];
            var eId = article.EId + "__para_" + (i + 1).ToString(CultureInfo.InvariantCulture);
            writer.WriteStartElement("paragraph");
            if (withIds)
            {
                writer.WriteAttributeString("eId", eId);
                trace?.WriteRefersTo(writer, paragraph.Sources);
            }

            if (paragraph.Label is { } label)
            {
                Text(writer, "num", label);
            }

            if (paragraph.HasItems)
            {
                writer.WriteStartElement("intro");
                Paragraph(writer, paragraph.Text);
                writer.WriteEndElement();
                foreach (var item in paragraph.Items)
                {
                    writer.WriteStartElement("point");
                    if (withIds)
                    {
                        writer.WriteAttributeString("eId", eId + "__point_" + item.Letter);
                        trace?.WriteRefersTo(writer, item.Sources);
                    }

                    Text(writer, "num", item.Label);
                    writer.WriteStartElement("content");
                    Paragraph(writer, item.Text);
                    writer.WriteEndElement();
                    writer.WriteEndElement();
                }
            }
            else
            {
                writer.WriteStartElement("content");
                Paragraph(writer, paragraph.Text);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static void WriteAnnex(XmlWriter writer, Draft draft, DraftAnnex annex, AknProvenance? trace, string? work = null)
    {
        writer.WriteStartElement("attachment");
        writer.WriteAttributeString("eId", annex.EId);
        writer.WriteStartElement("doc");
        writer.WriteAttributeString("name", "annex");
        WriteMeta(writer, draft, (work ?? WorkUri(draft)) + "/annex_" + annex.Ordinal.ToString(CultureInfo.InvariantCulture), includeParties: false);
        writer.WriteStartElement("preface");
        writer.WriteStartElement("p");
        Text(writer, "docNumber", annex.Label);
        writer.WriteString(" — ");
        Text(writer, "docTitle", annex.Heading);
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteStartElement("mainBody");
        var tableIndex = 0;
        foreach (var table in annex.Tables)
        {
            tableIndex++;
            if (table.Caption is { } caption)
            {
                Paragraph(writer, caption);
            }

            writer.WriteStartElement("table");
            writer.WriteAttributeString("eId", annex.EId + "__table_" + tableIndex.ToString(CultureInfo.InvariantCulture));
            writer.WriteStartElement("tr");
            foreach (var column in table.Columns)
            {
                writer.WriteStartElement("th");
                Paragraph(writer, column);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            for (var r = 0; r < table.Rows.Length; r++)
            {
                writer.WriteStartElement("tr");
                trace?.WriteRefersTo(writer, table.SourcesOf(r));
                foreach (var cell in table.Rows[r])
                {
                    writer.WriteStartElement("td");
                    Paragraph(writer, cell);
                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        foreach (var note in annex.Notes)
        {
            Paragraph(writer, note);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }
}
