using System.Xml;
using System.Xml.Schema;
using AgreementLang.Rendering.AkomaNtoso;
using AgreementLang.Text;

namespace AgreementLang.Rendering.Tests;

/// <summary>Every example validates against the OASIS Akoma Ntoso 3.0 schema with zero errors and zero
/// warnings. The schema set gets a resolver (or the import of xml.xsd is skipped silently) and warnings are
/// counted (or an element the schema does not know passes as valid): the two traps of Schemas/akomantoso/README.md.</summary>
public class AkomaNtosoTests
{
    private static readonly Lazy<XmlSchemaSet> Schemas = new(() =>
    {
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        set.Add(AknWriter.Namespace, Path.Combine(AppContext.BaseDirectory, "Schemas", "akomantoso", "akomantoso30.xsd"));
        set.Compile();
        return set;
    });

    public static IReadOnlyList<string> Validate(string xml)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Schemas.Value };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} ({e.Exception.LineNumber},{e.Exception.LinePosition}): {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }

        return problems;
    }

    [Theory]
    [MemberData(nameof(Forge.AgreementNames), MemberType = typeof(Forge))]
    public void Every_example_validates_without_errors_or_warnings(string name)
    {
        var renderer = new DraftRenderer();
        var xml = Forge.Utf8(renderer.Render(renderer.Build(Forge.Model, Forge.Agreement(name)), DraftFormat.AkomaNtoso));
        Assert.Empty(Validate(xml));
    }

    [Fact]
    public void A_forced_draft_with_its_conflict_note_validates()
    {
        var renderer = new DraftRenderer();
        var draft = renderer.Build(Forge.Model, Forge.Agreement("US-JP-2026"), ["examples/forge/us-japan.agr(1,1): error AGR301: a conflict"]);
        var xml = Forge.Utf8(renderer.Render(draft, DraftFormat.AkomaNtoso));
        Assert.Contains("note_conflicts", xml);
        Assert.Empty(Validate(xml));
    }

    [Fact]
    public void The_validator_does_reject_an_element_the_schema_does_not_know()
    {
        // Guards the guard: were warnings not counted, this would pass.
        var renderer = new DraftRenderer();
        var xml = Forge.Utf8(renderer.Render(renderer.Build(Forge.Model, Forge.Agreement("US-JP-2026")), DraftFormat.AkomaNtoso))
            .Replace("<body>", "<body><clause>unknown</clause>");
        Assert.NotEmpty(Validate(xml));
    }

    [Fact]
    public void Articles_have_eIds_and_parties_are_references()
    {
        var renderer = new DraftRenderer();
        var xml = Forge.Utf8(renderer.Render(renderer.Build(Forge.Model, Forge.Agreement("US-JP-2026")), DraftFormat.AkomaNtoso));
        Assert.Contains("<article eId=\"art_1\">", xml);
        Assert.Contains("<TLCOrganization eId=\"jp\" href=\"/ontology/organization/jp\" showAs=\"the Government of Japan\" />", xml);
        Assert.Contains("<attachment eId=\"att_2\">", xml);
        Assert.Contains("<FRBRthis value=\"/akn/int/act/bilateral/2026-02-04/us-jp-2026/!main\" />", xml);
    }
}
