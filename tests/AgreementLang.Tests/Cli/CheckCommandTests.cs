using System.Text.Json;
using AgreementLang.Cli;
using AgreementLang.Tests.Infrastructure;

namespace AgreementLang.Tests.Cli;

public sealed class CheckCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => Agr.InProcess(null, args);

    [Fact]
    public void The_forge_examples_check_clean()
    {
        var (exit, output, _) = Run("check", Repository.PathOf("examples/forge"));
        Assert.Equal(ExitCodes.Success, exit);
        Assert.EndsWith("9 files checked: 0 errors, 0 warnings." + Environment.NewLine, output);
    }

    [Fact]
    public void Errors_are_printed_in_msbuild_canonical_form_and_exit_with_1()
    {
        var (exit, output, _) = Run("check", Repository.PathOf("examples/errors/unknown-stage.agr"));
        Assert.Equal(ExitCodes.Errors, exit);
        Assert.Matches(@"unknown-stage\.agr\(13,14\): error AGR104: 'oxyde' is not a production stage .*did you mean 'oxide'\?", output);
        Assert.Contains("1 file checked: 1 error, 0 warnings.", output);
    }

    [Fact]
    public void Related_locations_follow_as_notes()
    {
        var (_, output, _) = Run("check", Repository.PathOf("examples/errors/duplicate-declaration.agr"));
        var lines = output.Split(Environment.NewLine);
        var error = Array.FindIndex(lines, l => l.Contains("error AGR102"));
        Assert.True(error >= 0, output);
        Assert.Matches(@"duplicate-declaration\.agr\(3,13\): note: first declared here", lines[error + 1]);
    }

    [Fact]
    public void Json_output_is_a_documented_array()
    {
        var (exit, output, _) = Run("check", "--format", "json", Repository.PathOf("examples/errors/unknown-currency.agr"));
        Assert.Equal(ExitCodes.Errors, exit);
        using var json = JsonDocument.Parse(output);
        var item = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("AGR105", item.GetProperty("code").GetString());
        Assert.Equal("error", item.GetProperty("severity").GetString());
        Assert.Equal(13, item.GetProperty("line").GetInt32());
        Assert.Equal(23, item.GetProperty("column").GetInt32());
        Assert.EndsWith("#agr105", item.GetProperty("help").GetString());
        Assert.Contains("USX", item.GetProperty("message").GetString());
    }

    [Fact]
    public void A_missing_path_is_a_usage_error_with_a_clear_message()
    {
        var (exit, output, error) = Run("check", "no/such/folder");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal("", output);
        Assert.Contains("no such file or folder: 'no/such/folder'", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        var (exit, _, error) = Run("check", "--colour", "examples");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--colour", error);
    }

    [Fact]
    public void Invalid_utf8_is_a_diagnostic_and_the_rest_of_the_file_is_checked()
    {
        var folder = Directory.CreateTempSubdirectory("agr-utf8-");
        try
        {
            var path = Path.Combine(folder.FullName, "bad.agr");
            var bytes = new List<byte>();
            bytes.AddRange("zone Z \"caf"u8.ToArray());
            bytes.Add(0xC3);
            bytes.AddRange("\" {\n  members XX\n}\n"u8.ToArray());
            File.WriteAllBytes(path, bytes.ToArray());
            var (exit, output, _) = Run("check", path);
            Assert.Equal(ExitCodes.Errors, exit);
            Assert.Contains("bad.agr(1,12): error AGR011: the file is not valid UTF-8: byte 0xC3 at offset 11", output);
            Assert.Contains("bad.agr(2,11): error AGR107", output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
