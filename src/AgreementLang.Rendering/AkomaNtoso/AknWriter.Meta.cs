using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using AgreementLang.Rendering.Legal;

namespace AgreementLang.Rendering.AkomaNtoso;

/// <summary>The <c>meta</c> block: FRBR identification of work, expression and manifestation, the references
/// (parties, roles, sources) and the notes (unresolved conflicts, consolidation).</summary>
public static partial class AknWriter
{
    private static void WriteMeta(XmlWriter writer, Draft draft, string work, bool includeParties, AknProvenance? trace = null, Action<XmlWriter>? analysis = null)
    {
        var date = draft.Signed is { } signed ? Iso(signed) : "1900-01-01";
        var dateName = draft.Signed is null ? "unknown" : "signature";

        // The expression of a consolidated text is the version as of its date: /eng@2027-06-01.
        var expression = work + "/eng@" + (draft.ConsolidatedAsOf is { } asOf ? Iso(asOf) : "");
        var expressionDate = draft.ConsolidatedAsOf is { } version ? Iso(version) : date;
        var expressionDateName = draft.ConsolidatedAsOf is null ? dateName : "consolidation";
        writer.WriteStartElement("meta");
        writer.WriteStartElement("identification");
        writer.WriteAttributeString("source", "#agreementlang");

        writer.WriteStartElement("FRBRWork");
        Empty(writer, "FRBRthis", ("value", work + "/!main"));
        Empty(writer, "FRBRuri", ("value", work));
        Empty(writer, "FRBRalias", ("value", draft.Title), ("name", "title"));
        Empty(writer, "FRBRdate", ("date", date), ("name", dateName));
        foreach (var party in draft.Parties)
        {
            Empty(writer, "FRBRauthor", ("href", "#" + party.Id), ("as", "#party"));
        }

        Empty(writer, "FRBRcountry", ("value", "int"));
        Empty(writer, "FRBRname", ("value", draft.Name));
        writer.WriteEndElement();

        writer.WriteStartElement("FRBRExpression");
        Empty(writer, "FRBRthis", ("value", expression + "/!main"));
        Empty(writer, "FRBRuri", ("value", expression));
        Empty(writer, "FRBRdate", ("date", expressionDate), ("name", expressionDateName));
        Empty(writer, "FRBRauthor", ("href", "#agreementlang"), ("as", "#author"));
        Empty(writer, "FRBRlanguage", ("language", "eng"));
        writer.WriteEndElement();

        writer.WriteStartElement("FRBRManifestation");
        Empty(writer, "FRBRthis", ("value", expression + "/!main.xml"));
        Empty(writer, "FRBRuri", ("value", expression + ".akn"));
        Empty(writer, "FRBRdate", ("date", date), ("name", "generation"));
        Empty(writer, "FRBRauthor", ("href", "#agreementlang"), ("as", "#author"));
        writer.WriteEndElement();

        writer.WriteEndElement();

        if (includeParties)
        {
            analysis?.Invoke(writer);
        }

        // eIds are unique across the whole document, attachments included: the references live in the main
        // document's meta only, and an annex's identification points at them.
        if (includeParties)
        {
            writer.WriteStartElement("references");
            writer.WriteAttributeString("source", "#agreementlang");
            Empty(writer, "TLCOrganization", ("eId", "agreementlang"), ("href", "/ontology/organization/agreementlang"), ("showAs", "AgreementLang"));
            foreach (var party in draft.Parties)
            {
                Empty(writer, "TLCOrganization", ("eId", party.Id), ("href", "/ontology/organization/" + party.Id), ("showAs", party.FullName));
            }

            Empty(writer, "TLCRole", ("eId", "party"), ("href", "/ontology/role/party"), ("showAs", draft.Binding ? "Party" : "Participant"));
            Empty(writer, "TLCRole", ("eId", "author"), ("href", "/ontology/role/author"), ("showAs", "Author"));
            trace?.WriteReferences(writer);
            writer.WriteEndElement();
        }

        if ((draft.HasWarnings || draft.IsConsolidated) && includeParties)
        {
            writer.WriteStartElement("notes");
            writer.WriteAttributeString("source", "#agreementlang");
            if (draft.HasWarnings)
            {
                writer.WriteStartElement("note");
                writer.WriteAttributeString("eId", "note_conflicts");
                Paragraph(writer, "Draft with unresolved conflicts — not for signature. The sources of this draft contain the following errors:");
                foreach (var warning in draft.Warnings)
                {
                    Paragraph(writer, warning);
                }

                writer.WriteEndElement();
            }

            if (draft.IsConsolidated)
            {
                writer.WriteStartElement("note");
                writer.WriteAttributeString("eId", "note_consolidation");
                foreach (var note in draft.Consolidation)
                {
                    Paragraph(writer, note);
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }
}
