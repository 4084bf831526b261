using System.Text.RegularExpressions;
using AgreementLang.Syntax;
using AgreementLang.Tests.Infrastructure;

namespace AgreementLang.Tests.Syntax;

/// <summary>Keeps grammar/agreement.ebnf and the parser from drifting apart.</summary>
public sealed class GrammarDriftTests
{
    private static readonly Lazy<string[]> EbnfKeywords = new(() =>
    {
        var text = File.ReadAllText(Repository.PathOf("grammar/agreement.ebnf"));
        text = Regex.Replace(text, @"\(\*.*?\*\)", "", RegexOptions.Singleline);
        return Regex.Matches(text, "\"([A-Za-z][A-Za-z0-9-]*)\"").Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal).ToArray();
    });

    [Fact]
    public void Every_keyword_the_parser_knows_appears_in_the_grammar()
    {
        var missing = Keywords.All.Except(EbnfKeywords.Value).ToArray();
        Assert.True(missing.Length == 0, "keywords missing from the EBNF: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_keyword_in_the_grammar_is_known_to_the_parser()
    {
        var unknown = EbnfKeywords.Value.Except(Keywords.All).ToArray();
        Assert.True(unknown.Length == 0, "EBNF keywords the parser does not know: " + string.Join(", ", unknown));
    }

    /// <summary>Every keyword of the EBNF is accepted by the parser in some example: the examples and the
    /// docs' code blocks, parsed without a syntax error, together use them all.</summary>
    [Fact]
    public void Every_keyword_in_the_grammar_is_used_by_a_parsed_example()
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, text) in ExampleTexts())
        {
            var document = Parser.Parse(path, text);
            if (document.Diagnostics.Any(d => d.Code.StartsWith("AGR0", StringComparison.Ordinal)))
            {
                continue;
            }

            foreach (Match word in Regex.Matches(Regex.Replace(text, "//.*|\"(\\\\.|[^\"\\\\\\n])*\"", ""), "[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)*"))
            {
                used.Add(word.Value);
            }
        }

        var unused = EbnfKeywords.Value.Where(k => !used.Contains(k)).ToArray();
        Assert.True(unused.Length == 0, "EBNF keywords no parsed example uses: " + string.Join(", ", unused));
    }

    private static IEnumerable<(string Path, string Text)> ExampleTexts()
    {
        var files = Directory.EnumerateFiles(Repository.PathOf("examples"), "*.agr", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Repository.PathOf("tests/AgreementLang.Tests/Baselines/Files"), "*.agr"));
        foreach (var file in files)
        {
            yield return (file, File.ReadAllText(file));
        }

        var language = File.ReadAllText(Repository.PathOf("docs/language.md"));
        var index = 0;
        foreach (Match block in Regex.Matches(language, "```agr\\n(.*?)```", RegexOptions.Singleline))
        {
            yield return ($"docs/language.md#{index++}", block.Groups[1].Value);
        }
    }
}
