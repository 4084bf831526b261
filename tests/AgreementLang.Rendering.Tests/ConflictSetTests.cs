using AgreementLang.Diagnostics;
using AgreementLang.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using AgreementLang.Text;

namespace AgreementLang.Rendering.Tests;

/// <summary>examples/conflicts is a set with errors and more varied terms (other minerals, floors defended on
/// all origins, amendments): forced drafts of it must still be valid documents in every format.</summary>
public class ConflictSetTests
{
    private static readonly Lazy<Compilation> LazyConflicts = new(() => Compilation.Create(
        Directory.GetFiles(Repository.PathOf("examples/conflicts"), "*.agr")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new SourceText("examples/conflicts/" + Path.GetFileName(p), File.ReadAllText(p)))));

    public static IEnumerable<object[]> AgreementNames =>
        Directory.Exists(Repository.PathOf("examples/conflicts"))
            ? LazyConflicts.Value.Model.Agreements.Select(a => new object[] { a.Name })
            : [];

    [Theory]
    [MemberData(nameof(AgreementNames))]
    public void A_forced_draft_is_valid_in_every_format(string name)
    {
        var compilation = LazyConflicts.Value;
        Assert.True(compilation.HasErrors);
        var errors = compilation.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        var agreement = compilation.Model.Agreements.Single(a => a.Name == name);
        var renderer = new DraftRenderer();
        var draft = renderer.Build(compilation.Model, agreement, errors.Select(e => e.ToString()).ToArray());

        Assert.Empty(AkomaNtosoTests.Validate(Forge.Utf8(renderer.Render(draft, DraftFormat.AkomaNtoso))));
        using (var document = WordprocessingDocument.Open(new MemoryStream(renderer.Render(draft, DraftFormat.Docx)), false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => e.Description));
        }

        var html = renderer.Html(draft);
        Assert.EndsWith("</html>\n", html);
        Assert.Contains("Draft with unresolved conflicts", html);
        Assert.Contains("DRAFT WITH UNRESOLVED CONFLICTS", renderer.Markdown(draft));
    }
}
