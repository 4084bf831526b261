using AgreementLang.Rendering.Redline;
using AgreementLang.Tests.Infrastructure;

namespace AgreementLang.Rendering.Tests;

/// <summary>The redline of the two rounds of examples/versions against reviewed baselines (AGR_UPDATE_BASELINES=1
/// rewrites them): Markdown and HTML with the change log, Word through its document XML.</summary>
public sealed class RedlineGoldenTests
{
    private const string Folder = "tests/AgreementLang.Rendering.Tests/Baselines/";
    private static readonly RedlineRenderer Redlines = new();

    [Fact]
    public void Markdown() =>
        Golden.AssertMatches(Folder + Versions.Agreement + ".redline.verified.md", Redlines.Markdown(Versions.Redline(), Versions.Options(changes: true)));

    [Fact]
    public void Html() =>
        Golden.AssertMatches(Folder + Versions.Agreement + ".redline.verified.html", Redlines.Html(Versions.Redline(), Versions.Options(changes: true)));

    [Fact]
    public void DocxDocument() =>
        Golden.AssertMatches(Folder + Versions.Agreement + ".redline.docx.verified.xml",
            Forge.DocumentXml(Redlines.Docx(Versions.Redline(), Versions.Options() with { Author = "Negotiator", Date = new DateTime(2026, 2, 20) })));
}
