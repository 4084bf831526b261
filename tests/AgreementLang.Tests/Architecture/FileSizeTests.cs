using AgreementLang.Tests.Infrastructure;

namespace AgreementLang.Tests.Architecture;

/// <summary>A source file a maintainer can read on a few screens: at most <see cref="Limit"/> lines, unless it is
/// one concern that splitting would scatter, listed here with the reason. A listed file that shrinks under the
/// limit must leave the list, so the list never hides a file.</summary>
public sealed class FileSizeTests
{
    public const int Limit = 400;

    private static readonly Dictionary<string, string> OneConcern = new(StringComparer.Ordinal)
    {
        ["src/AgreementLang/Configuration/EditorConfigGlob.cs"] =
            "one automaton: the .editorconfig glob language compiled to a Thompson automaton and simulated in linear time",
        ["src/AgreementLang/Syntax/Parser.cs"] =
            "the block and clause driver: recovery, limits and the dispatch to the clause families read together",
        ["src/AgreementLang/Formatting/Formatter.cs"] =
            "the layout of one parsed file: indentation, blank lines, comments and column alignment are one walk",
    };

    [Fact]
    public void No_source_file_is_longer_than_the_limit_unless_it_is_one_listed_concern()
    {
        var offences = new List<string>();
        var root = Repository.Root;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
            var lines = File.ReadLines(file).Count();
            if (lines > Limit && !OneConcern.ContainsKey(relative))
            {
                offences.Add($"  {relative}: {lines} lines (split it by concern, or list it with the reason it is one)");
            }
            else if (lines <= Limit && OneConcern.ContainsKey(relative))
            {
                offences.Add($"  {relative}: {lines} lines, under the limit: take it off the list");
            }
        }

        var missing = OneConcern.Keys.Where(k => !File.Exists(Path.Combine(root, k))).Select(k => $"  {k}: listed but not found");
        offences.AddRange(missing);
        Assert.True(offences.Count == 0, $"source files over {Limit} lines:\n" + string.Join("\n", offences));
    }
}
