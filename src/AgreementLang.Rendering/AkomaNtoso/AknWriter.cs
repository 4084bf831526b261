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
public static class AknWriter
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

    /// <summary>An Aho-Corasick automaton over the parties' full names, reversed and case-folded
    /// (<see cref="char.ToUpperInvariant"/>, the per-character folding of ordinal ignore-case comparison): run over
    /// the text from its end, the state at each character knows the longest name that starts there, in time linear
    /// in the text plus the names.</summary>
    internal sealed class PartyNames
    {
        private readonly Dictionary<(int State, char Char), int> _next = new();
        private readonly List<int> _fail = new() { 0 };
        private readonly List<DraftParty?> _ends = new() { null };
        private readonly List<int> _depth = new() { 0 };

        // The longest name that is a suffix of a state's string (in reversed text: the longest name starting at
        // the current character).
        private readonly List<DraftParty?> _best = new() { null };

        public PartyNames(IEnumerable<DraftParty> parties)
        {
            foreach (var party in parties)
            {
                var name = party.FullName;
                if (name.Length == 0)
                {
                    continue;
                }

                var state = 0;
                for (var i = name.Length - 1; i >= 0; i--)
                {
                    var key = (state, char.ToUpperInvariant(name[i]));
                    if (!_next.TryGetValue(key, out var next))
                    {
                        next = _fail.Count;
                        _next[key] = next;
                        _fail.Add(0);
                        _ends.Add(null);
                        _best.Add(null);
                        _depth.Add(_depth[state] + 1);
                    }

                    state = next;
                }

                // Of parties with the same name, the first.
                _ends[state] ??= party;
            }

            // Breadth first: failure links, and the best name of each state from its own end or its failure's.
            var children = new List<(char Char, int State)>[_fail.Count];
            foreach (var entry in _next)
            {
                (children[entry.Key.State] ??= new()).Add((entry.Key.Char, entry.Value));
            }

            var queue = new Queue<int>();
            queue.Enqueue(0);
            while (queue.Count > 0)
            {
                var state = queue.Dequeue();
                _best[state] = _ends[state] ?? (state == 0 ? null : _best[_fail[state]]);
                if (children[state] is not { } list)
                {
                    continue;
                }

                foreach (var (c, child) in list)
                {
                    _fail[child] = state == 0 ? 0 : Step(_fail[state], c);
                    queue.Enqueue(child);
                }
            }
        }

        /// <summary>For each index of <paramref name="text"/>, the party whose name is the longest to start there
        /// (ignoring case), or null.</summary>
        public DraftParty?[] LongestAt(string text)
        {
            var result = new DraftParty?[text.Length];
            var state = 0;
            for (var i = text.Length - 1; i >= 0; i--)
            {
                state = Step(state, char.ToUpperInvariant(text[i]));
                result[i] = _best[state];
            }

            return result;
        }

        private int Step(int state, char c)
        {
            while (true)
            {
                if (_next.TryGetValue((state, c), out var next))
                {
                    return next;
                }

                if (state == 0)
                {
                    return 0;
                }

                state = _fail[state];
            }
        }
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
