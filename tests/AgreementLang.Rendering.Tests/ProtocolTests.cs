using System.Xml.Linq;
using AgreementLang.Rendering.AkomaNtoso;
using AgreementLang.Rendering.Legal;
using AgreementLang.Text;

namespace AgreementLang.Rendering.Tests;

/// <summary>Amendments as protocols, and agreements as of a date: the drafts of examples/forge/us-japan-protocol-2027.agr.</summary>
public class ProtocolTests
{
    private static readonly XNamespace Akn = AknWriter.Namespace;
    private static readonly DateTime June2027 = new(2027, 6, 1);

    private static ProtocolDraft Protocol() => new DraftRenderer().BuildProtocol(Forge.Model, Forge.Model.Amendments.Single(a => a.Name == "US-JP-2026-P1"));

    [Fact]
    public void The_protocol_states_each_change_of_the_agreement_and_its_date_of_entry_into_force()
    {
        var renderer = new DraftRenderer();
        var protocol = Protocol();
        var markdown = renderer.Markdown(protocol.Draft);
        Assert.StartsWith("# PROTOCOL AMENDING THE AGREEMENT BETWEEN THE GOVERNMENT OF THE UNITED STATES OF AMERICA AND THE GOVERNMENT OF JAPAN ON CRITICAL MINERALS\n", markdown);
        Assert.Contains("Having regard to the Agreement between the Government of the United States of America and the Government of Japan on Critical Minerals, " +
                        "signed at Washington, D.C., on 4 February 2026 (hereinafter referred to as \"the Agreement\");", markdown);
        Assert.Contains("Article 2 of the Agreement is replaced by the following:\n\n“Article 2 — Reference Prices and Price Floors", markdown);
        Assert.Contains("as a price floor for Dysprosium Oxide with effect from 1 March 2027", markdown);
        Assert.Contains("on NdPr Metal originating in Japan, from a base rate of five per cent (5%), on 1 March 2027, as set out in Annex II.”", markdown);
        Assert.Contains("Article 9 of the Agreement is deleted.", markdown);
        Assert.Contains("Article 10 of the Agreement is renumbered as Article 9.", markdown);
        Assert.Contains("Annex II to the Agreement is replaced by the text set out in Annex II to this Protocol.", markdown);
        Assert.Contains("This Protocol shall enter into force on 1 March 2027.", markdown);
        Assert.Contains("DONE on 15 January 2027.", markdown);
        Assert.Contains("FOR THE GOVERNMENT OF JAPAN", markdown);
        Assert.Equal(
            [ModificationKind.Substitution, ModificationKind.Substitution, ModificationKind.Substitution, ModificationKind.Substitution,
             ModificationKind.Repeal, ModificationKind.Renumbering, ModificationKind.Substitution, ModificationKind.Substitution],
            protocol.Modifications.Select(m => m.Kind));
        Assert.Equal(["art_1", "art_2", "art_3", "art_4", "art_9", "art_10", "att_1", "att_2"], protocol.Modifications.Select(m => m.DestinationEId));
    }

    [Fact]
    public void The_protocol_renders_in_every_format_and_its_akoma_ntoso_amendment_validates()
    {
        var renderer = new DraftRenderer();
        var protocol = Protocol();
        foreach (var format in DraftFormats.All)
        {
            Assert.NotEmpty(renderer.Render(protocol, format));
        }

        var xml = Forge.Utf8(renderer.Render(protocol, DraftFormat.AkomaNtoso));
        Assert.Empty(AkomaNtosoTests.Validate(xml));
        var document = XDocument.Parse(xml);
        Assert.NotNull(document.Root!.Element(Akn + "amendment"));
        var mods = document.Descendants(Akn + "textualMod").ToArray();
        Assert.Equal(8, mods.Length);
        Assert.Equal("substitution", mods[0].Attribute("type")!.Value);
        Assert.Equal("repeal", mods[4].Attribute("type")!.Value);
        Assert.Equal("#art_1__mod_1", mods[0].Element(Akn + "source")!.Attribute("href")!.Value);
        Assert.Equal("/akn/int/act/bilateral/2026-02-04/us-jp-2026/eng@/!main#art_9", mods[4].Element(Akn + "destination")!.Attribute("href")!.Value);
        Assert.Contains(document.Descendants(Akn + "quotedStructure"), q => q.Element(Akn + "article") is not null);
        Assert.Contains("Dysprosium Oxide", Forge.DocumentXml(renderer.Render(protocol, DraftFormat.Docx)));
    }

    [Fact]
    public void The_consolidated_text_as_of_a_date_has_the_amendments_and_a_note_naming_them()
    {
        var renderer = new DraftRenderer();
        var agreement = Forge.Agreement("US-JP-2026");
        const string note = "Consolidated text as of 1 June 2027, incorporating the Protocol amending the Agreement between the Government of the " +
                            "United States of America and the Government of Japan on Critical Minerals (US-JP-2026-P1) in force from 1 March 2027.";

        var before = renderer.BuildConsolidated(Forge.Model, agreement, new DateTime(2027, 2, 28));
        Assert.False(before.IsConsolidated);
        Assert.Contains(before.Articles, a => a.Family == "obligations");

        var draft = renderer.BuildConsolidated(Forge.Model, agreement, June2027);
        Assert.Equal(note, Assert.Single(draft.Consolidation));
        Assert.DoesNotContain(draft.Articles, a => a.Family == "obligations");
        var markdown = renderer.Markdown(draft);
        Assert.Contains("> *" + note + "*", markdown);
        Assert.Contains("as a price floor for Dysprosium Oxide with effect from 1 March 2027", markdown);
        Assert.DoesNotContain("memorandum of understanding", markdown);
        Assert.Contains(note, renderer.Html(draft));
        Assert.Contains(AgreementLang.Rendering.Docx.Typography.Apply(note), Forge.DocumentXml(renderer.Render(draft, DraftFormat.Docx)));

        var xml = Forge.Utf8(renderer.Render(draft, DraftFormat.AkomaNtoso));
        Assert.Empty(AkomaNtosoTests.Validate(xml));
        var document = XDocument.Parse(xml);
        var expression = document.Descendants(Akn + "FRBRExpression").First();
        Assert.Equal("/akn/int/act/bilateral/2026-02-04/us-jp-2026/eng@2027-06-01", expression.Element(Akn + "FRBRuri")!.Attribute("value")!.Value);
        Assert.Equal("2027-06-01", expression.Element(Akn + "FRBRdate")!.Attribute("date")!.Value);
        Assert.Equal("singleVersion", document.Root!.Element(Akn + "act")!.Attribute("contains")!.Value);
        Assert.Equal(note, document.Descendants(Akn + "note").Single(n => n.Attribute("eId")!.Value == "note_consolidation").Value);
    }

    [Fact]
    public void The_set_as_of_a_date_gives_the_schedules_the_consolidated_terms()
    {
        var before = Schedules.TariffAnnexRows.Build(Forge.Model);
        var after = Schedules.TariffAnnexRows.Build(Forge.Model.AsOf(June2027));
        var csvBefore = Schedules.CsvScheduleWriter.Write(before);
        var csvAfter = Schedules.CsvScheduleWriter.Write(after);
        Assert.Contains("NdPr,metal,5%,0%,EIF,", csvBefore);
        Assert.Contains("NdPr,metal,5%,0%,2027-03-01,", csvAfter);
        Assert.DoesNotContain(",Dy,oxide,", csvBefore);
        Assert.Contains("US-JP-2026,yes,US,non-members,2846.90,\"Compounds of rare-earth metals, yttrium or scandium, other than of cerium\",Dy,oxide,", csvAfter);
        var jsonAfter = Schedules.JsonScheduleWriter.Write(Forge.Model.AsOf(June2027), []);
        Assert.Contains("\"path\": \"examples/forge/us-japan-protocol-2027.agr\"", jsonAfter);
        Assert.DoesNotContain("us-japan-protocol-2027.agr", Schedules.JsonScheduleWriter.Write(Forge.Model, []));
    }

    [Fact]
    public void A_new_clause_family_is_inserted_after_its_predecessor_and_a_removed_one_deleted()
    {
        var sources = Forge.Sources();
        sources.Add(new AgreementLang.Text.SourceText("examples/forge/us-japan-protocol-2028.agr", """
            amendment US-JP-2026-P2 "Second Protocol" amends US-JP-2026 from 2028-03-01 {
              offtake MP -> JP 10% of NdPr oxide capacity for 5 years
              remove most favoured nation JP on NdPr oxide tariff
            }
            """));
        var compilation = Forge.Compile(sources);
        Assert.DoesNotContain(compilation.Diagnostics, d => d.Code.StartsWith("AGR1", StringComparison.Ordinal));
        var renderer = new DraftRenderer();
        var protocol = renderer.BuildProtocol(compilation.Model, compilation.Model.Amendments.Single(a => a.Name == "US-JP-2026-P2"));
        var markdown = renderer.Markdown(protocol.Draft);

        // Before: 1 definitions … 6 financing, 7 origin, 8 MFN, 9 consultations (the obligation went in P1).
        Assert.Contains("The following Article is inserted after Article 6 of the Agreement:\n\n“Article 7 — Offtake", markdown);
        Assert.Contains("Article 8 of the Agreement is deleted.", markdown);
        Assert.Contains(protocol.Modifications, m => m.Kind == ModificationKind.Insertion && m.DestinationEId == "art_6");
        Assert.Contains(protocol.Modifications, m => m.Kind == ModificationKind.Repeal && m.DestinationEId == "art_8");
        Assert.Empty(AkomaNtosoTests.Validate(Forge.Utf8(renderer.Render(protocol, DraftFormat.AkomaNtoso))));

        // As of 2028, both protocols apply, in date order, and the note names both.
        var draft = renderer.BuildConsolidated(compilation.Model, compilation.Model.Agreements.Single(a => a.Name == "US-JP-2026"), new DateTime(2028, 6, 1));
        Assert.EndsWith("(US-JP-2026-P1) in force from 1 March 2027 and the Second Protocol (US-JP-2026-P2) in force from 1 March 2028.",
            Assert.Single(draft.Consolidation));
    }
}
