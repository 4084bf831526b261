using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using AgreementLang.Rendering.Legal;

namespace AgreementLang.Rendering.AkomaNtoso;

public static partial class AknWriter
{
    /// <summary>Writes a protocol as an Akoma Ntoso <c>amendment</c>: its identification, an
    /// <c>activeModifications</c> entry per textual modification (its <c>source</c> the protocol's article, its
    /// <c>destination</c> the article or annex of the amended agreement, by eId in the agreement's FRBR
    /// expression), the preamble and the amending articles in <c>amendmentContent</c> (each modification a
    /// <c>mod</c> quoting the new article in a <c>quotedStructure</c>), the signatures, and the replaced annexes
    /// as attachments.</summary>
    public static string WriteAmendment(ProtocolDraft protocol)
    {
        var draft = protocol.Draft;
        var work = "/akn/int/amendment/protocol/" + (draft.Signed is { } d ? Iso(d) : "undated") + "/" + Uri.EscapeDataString(draft.Name.ToLowerInvariant());
        var amended = WorkUri(protocol.Amended) + "/eng@/!main";
        var modified = new HashSet<string>(protocol.Modifications.Select(m => m.SourceEId), StringComparer.Ordinal);
        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(new Utf8StringWriter(builder), Settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("akomaNtoso", Namespace);
            writer.WriteStartElement("amendment");
            writer.WriteAttributeString("name", "protocol");
            writer.WriteAttributeString("contains", "originalVersion");
            WriteMeta(writer, draft, work, includeParties: true, analysis: w =>
            {
                if (protocol.Modifications.IsEmpty)
                {
                    return;
                }

                w.WriteStartElement("analysis");
                w.WriteAttributeString("source", "#agreementlang");
                w.WriteStartElement("activeModifications");
                var index = 0;
                foreach (var modification in protocol.Modifications)
                {
                    index++;
                    w.WriteStartElement("textualMod");
                    w.WriteAttributeString("type", modification.Kind switch
                    {
                        ModificationKind.Substitution => "substitution",
                        ModificationKind.Insertion => "insertion",
                        ModificationKind.Repeal => "repeal",
                        _ => "renumbering",
                    });
                    w.WriteAttributeString("eId", "amod_" + index.ToString(CultureInfo.InvariantCulture));
                    Empty(w, "source", ("href", "#" + modification.SourceEId + "__mod_1"));
                    Empty(w, "destination", ("href", amended + "#" + modification.DestinationEId));
                    w.WriteEndElement();
                }

                w.WriteEndElement();
                w.WriteEndElement();
            });
            WritePreface(writer, draft);
            writer.WriteStartElement("amendmentBody");
            writer.WriteStartElement("amendmentContent");
            for (var i = 0; i < draft.Preamble.Length; i++)
            {
                writer.WriteStartElement("p");
                WriteWithParties(writer, draft.Preamble[i].Text, draft);
                writer.WriteEndElement();
            }

            Paragraph(writer, draft.Formula);
            foreach (var article in draft.Articles)
            {
                var modification = protocol.Modifications.FirstOrDefault(m => m.SourceEId == article.EId);
                writer.WriteStartElement("blockContainer");
                writer.WriteAttributeString("eId", article.EId);
                Text(writer, "num", article.Label);
                Text(writer, "heading", article.Heading);
                if (modification is null || !modified.Contains(article.EId))
                {
                    foreach (var paragraph in article.Paragraphs)
                    {
                        Paragraph(writer, paragraph.Text);
                    }
                }
                else
                {
                    writer.WriteStartElement("p");
                    writer.WriteStartElement("mod");
                    writer.WriteAttributeString("eId", article.EId + "__mod_1");
                    writer.WriteString(modification.Instruction);
                    if (modification.NewArticle is { } quoted)
                    {
                        writer.WriteStartElement("quotedStructure");
                        writer.WriteAttributeString("startQuote", "“");
                        writer.WriteAttributeString("endQuote", "”");
                        WriteArticle(writer, quoted, null, withIds: false);
                        writer.WriteEndElement();
                    }

                    writer.WriteEndElement();
                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
            WriteConclusions(writer, draft, null);
            if (draft.HasAnnexes)
            {
                writer.WriteStartElement("attachments");
                foreach (var annex in draft.Annexes)
                {
                    WriteAnnex(writer, draft, annex, null, work);
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        return builder.Append('\n').ToString();
    }
}
