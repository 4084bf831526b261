using System.Text;
using AgreementLang.Diagnostics;
using AgreementLang.Syntax;
using AgreementLang.Text;

namespace AgreementLang.Tests.Diagnostics;

/// <summary>Line and column numbers are those an editor jumps to: VS Code's "Go to Line" (<c>:3:14</c>), its
/// problem matcher and terminal links on <c>path(3,14)</c>, Visual Studio, Roslyn and MSBuild, and the LSP
/// protocol all count one-based lines broken at LF, CR or CRLF and one-based columns in UTF-16 code units. So a
/// byte-order mark takes no column, a tab is one column (the status bar of an editor that expands tabs shows a
/// larger "visual" column, but jumps to this one), an accented letter or a Japanese character is one column, and a
/// character beyond the Basic Multilingual Plane (𝐀, 🌏) is two. U+2028 and U+2029 do not break lines, in the
/// language or in those editors. The expected positions below were written by counting as such an editor does.</summary>
public sealed class EncodingTests
{
    private static readonly byte[] Bom = { 0xEF, 0xBB, 0xBF };

    /// <summary>The one diagnostic of a file read from its bytes as the command line reads it.</summary>
    private static Diagnostic Only(byte[] bytes)
    {
        var (source, problem) = SourceLoader.Load("t.agr", bytes);
        var diagnostics = Compilation.Create(new[] { source }).Diagnostics.ToList();
        if (problem is not null)
        {
            diagnostics.Insert(0, problem);
        }

        return Assert.Single(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    private static Diagnostic Only(string text) => Only(Encoding.UTF8.GetBytes(text));

    private const string Zone = "// zone\nzone Z {\n  members US, XX\n}\n";

    [Fact]
    public void Lf_crlf_cr_and_a_byte_order_mark_give_the_same_position()
    {
        var expected = new LinePosition(3, 15);
        Assert.Equal(expected, Only(Zone).Location.Start);
        Assert.Equal(expected, Only(Zone.Replace("\n", "\r\n")).Location.Start);
        Assert.Equal(expected, Only(Zone.Replace("\n", "\r")).Location.Start);
        Assert.Equal(expected, Only(Bom.Concat(Encoding.UTF8.GetBytes(Zone.Replace("\n", "\r\n"))).ToArray()).Location.Start);
    }

    [Fact]
    public void A_byte_order_mark_left_in_an_in_memory_text_takes_no_column()
    {
        var diagnostic = Assert.Single(Compilation.Create(new[] { new SourceText("t.agr", "\uFEFFzone Z {\n}\nxx") }).Diagnostics);
        Assert.Equal(new LinePosition(3, 1), diagnostic.Location.Start);
        var first = Assert.Single(Compilation.Create(new[] { new SourceText("t.agr", "\uFEFFxx") }).Diagnostics);
        Assert.Equal(new LinePosition(1, 1), first.Location.Start);
    }

    [Fact]
    public void A_tab_is_one_column()
    {
        // "\tmembers US, XX": the tab is column 1, "members" 2 to 8, XX starts at column 14.
        Assert.Equal(new LinePosition(2, 14), Only("zone Z {\n\tmembers US, XX\n}").Location.Start);
        Assert.Equal(new LinePosition(2, 15), Only("zone Z {\n\t\tmembers\tUS,\tXX\n}").Location.Start);
    }

    [Fact]
    public void Accented_and_japanese_characters_are_one_column_each()
    {
        const string agreement = "agreement A \"a\" {\n  party FR \"la République française\" as chairman\n" +
                                 "  obligation FR \"日本語の義務：覚書を締結する\" within 30 dayz of signature\n}";
        var (source, _) = SourceLoader.Load("t.agr", Encoding.UTF8.GetBytes(agreement));
        var errors = Compilation.Create(new[] { source }).Diagnostics.Where(d => d.Code == "AGR001").ToArray();
        Assert.Equal(2, errors.Length);

        // '  party FR "la République française" as ' is 40 characters: 'chairman' starts at column 41.
        Assert.Equal(new LinePosition(2, 41), errors[0].Location.Start);
        Assert.Contains("found 'chairman'", errors[0].Message);

        // '  obligation FR "' is 17 characters, the Japanese text 14, then '" within 30 ': 'dayz' at column 44.
        Assert.Equal(new LinePosition(3, 44), errors[1].Location.Start);
        Assert.Contains("did you mean 'days'?", errors[1].Message);
    }

    [Fact]
    public void A_character_beyond_the_basic_multilingual_plane_is_two_columns()
    {
        // '  party US "𝐀𝐁" as chairman': the two mathematical letters are four UTF-16 code units, so 'chairman'
        // starts at column 22, not 20.
        var diagnostic = Only("agreement A \"a\" {\n  party US \"𝐀𝐁\" as chairman\n}");
        Assert.Equal(new LinePosition(2, 22), diagnostic.Location.Start);
        Assert.Equal(new LinePosition(2, 30), diagnostic.Location.End);
    }

    [Fact]
    public void Line_and_paragraph_separators_and_next_line_do_not_break_lines()
    {
        Assert.Equal(new LinePosition(2, 19), Only("zone Z {\n  members US,\u2028JP,\u2029XX\n}").Location.Start);
        Assert.Equal(new LinePosition(2, 15), Only("zone Z {\n  members\u0085US, XX\n}").Location.Start);

        // The comment runs on past U+2028 to the real end of its line, as the editor shows it.
        Assert.Equal(new LinePosition(4, 1), Only("// one\u2028zone Y {\nzone Z {\n}\nfoo").Location.Start);
    }

    [Fact]
    public void Invisible_characters_are_named_in_messages()
    {
        var diagnostic = Only("zone Z {\n  members US,\u200B JP\n}");
        Assert.Equal("AGR001", diagnostic.Code);
        Assert.Contains("'\\u200B'", diagnostic.Message);
        Assert.Contains("'\\uFEFF'", Only("zone Z {\n  \uFEFFmembers US\n}").Message);
    }

    [Fact]
    public void Invalid_utf8_after_multibyte_characters_is_placed_in_utf16_columns()
    {
        // Line 3 is '  party FR "é' then the Latin-1 byte of 'ç' (0xE7) where UTF-8 needs two bytes.
        var bytes = Encoding.UTF8.GetBytes("agreement A \"a\" {\n  kind bilateral\n  party FR \"é")
            .Concat(new byte[] { 0xE7 })
            .Concat(Encoding.UTF8.GetBytes("a\"\n  in force 2026-01-01\n}\n")).ToArray();
        var diagnostic = Only(bytes);
        Assert.Equal("AGR011", diagnostic.Code);
        Assert.Equal(new LinePosition(3, 14), diagnostic.Location.Start);
        Assert.Contains("byte 0xE7 at offset 49", diagnostic.Message);
    }

    [Fact]
    public void Every_line_of_a_mixed_file_maps_back_to_its_text()
    {
        var text = "a\r\nb\nc\rd\u2028e\r\n\r\nf";
        var source = new SourceText("t.agr", text);
        Assert.Equal(6, source.LineCount);
        Assert.Equal(new[] { "a", "b", "c", "d\u2028e", "", "f" }, Enumerable.Range(1, 6).Select(source.GetLineText));
        Assert.Equal(new LinePosition(4, 3), source.GetLinePosition(text.IndexOf('e')));
    }
}
