using System.Diagnostics;
using System.Text.RegularExpressions;

namespace AgreementLang.Rendering.Tests;

/// <summary>Opt-in (AGR_LIBREOFFICE=1): every example's DOCX opens in LibreOffice and converts to a PDF whose text
/// has the title and "Article 1". Without the variable the test is reported as skipped, with the reason; with it,
/// a missing <c>soffice</c> or <c>pdftotext</c> fails the test. Install with
/// <c>apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils</c>.</summary>
public sealed class LibreOfficeTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);
    private readonly string _root = Path.Combine(Path.GetTempPath(), "agr-lo-" + Guid.NewGuid().ToString("N"));

    public LibreOfficeTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [LibreOfficeFact]
    public void Every_example_converts_to_a_PDF_with_its_title_and_Article_1()
    {
        Assert.True(OnPath("soffice"), "AGR_LIBREOFFICE=1 but soffice is not on PATH (apt-get install libreoffice-writer-nogui)");
        Assert.True(OnPath("pdftotext"), "AGR_LIBREOFFICE=1 but pdftotext is not on PATH (apt-get install poppler-utils)");

        var renderer = new DraftRenderer();
        var drafts = Forge.Model.Agreements.Select(a => renderer.Build(Forge.Model, a)).ToArray();
        var files = new List<string>();
        foreach (var draft in drafts)
        {
            var file = Path.Combine(_root, draft.Name + ".docx");
            File.WriteAllBytes(file, renderer.Render(draft, DraftFormat.Docx));
            files.Add(file);
        }

        // A private profile: no clash with a running LibreOffice or another test run, nothing left in $HOME.
        var profile = new Uri(Path.Combine(_root, "profile")).AbsoluteUri;
        var pdfs = Path.Combine(_root, "pdf");
        var (code, output) = Execute("soffice", ["-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf", "--outdir", pdfs, .. files]);
        Assert.True(code == 0, "soffice exited " + code + ": " + output);

        foreach (var draft in drafts)
        {
            var pdf = Path.Combine(pdfs, draft.Name + ".pdf");
            Assert.True(File.Exists(pdf) && new FileInfo(pdf).Length > 0, draft.Name + ": no PDF; soffice said: " + output);
            var (textCode, text) = Execute("pdftotext", ["-enc", "UTF-8", pdf, "-"]);
            Assert.Equal(0, textCode);
            var words = Words(text);
            Assert.Contains(Words(draft.TitleUpper), words, StringComparison.Ordinal);
            Assert.Contains("Article 1 — " + draft.Articles[0].Heading, words, StringComparison.Ordinal);
            if (draft.Signed is not null)
            {
                Assert.Contains("Draft of", words, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>Issue 16: LibreOffice opens the Word redline of examples/versions and prints its tracked changes (as it
    /// shows them by default): the deleted words, article and figures next to the inserted ones.</summary>
    [LibreOfficeFact]
    public void The_Word_redline_converts_to_a_PDF_that_shows_both_the_deleted_and_the_inserted_text()
    {
        Assert.True(OnPath("soffice") && OnPath("pdftotext"), "AGR_LIBREOFFICE=1 but soffice or pdftotext is not on PATH");
        var redline = Versions.Redline();
        var file = Path.Combine(_root, "redline.docx");
        File.WriteAllBytes(file, new Redline.RedlineRenderer().Docx(redline, Versions.Options()));

        var profile = new Uri(Path.Combine(_root, "profile")).AbsoluteUri;
        var (code, output) = Execute("soffice", ["-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf", "--outdir", _root, file]);
        Assert.True(code == 0, "soffice exited " + code + ": " + output);
        var (textCode, text) = Execute("pdftotext", ["-enc", "UTF-8", Path.Combine(_root, "redline.pdf"), "-"]);
        Assert.Equal(0, textCode);
        var words = Words(text);

        // Neither draft alone has both: the old floor and the new, the removed article and the added provision.
        Assert.Contains("USD 110.00120.00", words, StringComparison.Ordinal);
        Assert.Contains("Most-Favoured-Nation Treatment", words, StringComparison.Ordinal);
        Assert.Contains("settled by consultations", words, StringComparison.Ordinal);
        Assert.DoesNotContain("Most-Favoured-Nation Treatment", string.Join(" ", redline.New.Articles.Select(a => a.Heading)), StringComparison.Ordinal);
    }

    /// <summary>The text with every run of white space (no-break spaces and line ends too) as one space, and words
    /// broken at a hyphen at a line's end joined again.</summary>
    private static string Words(string text) => Regex.Replace(Regex.Replace(text, @"-\s+", "-"), @"[\s\u00A0]+", " ");

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(d => d.Length > 0 && File.Exists(Path.Combine(d, program)));

    private static (int Code, string Output) Execute(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} did not finish within {Timeout.TotalMinutes} minutes");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}

/// <summary>Runs where LibreOffice is installed (soffice and pdftotext on the PATH, as .ci/run makes sure), and
/// always with AGR_LIBREOFFICE=1, which makes a missing soffice a failure; only a machine without LibreOffice and
/// without the variable reports the test as skipped, saying how to run it.</summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("AGR_LIBREOFFICE") != "1" && !(OnPath("soffice") && OnPath("pdftotext")))
        {
            Skip = "LibreOffice conversion not run: install libreoffice-writer-nogui and poppler-utils, or set AGR_LIBREOFFICE=1";
        }
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, program)));
}
