using AgreementLang.Syntax;
using Xunit;

namespace AgreementLang.Tests.Syntax;

/// <summary>The parser refuses a keyword as a name from the first file on, although each clause family's parsers are
/// built only when first used; it therefore reads the keywords from a list (Syntax/Keywords.cs), which must be exactly
/// the words the grammar's keyword parsers register once all of them are built.</summary>
public class KeywordListTests
{
    [Fact]
    public void The_listed_keywords_are_exactly_those_the_built_grammar_registers()
    {
        Grammar.EnsureBuilt();

        var registered = Keywords.Registered.Except(ValueGrammar.UnitWords).ToArray();

        Assert.Equal(Keywords.Listed.OrderBy(w => w, StringComparer.Ordinal), registered);
    }

    [Fact]
    public void A_keyword_of_a_family_is_refused_as_a_name()
    {
        // "escalator" belongs to the offtake family, "depositary" to the provision topics: neither is a mineral.
        var document = Parser.Parse("a.agr", "agreement A \"A\" {\n  floor escalator oxide at reference price\n  floor depositary oxide at reference price\n}\n");

        Assert.Equal(2, document.Diagnostics.Count(d => d.Descriptor == AgreementLang.Diagnostics.DiagnosticCatalog.UnexpectedToken));
    }
}
