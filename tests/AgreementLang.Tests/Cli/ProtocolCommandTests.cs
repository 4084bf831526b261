using System.Text;
using AgreementLang.Cli;
using AgreementLang.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace AgreementLang.Tests.Cli;

/// <summary>Issue 16, points 2 and 5: <c>agr protocol OLD NEW --id --from</c> writes the amendment that turns OLD into
/// NEW, and that amendment is an ordinary one: <c>agr build</c> drafts it as a protocol in every format.</summary>
[Trait("Runs", "agr")]
public sealed class ProtocolCommandTests : IDisposable
{
    private const string Round1 = "examples/versions/round-1";
    private const string Round2 = "examples/versions/round-2";
    private const string Golden = "tests/AgreementLang.Tests/Cli/Protocol/";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("agr-protocol-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Exit, string Out, string Err) Run(params string[] args) => Agr.InProcess(null, args);

    private const string Agreement = """
        agreement A-1 "Agreement between the United States of America and Japan on Critical Minerals" {
          kind bilateral
          signed 2026-02-04
          in force 2026-03-01
          expires 2036-02-28
          party US "the Government of the United States of America"
          party JP "the Government of Japan"
          tariff JP -> US NdPr oxide 0% from entry into force
          origin NdPr magnet requires 60% zone content
        }

        """;

    [Fact]
    public void The_two_rounds_give_a_protocol_and_its_drafts_in_every_format()
    {
        var result = Agr.Run(TimeSpan.FromMinutes(2), Repository.Root, "protocol", Round1, Round2, "--id", "US-JP-2026-P1", "--from", "2027-03-01");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Infrastructure.Golden.AssertMatches(Golden + "US-JP-2026-P1.verified.agr", result.Stdout);
        // The zone's new reference prices are the zone's change, not the protocol's: said, not written.
        Infrastructure.Golden.AssertMatches(Golden + "US-JP-2026-P1.stderr.verified.txt", result.Stderr);

        foreach (var file in Directory.EnumerateFiles(Repository.PathOf(Round1), "*.agr"))
        {
            File.Copy(file, Path.Combine(_folder.FullName, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(_folder.FullName, "US-JP-2026-P1.agr"), result.Stdout);
        Assert.Equal(ExitCodes.Success, Agr.Run(TimeSpan.FromMinutes(2), _folder.FullName, "fmt", "--check", "US-JP-2026-P1.agr").ExitCode);
        var build = Agr.Run(TimeSpan.FromMinutes(2), _folder.FullName, "build", ".", "--out", "out");
        Assert.True(build.ExitCode == ExitCodes.Success, build.Stderr);
        var output = Path.Combine(_folder.FullName, "out");
        foreach (var extension in new[] { "md", "html", "akn.xml" })
        {
            Infrastructure.Golden.AssertMatches(Golden + "US-JP-2026-P1.draft.verified." + extension, File.ReadAllText(Path.Combine(output, "US-JP-2026-P1." + extension)));
        }

        using var word = WordprocessingDocument.Open(Path.Combine(output, "US-JP-2026-P1.docx"), false);
        Assert.Empty(new OpenXmlValidator().Validate(word));
        var paragraphs = word.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText);
        Infrastructure.Golden.AssertMatches(Golden + "US-JP-2026-P1.draft.docx.verified.txt", string.Join("\n", paragraphs) + "\n");
    }

    [Fact]
    public void Out_writes_the_file_and_the_result_rebuilds_the_new_version()
    {
        var old = Write("old/a.agr", Agreement);
        var @new = Write("new/a.agr", Agreement
            .Replace("tariff JP -> US NdPr oxide 0% from entry into force", "tariff JP -> US NdPr oxide 0% from 2027-01-01\n  floor NdPr oxide at USD 120.00 per kg")
            .Replace("  origin NdPr magnet requires 60% zone content\n", ""));
        var target = Path.Combine(_folder.FullName, "old", "p1.agr");
        var (exit, output, error) = Run("protocol", old, @new, "--id", "A-1-P1", "--from", "2027-01-01", "--out", target);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal("", error);
        Assert.Contains("wrote ", output);
        Assert.Equal("""
            amendment A-1-P1 "Protocol amending the Agreement between the United States of America and Japan on Critical Minerals" amends A-1 from 2027-01-01 {
              tariff JP -> US NdPr oxide 0% from 2027-01-01
              floor NdPr oxide at USD 120.00 per kg
              remove origin NdPr magnet
            }

            """.Replace("\r\n", "\n"), File.ReadAllText(target));

        // The old folder with the protocol in it, as of the protocol's date, is the new version.
        var (asOf, text, _) = Run("diff", Path.GetDirectoryName(target)!, Path.GetDirectoryName(@new)!);
        Assert.Equal(ExitCodes.Errors, asOf); // the old folder holds an amendment the new one has not
        Assert.Contains("removed: A-1-P1", text);
    }

    [Fact]
    public void A_change_no_amendment_can_state_is_named_and_nothing_is_written()
    {
        var old = Write("old/a.agr", Agreement);
        var @new = Write("new/a.agr", Agreement.Replace("in force 2026-03-01", "in force 2026-04-01").Replace("0% from entry", "1% from entry"));
        var target = Path.Combine(_folder.FullName, "p1.agr");
        var (exit, output, error) = Run("protocol", old, @new, "--id", "A-1-P1", "--from", "2027-01-01", "--out", target);
        Assert.Equal(ExitCodes.Errors, exit);
        Assert.Equal("", output);
        Assert.Contains("cannot be stated in an amendment of A-1", error);
        Assert.Contains("a.agr(4,3): not expressible in an amendment: changed: A-1: entry into force 2026-03-01 → 2026-04-01", error);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void Equal_versions_two_amended_agreements_and_a_taken_name_are_refused_with_a_reason()
    {
        var old = Write("old/a.agr", Agreement);
        var (same, _, sameError) = Run("protocol", old, old, "--id", "A-1-P1", "--from", "2027-01-01");
        Assert.Equal(ExitCodes.Errors, same);
        Assert.Contains("the versions are the same as of 2027-01-01", sameError);

        var (taken, _, takenError) = Run("protocol", old, old, "--id", "A-1", "--from", "2027-01-01");
        Assert.Equal(ExitCodes.Errors, taken);
        Assert.Contains("the name 'A-1' is already declared", takenError);

        var second = Agreement.Replace("A-1", "A-2");
        var both = Write("both-old/a.agr", Agreement + second);
        var changed = Write("both-new/a.agr", (Agreement + second).Replace("0% from entry", "2% from entry"));
        var (two, _, twoError) = Run("protocol", both, changed, "--id", "P", "--from", "2027-01-01");
        Assert.Equal(ExitCodes.Errors, two);
        Assert.Contains("the texts of A-1, A-2 differ and a protocol amends one agreement: name it with --amends", twoError);

        var (one, text, notes) = Run("protocol", both, changed, "--id", "P", "--from", "2027-01-01", "--amends", "A-2");
        Assert.Equal(ExitCodes.Success, one);
        Assert.Contains("amends A-2 from 2027-01-01", text);
        Assert.Contains("not part of the protocol (outside A-2): changed: A-1 tariff JP -> US NdPr oxide: rate 0% → 2%", notes);
    }

    [Fact]
    public void Usage_errors_exit_2()
    {
        var old = Write("old/a.agr", Agreement);
        Assert.Equal(ExitCodes.Usage, Run("protocol", old, old, "--from", "2027-01-01").Exit);
        Assert.Equal(ExitCodes.Usage, Run("protocol", old, old, "--id", "P").Exit);
        Assert.Equal(ExitCodes.Usage, Run("protocol", old, old, "--id", "P", "--from", "2027-02-30").Exit);
        Assert.Equal(ExitCodes.Usage, Run("protocol", old, "--id", "P", "--from", "2027-01-01").Exit);
        Assert.Equal(ExitCodes.Usage, Run("protocol", old, "no/such/file.agr", "--id", "P", "--from", "2027-01-01").Exit);
        var broken = Write("broken.agr", "agreement {");
        Assert.Equal(ExitCodes.Usage, Run("protocol", old, broken, "--id", "P", "--from", "2027-01-01").Exit);
        var (bad, _, error) = Run("protocol", old, Write("new/a.agr", Agreement.Replace("0% from entry", "2% from entry")), "--id", "has space", "--from", "2027-01-01");
        Assert.Equal(ExitCodes.Errors, bad);
        Assert.Contains("the protocol cannot be written", error);
    }
}
