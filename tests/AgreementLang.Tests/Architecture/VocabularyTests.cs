using AgreementLang.Model;
using AgreementLang.Text;

namespace AgreementLang.Tests.Architecture;

/// <summary>The grammar keeps its own lists of words (the syntax layer may not use the model), so these tests keep
/// each list equal to the model's: every word the model can print parses and binds back to the same value.</summary>
public sealed class VocabularyTests
{
    public static TheoryData<string> ProvisionWords() => new(ProvisionTopics.Words);

    [Theory]
    [MemberData(nameof(ProvisionWords))]
    public void Every_provision_topic_of_the_model_is_a_word_of_the_grammar(string word)
    {
        var text = "agreement A \"a\" {\n  kind bilateral\n  signed 2026-02-04 at \"Tokyo\"\n  in force 2026-03-01\n"
            + "  party US \"u\"\n  party JP \"j\"\n  provision " + word + " \"The text.\"\n}\n";
        var compilation = Compilation.Create([new SourceText("t.agr", text)]);

        Assert.DoesNotContain(compilation.Diagnostics, d => d.Code.StartsWith("AGR0", StringComparison.Ordinal));
        var provision = Assert.Single(compilation.Model.Agreements.Single().Terms.OfType<StatedProvision>());
        Assert.Equal(word, ProvisionTopics.Word(provision.Topic));
    }

    [Fact]
    public void The_grammar_offers_no_provision_topic_the_model_does_not_know()
    {
        var text = "agreement A \"a\" {\n  kind bilateral\n  signed 2026-02-04 at \"Tokyo\"\n  in force 2026-03-01\n"
            + "  party US \"u\"\n  party JP \"j\"\n  provision nonsense \"The text.\"\n}\n";
        var error = Assert.Single(Compilation.Create([new SourceText("t.agr", text)]).Diagnostics, d => d.Code == "AGR001");

        // The parser's expectation names its whole list; it must be exactly the model's words, in the model's order.
        Assert.Contains("a provision topic: " + string.Join(", ", ProvisionTopics.Words), error.Message);
    }
}
