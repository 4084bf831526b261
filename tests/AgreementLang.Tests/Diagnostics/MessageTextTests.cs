using System.Globalization;
using AgreementLang.Diagnostics;
using AgreementLang.Text;

namespace AgreementLang.Tests.Diagnostics;

/// <summary>How a typed factory's interpolated message formats its values (Diagnostics/MessageText.cs): the same on
/// every machine, and bounded however long a value is.</summary>
public sealed class MessageTextTests
{
    private static readonly Location At = new(new SourceText("x.agr", "x"), new TextSpan(0, 1));

    [Fact]
    public void Numbers_are_formatted_in_the_invariant_culture_whatever_the_current_one()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal("line 7 has 16,395 characters, more than the limit of 16,384", Diagnostic.LineTooLong(At, 7, 16_395, 16_384).Message);
            Assert.Contains("byte 0xC3 at offset 1234 ", Diagnostic.InvalidEncoding(At, 0xC3, 1_234).Message, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void A_phrase_is_cut_at_the_argument_limit_and_never_inside_a_surrogate_pair()
    {
        var phrase = string.Concat(Enumerable.Repeat("ab ", 2_000));
        var cut = Diagnostic.FinancingTermDoesNotFit(At, "a term", "a financing", phrase).Message;
        Assert.EndsWith(": " + phrase.Substring(0, Diagnostic.MaxArgumentLength - 1) + "…", cut, StringComparison.Ordinal);

        // U+1F600 straddles the cut (its high half is the last character kept): it is dropped whole, not halved.
        var word = new string('x', Diagnostic.MaxQuotedLength - 2) + "\U0001F600" + new string('y', 50);
        var message = Diagnostic.UnknownCountry(At, word, "").Message;
        Assert.Contains("'" + new string('x', Diagnostic.MaxQuotedLength - 2) + "…'", message, StringComparison.Ordinal);
        Assert.DoesNotContain("\uD83D", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_that_are_not_text_are_not_cut()
    {
        var longPath = new string('p', 300) + ".agr";
        var elsewhere = new Location(new SourceText(longPath, "x"), new TextSpan(0, 1));
        var message = Diagnostic.DuplicateDeclaration(At, "FORGE", "zone", elsewhere).Message;
        Assert.Contains(longPath, message, StringComparison.Ordinal);
    }
}
