using System.Text.Json;
using System.Text.RegularExpressions;
using AgreementLang.Syntax;
using AgreementLang.Tests.Infrastructure;

namespace AgreementLang.Tests.Syntax;

/// <summary>The VS Code extension's TextMate grammar (editors/vscode/syntaxes/agr.tmLanguage.json) colours every
/// keyword the parser knows: a keyword added to the grammar (Syntax/Keywords.cs) without its colour fails here.
/// The pattern is Oniguruma's, which for this alternation and its look-arounds reads as .NET's does.</summary>
public sealed class EditorGrammarTests
{
    [Fact]
    public void Every_parser_keyword_is_a_keyword_of_the_TextMate_grammar()
    {
        using var grammar = JsonDocument.Parse(File.ReadAllText(Repository.PathOf("editors/vscode/syntaxes/agr.tmLanguage.json")));
        var repository = grammar.RootElement.GetProperty("repository");
        var patterns = new[] { "keyword", "operator" }.Select(k => new Regex("^(?:" + repository.GetProperty(k).GetProperty("match").GetString() + ")$")).ToArray();
        var missing = Keywords.All.Where(k => !patterns.Any(p => p.IsMatch(k))).ToArray();
        Assert.True(Keywords.All.Count > 100);
        Assert.Empty(missing);
    }
}
