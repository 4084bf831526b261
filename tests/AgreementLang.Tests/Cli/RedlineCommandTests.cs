using AgreementLang.Cli;
using AgreementLang.Tests.Infrastructure;

namespace AgreementLang.Tests.Cli;

/// <summary>Issue 16, points 3 and 4: <c>agr redline OLD NEW --format docx|html|md --out DIR [--changes]</c>.</summary>
public sealed class RedlineCommandTests : IDisposable
{
    private const string Round1 = "examples/versions/round-1";
    private const string Round2 = "examples/versions/round-2";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("agr-redline-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Out => Path.Combine(_folder.FullName, "out");

    private static (int Exit, string Out, string Err) Run(params string[] args) => Agr.InProcess(null, args);

    [Theory]
    [InlineData("docx")]
    [InlineData("html")]
    [InlineData("md")]
    public void The_two_rounds_give_one_redline_per_agreement_and_exit_1_because_the_draft_changed(string format)
    {
        var (exit, output, error) = Run("redline", Repository.PathOf(Round1), Repository.PathOf(Round2), "--format", format, "--out", Out);
        Assert.Equal("", error);
        Assert.Equal(ExitCodes.Errors, exit);
        var file = Path.Combine(Out, "US-JP-2026.redline." + format);
        Assert.Equal("wrote " + file.Replace('\\', '/') + "\n", output.Replace("\r\n", "\n"));
        Assert.True(new FileInfo(file).Length > 1000);
        Assert.Equal(new[] { file }, Directory.GetFiles(Out));
    }

    [Fact]
    public void The_same_version_twice_exits_0_and_changes_adds_the_change_log()
    {
        var (exit, _, error) = Run("redline", Repository.PathOf(Round2), Repository.PathOf(Round2), "--format", "md", "--out", Out, "--changes");
        Assert.Equal("", error);
        Assert.Equal(ExitCodes.Success, exit);
        var text = File.ReadAllText(Path.Combine(Out, "US-JP-2026.redline.md"));
        Assert.Contains("No provision changed.", text);
        Assert.Contains("## Change log", text);
        Assert.Contains("The models are equal.", text);
        Assert.DoesNotContain("<ins>", text);
    }

    [Fact]
    public void Author_and_date_go_into_the_tracked_changes_and_the_output_is_the_same_on_every_run()
    {
        string Redline()
        {
            Assert.Equal(ExitCodes.Errors, Run("redline", Repository.PathOf(Round1), Repository.PathOf(Round2), "--out", Out, "--author", "Japan delegation", "--date", "2026-02-20").Exit);
            return Convert.ToBase64String(File.ReadAllBytes(Path.Combine(Out, "US-JP-2026.redline.docx")));
        }

        var first = Redline();
        Assert.Equal(first, Redline());
        var docx = Convert.FromBase64String(first);
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false);
        var inserted = document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.InsertedRun>().First();
        Assert.Equal("Japan delegation", inserted.Author?.Value);
        Assert.Equal(new DateTime(2026, 2, 20), inserted.Date!.Value);
    }

    [Fact]
    public void Bad_options_missing_paths_and_an_output_folder_among_the_sources_are_usage_errors()
    {
        var (old, @new) = (Repository.PathOf(Round1), Repository.PathOf(Round2));
        Assert.Equal(ExitCodes.Usage, Run("redline", old, @new).Exit);
        Assert.Equal(ExitCodes.Usage, Run("redline", old, @new, "--out", Out, "--format", "akn").Exit);
        Assert.Equal(ExitCodes.Usage, Run("redline", old, @new, "--out", Out, "--author", " ").Exit);
        var (exit, _, error) = Run("redline", old, @new, "--out", Out, "--date", "20 February 2026");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("is not a date such as 2026-02-20", error);
        (exit, _, error) = Run("redline", "no/such/folder", @new, "--out", Out);
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("no such file or folder: 'no/such/folder'", error);
        Assert.Equal(ExitCodes.Usage, Run("redline", old, @new, "--out", @new).Exit);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void A_text_holding_a_character_the_redline_marks_with_is_refused_not_marked_wrongly()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder.FullName, "round-3")).FullName;
        foreach (var file in Directory.GetFiles(Repository.PathOf(Round2), "*.agr"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        var usJapan = Path.Combine(folder, "us-japan.agr");
        File.WriteAllText(usJapan, File.ReadAllText(usJapan).Replace("memorandum of cooperation", "memorandum of \uE000cooperation"));
        var (exit, output, error) = Run("redline", Repository.PathOf(Round1), folder, "--out", Out);
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal("", output);
        Assert.Contains("agr: cannot write a redline: the draft of US-JP-2026 holds a private-use character (U+E000 to U+E005)", error);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void Versions_without_an_agreement_in_common_write_nothing_and_say_why()
    {
        var other = Path.Combine(_folder.FullName, "other.agr");
        File.WriteAllText(other, File.ReadAllText(Repository.PathOf(Round2 + "/us-japan.agr")).Replace("agreement US-JP-2026", "agreement US-JP-2027"));
        var zone = Repository.PathOf(Round2 + "/zone.agr");
        var vault = Repository.PathOf(Round2 + "/vault.agr");
        File.Copy(zone, Path.Combine(_folder.FullName, "zone.agr"));
        File.Copy(vault, Path.Combine(_folder.FullName, "vault.agr"));
        var (exit, output, error) = Run("redline", Repository.PathOf(Round1), _folder.FullName, "--out", Out);
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal("", output);
        Assert.Contains("US-JP-2027 is not in", error);
        Assert.Contains("US-JP-2026 is not in", error);
        Assert.Contains("no agreement in common", error);
    }
}
