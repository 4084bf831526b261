using System.Collections.Immutable;
using System.Globalization;
using System.Xml;
using AgreementLang.Rendering.Legal;

namespace AgreementLang.Rendering.AkomaNtoso;

/// <summary>Provenance in Akoma Ntoso's own terms: each source clause a draft cites is a <c>TLCReference</c>
/// (name "source") in the metadata's <c>references</c>, the form whose fixed wording a provision is a
/// <c>TLCConcept</c>, and every paragraph, point, recital and table row points at them with <c>refersTo</c>,
/// the attribute the standard gives any element for the ontology entries it concerns.</summary>
internal sealed class AknProvenance
{
    private readonly Dictionary<DraftSource, string> _ids = [];
    private readonly List<DraftSource> _order = [];

    public AknProvenance(Draft draft)
    {
        Form = "form_" + draft.FormName.Replace('-', '_');
        FormName = draft.FormName;
        foreach (var provision in DraftTrace.Provisions(draft))
        {
            foreach (var source in provision.Sources)
            {
                if (!_ids.ContainsKey(source))
                {
                    _order.Add(source);
                    _ids.Add(source, "src_" + _order.Count.ToString(CultureInfo.InvariantCulture));
                }
            }
        }
    }

    private string Form { get; }

    private string FormName { get; }

    /// <summary>The TLC entries, written inside <c>references</c>.</summary>
    public void WriteReferences(XmlWriter writer)
    {
        foreach (var source in _order)
        {
            writer.WriteStartElement("TLCReference");
            writer.WriteAttributeString("eId", _ids[source]);
            writer.WriteAttributeString("href", "/agreementlang/source/" + Uri.EscapeDataString(source.Path.Replace('\\', '/')).Replace("%2F", "/") +
                                                "#L" + source.Line.ToString(CultureInfo.InvariantCulture));
            writer.WriteAttributeString("showAs", source.ToString());
            writer.WriteAttributeString("name", "source");
            writer.WriteEndElement();
        }

        writer.WriteStartElement("TLCConcept");
        writer.WriteAttributeString("eId", Form);
        writer.WriteAttributeString("href", "/ontology/concept/agreementlang/form/" + FormName);
        writer.WriteAttributeString("showAs", "fixed wording of the " + FormName + " form");
        writer.WriteEndElement();
    }

    /// <summary>Writes <c>refersTo</c>: the sources, or the form when there are none.</summary>
    public void WriteRefersTo(XmlWriter writer, ImmutableArray<DraftSource> sources)
    {
        var value = sources.IsDefaultOrEmpty ? "#" + Form : string.Join(" ", sources.Select(s => "#" + _ids[s]));
        writer.WriteAttributeString("refersTo", value);
    }
}
