using System.Text.RegularExpressions;
using AgreementLang.Syntax;
using AgreementLang.Tests.Infrastructure;

namespace AgreementLang.Tests.Syntax;

/// <summary>Keeps grammar/agreement.ebnf and the parser from drifting apart: by keywords, and by productions — every
/// text the parser accepts (the examples, the baselines, the documentation's blocks) must be a sentence of the EBNF,
/// and every production must be needed by one of them, so a production removed from the EBNF, or a construct added
/// to the parser and its examples without its production, fails here.</summary>
public sealed class GrammarDriftTests
{
    private static readonly Lazy<Ebnf> Grammar = new(() => Ebnf.Parse(File.ReadAllText(Repository.PathOf("grammar/agreement.ebnf"))));

    /// <summary>The accepted texts, tokenised once: those the parser reads without a syntax error.</summary>
    private static readonly Lazy<(string Path, string Text, IReadOnlyList<Ebnf.Token> Tokens)[]> Accepted = new(() =>
        ExampleTexts(includeDiagnosticsPage: true)
            .Where(e => !Parser.Parse(e.Path, e.Text).Diagnostics.Any(d => d.Code.StartsWith("AGR0", StringComparison.Ordinal)))
            .Select(e => (e.Path, e.Text, Ebnf.Tokenize(e.Text)))
            .ToArray());

    [Fact]
    public void Every_production_the_grammar_names_is_defined_and_every_production_is_reached_from_file()
    {
        var grammar = Grammar.Value;
        var undefined = grammar.Productions.Values.SelectMany(Ebnf.References)
            .Where(r => !grammar.Productions.ContainsKey(r) && !Ebnf.CharacterClasses.Contains(r))
            .Distinct().ToArray();
        Assert.True(undefined.Length == 0, "productions used but not defined in the EBNF: " + string.Join(", ", undefined));

        var reached = new HashSet<string>(StringComparer.Ordinal) { "file" };
        var frontier = new Queue<string>(reached);
        while (frontier.Count > 0)
        {
            if (grammar.Productions.TryGetValue(frontier.Dequeue(), out var definition))
            {
                foreach (var name in Ebnf.References(definition).Where(reached.Add))
                {
                    frontier.Enqueue(name);
                }
            }
        }

        var unreachable = grammar.Order.Where(p => !reached.Contains(p)).ToArray();
        Assert.True(unreachable.Length == 0, "productions not reached from 'file': " + string.Join(", ", unreachable));
        var lexical = Ebnf.Lexical.Keys.Where(k => !grammar.Productions.ContainsKey(k)).ToArray();
        Assert.True(lexical.Length == 0, "token productions the test matches but the EBNF no longer defines: " + string.Join(", ", lexical));
    }

    /// <summary>What the parser accepts, the EBNF derives: a construct added to the parser (and, by
    /// <see cref="Every_keyword_in_the_grammar_is_used_by_a_parsed_example"/>, to an example) fails here until its
    /// production is added; a production or an alternative removed from the EBNF fails here too.</summary>
    [Fact]
    public void Every_text_the_parser_accepts_is_a_sentence_of_the_grammar()
    {
        Assert.True(Accepted.Value.Length >= 40, "only " + Accepted.Value.Length + " accepted texts were found");
        var failures = new List<string>();
        foreach (var (path, text, tokens) in Accepted.Value)
        {
            var (matches, furthest) = Grammar.Value.Recognise("file", tokens);
            if (!matches)
            {
                failures.Add(Where(path.StartsWith(Repository.Root, StringComparison.Ordinal) ? Path.GetRelativePath(Repository.Root, path) : path, text, tokens, furthest));
            }
        }

        Assert.True(failures.Count == 0, "texts the parser accepts but grammar/agreement.ebnf does not derive:\n" + string.Join("\n", failures));
    }

    /// <summary>Every production is needed: with any one of them removed (its definition made to match nothing), some
    /// accepted text stops being a sentence. A production no accepted text needs describes nothing the parser is
    /// shown to read; give it an example (or remove it).</summary>
    [Fact]
    public void Removing_any_production_from_the_grammar_makes_an_accepted_text_fail()
    {
        var grammar = Grammar.Value;
        var unneeded = new List<string>();
        foreach (var production in grammar.Order.Where(p => p != "file" && !Ebnf.Lexical.ContainsKey(p)))
        {
            var without = grammar.Without(production);
            if (Accepted.Value.All(e => without.Recognise("file", e.Tokens).Matches))
            {
                unneeded.Add(production);
            }
        }

        Assert.True(unneeded.Count == 0, "productions whose removal no accepted text notices: " + string.Join(", ", unneeded));
    }

    [Fact]
    public void The_recogniser_refuses_a_clause_the_grammar_lacks_and_names_where()
    {
        var tokens = Ebnf.Tokenize("zone Z {\n  members US\n  floor NdPr oxide at reference price\n}\n");
        var (matches, furthest) = Grammar.Value.Recognise("file", tokens);
        Assert.False(matches);
        Assert.Equal("floor", tokens[furthest].Text);
        Assert.True(Grammar.Value.Recognise("file", Ebnf.Tokenize("zone Z {\n  members US\n}\n")).Matches);
    }

    private static string Where(string path, string text, IReadOnlyList<Ebnf.Token> tokens, int furthest)
    {
        if (furthest >= tokens.Count)
        {
            return path + ": ends too early";
        }

        var offset = tokens[furthest].Offset;
        var line = text.Take(offset).Count(c => c == '\n') + 1;
        var column = offset - text.LastIndexOf('\n', Math.Max(0, offset - 1));
        return $"{path}({line},{column}): '{tokens[furthest].Text}'";
    }

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
        foreach (var (path, text) in ExampleTexts(includeDiagnosticsPage: false))
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

    private static IEnumerable<(string Path, string Text)> ExampleTexts(bool includeDiagnosticsPage)
    {
        var files = Directory.EnumerateFiles(Repository.PathOf("examples"), "*.agr", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Repository.PathOf("tests/AgreementLang.Tests/Baselines/Files"), "*.agr"));
        foreach (var file in files)
        {
            yield return (file, File.ReadAllText(file));
        }

        foreach (var page in includeDiagnosticsPage ? new[] { "docs/language.md", "docs/diagnostics.md" } : new[] { "docs/language.md" })
        {
            var index = 0;
            foreach (Match block in Regex.Matches(File.ReadAllText(Repository.PathOf(page)).Replace("\r\n", "\n"), "```agr\\n(.*?)```", RegexOptions.Singleline))
            {
                yield return ($"{page}#{index++}", block.Groups[1].Value);
            }
        }
    }
}
