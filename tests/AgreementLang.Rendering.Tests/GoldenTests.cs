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
}
