using AgreementLang.Configuration;
using AgreementLang.Diagnostics;
using AgreementLang.Text;

namespace AgreementLang.Tests.Syntax;

/// <summary>Issue 14, items 1 and 12: characters no draft can carry are errors in quoted texts (AGR013), and
/// bidirectional controls are warnings in quoted texts and comments (AGR014), each at the character itself.</summary>
public sealed class TextCharacterTests
{
    private const string Head = "agreement A \"a\" {\n  kind bilateral\n  signed 2026-02-04\n  in force 2026-03-01\n  party US \"u\"\n";

    /// <summary>Every C0 control but tab, LF and CR; DEL and the C1 controls; the noncharacters U+FFFE and U+FFFF;
    /// both halves of a surrogate pair, alone.</summary>
    public static TheoryData<int> Forbidden()
    {
        var data = new TheoryData<int>();
        foreach (var code in Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r'))
                     .Concat(Enumerable.Range(0x7F, 0x21)).Concat(new[] { 0xFFFE, 0xFFFF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF }))
        {
            data.Add(code);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void A_character_no_draft_can_carry_is_an_error_at_its_line_and_column(int code)
    {
        var c = (char)code;
        var compilation = Compile(Head + "  party JP \"the Government \\\"of\\\" " + c + "Japan\"\n}\n");
        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal("AGR013", diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.True(compilation.HasErrors);
        Assert.Equal(6, diagnostic.Location.Start.Line);
        Assert.Equal(35, diagnostic.Location.Start.Column);
        Assert.Contains("U+" + code.ToString("X4", System.Globalization.CultureInfo.InvariantCulture), diagnostic.Message);
        Assert.Contains("\\u" + code.ToString("X4", System.Globalization.CultureInfo.InvariantCulture), diagnostic.Message);
    }

    [Fact]
    public void No_option_lowers_a_character_no_draft_can_carry_to_a_warning()
    {
        var text = Head + "  party JP \"the Government of \u0007Japan\"\n}\n";
        var severities = new Dictionary<string, DiagnosticSeverity>(StringComparer.Ordinal) { ["AGR013"] = DiagnosticSeverity.Warning };
        var lowered = Compilation.Create([new SourceText("t.agr", text)], new CompilationOptions(severities, null, (_, _) => DiagnosticSeverity.None));
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(lowered.Diagnostics).Severity);
        Assert.True(lowered.HasErrors);
    }

    [Fact]
    public void A_tab_an_astral_character_and_a_right_to_left_mark_are_allowed()
    {
        Assert.Empty(Compile(Head + "  party JP \"the\tGovernment \U0001F30F of \u05D9\u05E4\u05DF\u200F Japan\"\n}\n").Diagnostics);
    }

    [Fact]
    public void Controls_in_a_comment_are_left_alone_but_not_bidirectional_overrides()
    {
        var compilation = Compile(Head + "  party JP \"j\" // a \u0007 bell and an \u202E override\n}\n");
        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal("AGR014", diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal((6, 35), (diagnostic.Location.Start.Line, diagnostic.Location.Start.Column));
        Assert.StartsWith("the comment // a \\u0007 bell and an \\u202E override contains U+202E (right-to-left override)", diagnostic.Message);
    }

    [Theory]
    [InlineData(0x202A, "left-to-right embedding")]
    [InlineData(0x202B, "right-to-left embedding")]
    [InlineData(0x202C, "pop directional formatting")]
    [InlineData(0x202D, "left-to-right override")]
    [InlineData(0x202E, "right-to-left override")]
    [InlineData(0x2066, "left-to-right isolate")]
    [InlineData(0x2067, "right-to-left isolate")]
    [InlineData(0x2068, "first strong isolate")]
    [InlineData(0x2069, "pop directional isolate")]
    public void A_bidirectional_control_in_a_quoted_text_is_a_warning_at_the_character(int code, string name)
    {
        var compilation = Compile(Head + "  party JP \"j\"\n  obligation JP \"deliver " + (char)code + "0001 t\" within 30 days of signature\n}\n");
        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal("AGR014", diagnostic.Code);
        Assert.False(compilation.HasErrors);
        Assert.Equal((7, 26), (diagnostic.Location.Start.Line, diagnostic.Location.Start.Column));
        Assert.Contains("U+" + code.ToString("X4", System.Globalization.CultureInfo.InvariantCulture) + " (" + name + ")", diagnostic.Message);
    }

    [Fact]
    public void One_report_per_text_and_the_first_hundred_per_file()
    {
        var one = Compile(Head + "  party JP \"\u0001\u0002\u0003\"\n}\n");
        Assert.Equal("U+0001", Assert.Single(one.Diagnostics).Message.Split(' ')[5].TrimEnd(','));
        var many = Compile(Head + "  party JP \"j\"\n" + string.Concat(Enumerable.Repeat("  // \u202E\n", 500)) + "}\n");
        Assert.Equal(100, many.Diagnostics.Count(d => d.Code == "AGR014"));
    }

    private static Compilation Compile(string text) => Compilation.Create(new[] { new SourceText("t.agr", text) });
}
