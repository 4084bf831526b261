using AgreementLang.Rendering.Schedules;

namespace AgreementLang.Rendering.Tests;

/// <summary>The same input gives the same bytes, in every format: two independent runs (fresh compilations,
/// fresh renderers) are compared byte for byte, DOCX packages included.</summary>
public class DeterminismTests
{
    [Fact]
    public void Two_runs_give_identical_bytes_in_every_format()
    {
        var first = RenderAll();
        Thread.Sleep(1100); // past a zip timestamp's two-second resolution boundary in most runs
        var second = RenderAll();
        Assert.Equal(first.Keys, second.Keys);
        foreach (var (name, bytes) in first)
        {
            Assert.True(bytes.SequenceEqual(second[name]), name + " differs between two runs");
        }
    }

    private static Dictionary<string, byte[]> RenderAll()
    {
        var compilation = Forge.Compile(Forge.Sources());
        var renderer = new DraftRenderer(Templates.TemplateSet.Load(null));
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var agreement in compilation.Model.Agreements)
        {
            var draft = renderer.Build(compilation.Model, agreement);
            foreach (var format in DraftFormats.All)
            {
                files[agreement.Name + DraftFormats.Extension(format)] = renderer.Render(draft, format);
            }
        }

        files["schedule.json"] = System.Text.Encoding.UTF8.GetBytes(JsonScheduleWriter.Write(compilation.Model));
        files["schedule.csv"] = System.Text.Encoding.UTF8.GetBytes(CsvScheduleWriter.Write(TariffAnnexRows.Build(compilation.Model)));
        return files;
    }
}
