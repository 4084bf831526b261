using Markdig;
using Markdig.Syntax;
using System.Xml.Linq;
using AgreementLang.Diagnostics;
using AgreementLang.Text;

namespace AgreementLang.Rendering.Tests;

/// <summary>User text is text in every format: a party named <c>&lt;script&gt;alert(1)&lt;/script&gt;</c> is
/// printed, never executed or parsed as markup.</summary>
public class EscapingTests
{
    private const string Hostile = "<script>alert(1)</script>";

    private static readonly Lazy<(DraftRenderer Renderer, Legal.Draft Draft)> Rendered = new(() =>
    {
        var source = Bilateral("Agreement & <b>bold</b> 'quoted'", "Washington, D.C.", Hostile, "the Government of Japan",
            "binding", "obligation JP \"publish *this* [link](http://x) & that\" within 30 days of signature");
        var compilation = Compilation.Create([source]);
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        var renderer = new DraftRenderer();
        return (renderer, renderer.Build(compilation.Model, compilation.Model.Agreements.Single()));
    });

    [Fact]
    public void Html_escapes_every_piece_of_user_text()
    {
        var (renderer, draft) = Rendered.Value;
        var html = renderer.Html(draft);
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<b>bold", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("Agreement &amp; &lt;b&gt;bold&lt;/b&gt; &#39;quoted&#39;", html);
        Assert.Contains("default-src 'none'", html);
        Assert.DoesNotContain("http://", html.Replace("http://x", ""));
    }

    [Fact]
    public void Akoma_ntoso_keeps_the_name_as_text()
    {
        var (renderer, draft) = Rendered.Value;
        var xml = XDocument.Parse(Forge.Utf8(renderer.Render(draft, DraftFormat.AkomaNtoso)));
        XNamespace akn = AkomaNtoso.AknWriter.Namespace;
        Assert.Empty(xml.Descendants(akn + "script"));
        Assert.Empty(xml.Descendants("script"));
        Assert.Contains(xml.Descendants(akn + "TLCOrganization"), e => (string?)e.Attribute("showAs") == Hostile);
        Assert.Contains(xml.Descendants(akn + "party"), e => e.Value == Hostile);
        Assert.Empty(AkomaNtosoTests.Validate(xml.ToString()));
    }

    [Fact]
    public void Docx_keeps_the_name_as_text()
    {
        var (renderer, draft) = Rendered.Value;
        var document = XDocument.Parse(Forge.DocumentXml(renderer.Render(draft, DraftFormat.Docx)));
        XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        Assert.Empty(document.Descendants("script"));
        Assert.Contains(document.Descendants(w + "t"), t => t.Value.Contains(Hostile, StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_escapes_markup_characters()
    {
        var (renderer, draft) = Rendered.Value;
        var markdown = renderer.Markdown(draft);
        Assert.DoesNotContain("<script>", markdown);
        Assert.Contains(@"\<script\>alert(1)\</script\>", markdown);
        Assert.Contains(@"publish \*this\* \[link\](http://x) \& that", markdown);
    }

    [Fact]
    public void Markdown_table_cells_escape_the_column_separator()
    {
        var source = Bilateral("Agreement on Pipes", "Washington, D.C.", "the Government of Pipe | Land", "the Government of Japan",
            "financing loan from US to JP USD 1 billion at 4% for 10 years");
        var compilation = Compilation.Create([source]);
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        var renderer = new DraftRenderer();
        var markdown = renderer.Markdown(renderer.Build(compilation.Model, compilation.Model.Agreements.Single()));
        var row = markdown.Split('\n').Single(line => line.StartsWith("| Loan |", StringComparison.Ordinal));
        Assert.Equal(@"| Loan | Pipe \| Land | Japan | USD 1,000,000,000 | 4% | 10 years | — |", row);
    }

    /// <summary>Names and obligations drawn from the characters that break layouts — Markdown and HTML markup,
    /// tabs, runs of spaces, non-breaking and other Unicode spaces, quotes and backslashes — render in
    /// every format without an exception, and the Markdown stays well formed: no carriage return, no blank at a
    /// line's end, no two blank lines in a row, one final newline.</summary>
    [Fact]
    public void Text_of_any_characters_renders_in_every_format_and_keeps_the_markdown_well_formed()
    {
        // Line breaks, Unicode's included, end a string in the language, so no text holds one.
        const string alphabet = "aZ09 .,;:()-' \t\u00A0\u2007\u3000*_[]<>#|~&`!+=/\\\"é€—";
        var random = new Random(20261204);
        var renderer = new DraftRenderer();
        var rendered = 0;
        for (var i = 0; i < 400; i++)
        {
            string Text() => new string([.. Enumerable.Range(0, random.Next(1, 40)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var source = Bilateral("Agreement " + Text(), Text(), "the Government of " + Text(), Text(),
                "financing loan from US to JP USD 1 billion at 4% for 10 years", "obligation JP " + Quoted(Text()) + " within 30 days of signature");
            var compilation = Compilation.Create([source]);
            if (compilation.HasErrors)
            {
                continue;
            }

            var draft = renderer.Build(compilation.Model, compilation.Model.Agreements.Single());
            var markdown = renderer.Markdown(draft);
            Assert.DoesNotContain("\r", markdown);
            Assert.DoesNotContain(" \n", markdown);
            Assert.DoesNotContain("\t\n", markdown);
            Assert.DoesNotContain("\n\n\n", markdown);
            Assert.EndsWith("\n", markdown);
            Assert.False(markdown.EndsWith("\n\n", StringComparison.Ordinal));
            Assert.NotEmpty(renderer.Html(draft));
            Assert.NotEmpty(renderer.Render(draft, DraftFormat.Docx));
            Assert.NotEmpty(renderer.Render(draft, DraftFormat.AkomaNtoso));
            rendered++;
        }

        // Most drawn texts are valid strings: the test must not pass by rejecting them all.
        Assert.True(rendered > 200, $"only {rendered} of 400 random agreements compiled");
    }

    /// <summary>Names that CommonMark would read as block markers at the start of a line.</summary>
    public static readonly TheoryData<string> BlockMarkers = new()
    {
        "+ Japan", "- Japan", "* Japan", "1. Japan", "1) Japan", "123456789. Japan", "# Japan", "###### Japan", "> Japan",
        "= Japan", "===", "---", "--", "***", "___", "- - -", "| a | b |", "|---|---|", "```", "```cs", "~~~", "    code",
        "\tcode", "   - Japan", "  1. Japan", "<div>", "<!-- x -->", "[x]: http://x", "+", "-", "=", "1.", "9)", " ", "\t",
    };

    /// <summary>Whatever a name, a title, a place or an obligation says, the Markdown of the draft has the same
    /// blocks, of the same kinds, in the same order, as with plain words (parsed by Markdig, CommonMark with pipe
    /// tables): a party named "+ Japan" once turned the preamble into a bullet, "1. Japan" a list item into a
    /// nested list.</summary>
    [Theory]
    [MemberData(nameof(BlockMarkers))]
    public void No_text_changes_the_block_structure_of_the_markdown(string hostile)
    {
        // A text of white space alone never reaches a draft: the language refuses it (AGR120).
        if (string.IsNullOrWhiteSpace(hostile))
        {
            Assert.Contains(Compilation.Create([Bilateral(hostile, hostile, hostile, hostile + " JP")]).Diagnostics, d => d.Code == "AGR120");
            return;
        }

        Assert.Equal(Structure(Words("Japan")), Structure(Words(hostile)));
    }

    /// <summary>The same over random texts that start with markers and their pieces.</summary>
    [Fact]
    public void No_random_text_changes_the_block_structure_of_the_markdown()
    {
        string[] pieces = ["+", "-", "*", "=", "#", ">", "|", "`", "~", "1.", "2)", " ", "  ", "\t", "a", "Japan", "<", "_", "[", "]", ":"];
        var random = new Random(20261205);
        var expected = Structure(Words("Japan"));
        for (var i = 0; i < 150; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 6)).Select(_ => pieces[random.Next(pieces.Length)]));
            if (string.IsNullOrWhiteSpace(text))
            {
                continue; // refused by the language (AGR120), as the theory above shows
            }

            Assert.True(expected.SequenceEqual(Structure(Words(text))), "the Markdown's blocks change for " + Quoted(text));
        }
    }

    /// <summary>The Markdown of a draft whose title, place, party names and obligation are <paramref name="text"/>
    /// (each with a word around it where the language needs one).</summary>
    private static string Words(string text)
    {
        var source = Bilateral(text, text, text, text + " JP", "financing loan from US to JP USD 1 billion at 4% for 10 years",
            "obligation JP " + Quoted(text) + " within 30 days of signature");
        var compilation = Compilation.Create([source]);
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        var renderer = new DraftRenderer();
        return renderer.Markdown(renderer.Build(compilation.Model, compilation.Model.Agreements.Single()));
    }

    private static readonly Markdig.MarkdownPipeline CommonMark = new Markdig.MarkdownPipelineBuilder().UsePipeTables().Build();

    /// <summary>Every block in document order: its kind, and a heading's level or a list's kind.</summary>
    private static List<string> Structure(string markdown) =>
        Markdig.Markdown.Parse(markdown, CommonMark).Descendants<Block>().Select(block => block switch
        {
            Markdig.Syntax.HeadingBlock heading => "heading " + heading.Level,
            Markdig.Syntax.ListBlock list => list.IsOrdered ? "ordered list" : "bullet list",
            _ => block.GetType().Name,
        }).ToList();

    /// <summary>An agreement between US and JP that enters into force on signature, with its title, place and
    /// party names quoted as the language requires, and the clauses given.</summary>
    /// <summary>Every C0 control (tab, LF and CR too), DEL and the C1 controls, the noncharacters U+FFFE and U+FFFF,
    /// lone halves of surrogate pairs, bidirectional controls.</summary>
    public static TheoryData<int> OddCharacters()
    {
        var data = new TheoryData<int>();
        foreach (var code in Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21))
                     .Concat(new[] { 0xFFFE, 0xFFFF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0x202E, 0x2066 }))
        {
            data.Add(code);
        }

        return data;
    }

    /// <summary>Issue 14, item 1: a text that checks clean renders in every format, wherever the character stands (a
    /// title, a place, a party's name, an obligation); a character no draft can carry is an error (AGR013), so the
    /// set never reaches the renderer.</summary>
    [Theory]
    [MemberData(nameof(OddCharacters))]
    public void No_text_that_checks_clean_makes_a_writer_throw(int code)
    {
        var c = ((char)code).ToString();
        var sources = new[]
        {
            Bilateral("Agreement " + c, "Washington", "us", "jp", "binding"),
            Bilateral("Agreement", "Washington" + c, "us", "jp", "binding"),
            Bilateral("Agreement", "Washington", c + "the United States", "jp", "binding"),
            Bilateral("Agreement", "Washington", "us", "jp", "binding", "obligation JP \"publish" + c + "\" within 30 days of signature"),
        };
        var clean = 0;
        foreach (var source in sources)
        {
            var compilation = Compilation.Create([source]);
            if (compilation.HasErrors)
            {
                if (code is not ('\n' or '\r'))
                {
                    Assert.Contains(compilation.Diagnostics, d => d.Code == "AGR013");
                }

                continue;
            }

            clean++;
            var renderer = new DraftRenderer();
            var draft = renderer.Build(compilation.Model, compilation.Model.Agreements.Single());
            foreach (var format in new[] { DraftFormat.Markdown, DraftFormat.Html, DraftFormat.Docx, DraftFormat.AkomaNtoso })
            {
                Assert.NotEmpty(renderer.Render(draft, format));
            }

            Assert.Empty(AkomaNtosoTests.Validate(Forge.Utf8(renderer.Render(draft, DraftFormat.AkomaNtoso))));
            XDocument.Parse(Forge.DocumentXml(renderer.Render(draft, DraftFormat.Docx)));
        }

        var allowed = code is '\t' or 0x202E or 0x2066;
        Assert.Equal(allowed ? sources.Length : 0, clean);
    }

    private static SourceText Bilateral(string title, string place, string us, string jp, params string[] clauses) =>
        new("escaping.agr", "agreement US-JP-X " + Quoted(title) + " {\n  kind bilateral\n  signed 2026-02-04 at " + Quoted(place) +
            "\n  in force on signature\n  indefinite\n  party US " + Quoted(us) + "\n  party JP " + Quoted(jp) + "\n" +
            string.Concat(clauses.Select(c => "  " + c + "\n")) + "}\n");

    private static string Quoted(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
