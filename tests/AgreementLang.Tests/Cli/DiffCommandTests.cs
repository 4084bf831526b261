using System.Text;
using AgreementLang.Cli;
using AgreementLang.Tests.Infrastructure;
using NJsonSchema;

namespace AgreementLang.Tests.Cli;

/// <summary>Issue 16, point 1: <c>agr diff OLD NEW</c> on examples/versions and on small sets.</summary>
[Trait("Runs", "agr")]
public sealed class DiffCommandTests : IDisposable
{
    private const string Round1 = "examples/versions/round-1";
    private const string Round2 = "examples/versions/round-2";

    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Repository.PathOf("docs/schemas/diff.schema.json"))).GetAwaiter().GetResult());

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("agr-diff-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Exit, string Out, string Err) Run(params string[] args) => Agr.InProcess(null, args);

    /// <summary>From the repository root, so that the paths in the output are the relative ones a user sees.</summary>
    private static Agr.ProcessResult RunFromRoot(params string[] args) => Agr.Run(TimeSpan.FromMinutes(2), Repository.Root, args);

    [Theory]
    [InlineData("text", "txt")]
    [InlineData("json", "json")]
    [InlineData("md", "md")]
    public void The_two_rounds_of_the_US_Japan_agreement_match_their_golden_output(string format, string extension)
    {
        var result = RunFromRoot("diff", Round1, Round2, "--format", format);
        Assert.Equal("", result.Stderr);
        Assert.Equal(ExitCodes.Errors, result.ExitCode);
        Golden.AssertMatches($"tests/AgreementLang.Tests/Cli/Diff/rounds.verified.{extension}", result.Stdout);
    }

    [Fact]
    public void Both_rounds_check_clean()
    {
        Assert.Equal(ExitCodes.Success, Run("check", Repository.PathOf(Round1)).Exit);
        Assert.Equal(ExitCodes.Success, Run("check", Repository.PathOf(Round2)).Exit);
    }

    [Fact]
    public void The_json_output_follows_its_schema()
    {
        var (exit, output, _) = Run("diff", Repository.PathOf(Round1), Repository.PathOf(Round2), "--format", "json");
        Assert.Equal(ExitCodes.Errors, exit);
        Assert.Empty(Schema.Value.Validate(output));
        var (equal, same, _) = Run("diff", Repository.PathOf(Round1), Repository.PathOf(Round1), "--format", "json", "--show-layout");
        Assert.Equal(ExitCodes.Success, equal);
        Assert.Empty(Schema.Value.Validate(same));
        Assert.NotEmpty(Schema.Value.Validate("{\"old\": 1}"));
    }

    [Fact]
    public void Equal_models_with_a_different_layout_exit_0_and_show_layout_lists_the_file()
    {
        var old = Write("old/a.agr", "zone Z {\n  members US, JP\n}\n");
        Write("new/a.agr", "// a comment\nzone   Z {\n\n  members US,JP  // two\n}\n");
        Write("old/b.agr", "zone Y {\n  members US\n}\n");
        Write("new/b.agr", "zone Y {\n  members US\n}\n");
        var oldFolder = Path.GetDirectoryName(old)!;
        var newFolder = Path.Combine(_folder.FullName, "new");

        var (exit, output, _) = Run("diff", oldFolder, newFolder);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.DoesNotContain("layout only", output);
        Assert.Contains("The models are equal.", output);

        (exit, output, _) = Run("diff", oldFolder, newFolder, "--show-layout");
        Assert.Equal(ExitCodes.Success, exit);
        var line = Assert.Single(output.Split('\n'), l => l.Contains("layout only", StringComparison.Ordinal));
        Assert.Contains("a.agr", line);
    }

    [Fact]
    public void A_change_exits_1_with_one_canonical_line_starting_at_the_new_place()
    {
        var old = Write("old.agr", "zone Z {\n  members US, JP\n}\n");
        var @new = Write("new.agr", "zone Z {\n  members US, JP, KR\n}\n");
        var (exit, output, _) = Run("diff", old, @new);
        Assert.Equal(ExitCodes.Errors, exit);
        Assert.Contains("new.agr(2,19): added: zone Z member KR", output.Replace('\\', '/'));
    }

    [Fact]
    public void A_missing_path_is_a_usage_error()
    {
        var (exit, output, error) = Run("diff", "no/such/folder", Repository.PathOf(Round2));
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal("", output);
        Assert.Contains("no such file or folder: 'no/such/folder'", error);
    }

    [Fact]
    public void A_syntax_error_on_either_side_is_reported_and_exits_2()
    {
        var broken = Write("broken.agr", "zone Z {\n  members US,\n");
        var (exit, output, error) = Run("diff", Repository.PathOf(Round1), broken);
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal("", output);
        Assert.Contains("error AGR", error);
        Assert.Contains("syntax errors", error);
        Assert.Equal(ExitCodes.Usage, Run("diff", broken, Repository.PathOf(Round1)).Exit);
    }

    [Fact]
    public void Missing_arguments_an_empty_folder_and_an_unknown_format_are_usage_errors()
    {
        Assert.Equal(ExitCodes.Usage, Run("diff", Repository.PathOf(Round1)).Exit);
        Assert.Equal(ExitCodes.Usage, Run("diff", Repository.PathOf(Round1), Repository.PathOf(Round2), "--format", "sarif").Exit);
        Assert.Equal(ExitCodes.Usage, Run("diff", Repository.PathOf(Round1), Repository.PathOf(Round2), "--fromat", "md").Exit);
        var empty = Directory.CreateDirectory(Path.Combine(_folder.FullName, "empty")).FullName;
        var (exit, _, error) = Run("diff", empty, Repository.PathOf(Round1));
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("no .agr file", error);
    }
}
