using AgreementLang.Rendering.Schedules;
using AgreementLang.Tests.Infrastructure;

namespace AgreementLang.Rendering.Tests;

/// <summary>Every format of every forge example against its reviewed baseline (AGR_UPDATE_BASELINES=1
/// rewrites them). DOCX is compared through its document XML, the part a reviewer can read.</summary>
public class GoldenTests
{
    private const string Folder = "tests/AgreementLang.Rendering.Tests/Baselines/";
    private static readonly DraftRenderer Renderer = new();

    public GoldenTests()
    {
        Assert.False(Forge.Compilation.HasErrors, string.Join("\n", Forge.Compilation.Diagnostics));
    }

    [Theory]
    [MemberData(nameof(Forge.AgreementNames), MemberType = typeof(Forge))]
    public void Markdown(string name) =>
        Golden.AssertMatches(Folder + name + ".verified.md", Renderer.Markdown(Renderer.Build(Forge.Model, Forge.Agreement(name))));

    [Theory]
    [MemberData(nameof(Forge.AgreementNames), MemberType = typeof(Forge))]
    public void Html(string name) =>
        Golden.AssertMatches(Folder + name + ".verified.html", Renderer.Html(Renderer.Build(Forge.Model, Forge.Agreement(name))));

    [Theory]
    [MemberData(nameof(Forge.AgreementNames), MemberType = typeof(Forge))]
    public void AkomaNtoso(string name) =>
        Golden.AssertMatches(Folder + name + ".verified.akn.xml", Forge.Utf8(Renderer.Render(Renderer.Build(Forge.Model, Forge.Agreement(name)), DraftFormat.AkomaNtoso)));

    [Theory]
    [MemberData(nameof(Forge.AgreementNames), MemberType = typeof(Forge))]
    public void DocxDocument(string name) =>
        Golden.AssertMatches(Folder + name + ".docx.verified.xml", Forge.DocumentXml(Renderer.Render(Renderer.Build(Forge.Model, Forge.Agreement(name)), DraftFormat.Docx)));

    [Fact]
    public void JsonSchedule() => Golden.AssertMatches(Folder + "schedule.verified.json", JsonScheduleWriter.Write(Forge.Model));

    [Fact]
    public void CsvSchedule() =>
        Golden.AssertMatches(Folder + "schedule.verified.csv", CsvScheduleWriter.Write(TariffAnnexRows.Build(Forge.Model)).Replace("\r\n", "\n"));

    /// <summary>Every amendment of the examples as a protocol, in Markdown and Akoma Ntoso.</summary>
    public static IEnumerable<object[]> AmendmentNames => Forge.Model.Amendments.Select(a => new object[] { a.Name });

    [Theory]
    [MemberData(nameof(AmendmentNames))]
    public void ProtocolMarkdown(string name) =>
        Golden.AssertMatches(Folder + name + ".verified.md", Renderer.Markdown(Renderer.BuildProtocol(Forge.Model, Forge.Model.Amendments.Single(a => a.Name == name)).Draft));

    [Theory]
    [MemberData(nameof(AmendmentNames))]
    public void ProtocolAkomaNtoso(string name) =>
        Golden.AssertMatches(Folder + name + ".verified.akn.xml",
            Forge.Utf8(Renderer.Render(Renderer.BuildProtocol(Forge.Model, Forge.Model.Amendments.Single(a => a.Name == name)), DraftFormat.AkomaNtoso)));

    [Fact]
    public void ConsolidatedMarkdown() =>
        Golden.AssertMatches(Folder + "US-JP-2026.as-of-2027-06-01.verified.md",
            Renderer.Markdown(Renderer.BuildConsolidated(Forge.Model, Forge.Agreement("US-JP-2026"), new DateTime(2027, 6, 1))));
}
