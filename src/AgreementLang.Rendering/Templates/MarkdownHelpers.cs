using System.Collections;
using System.Collections.Immutable;
using AgreementLang.Rendering.Legal;
using HandlebarsDotNet;

namespace AgreementLang.Rendering.Templates;

/// <summary>The helpers of the Markdown layout, each writing in one call what a loop would write:
/// <c>{{table-row cells}}</c> gives <c>| a | b |</c>, each cell escaped by the layout's encoder;
/// <c>{{table-rule columns}}</c> gives <c>|---|---|</c>; <c>{{paragraphs Paragraphs}}</c> writes an article's
/// paragraphs, "1. text", each followed by its points, "(a) text", every one a block of its own. A loop costs the
/// template engine a scope and its variables per cell or paragraph (table cells were a third of a draft's layout
/// time, paragraphs a third of what remained); a house style may still write the loops, to the same text.</summary>
internal static class MarkdownHelpers
{
    public const string Row = "table-row";
    public const string Rule = "table-rule";
    public const string Paragraphs = "paragraphs";

    public static void Register(IHandlebars environment)
    {
        environment.RegisterHelper(Row, static (in EncodedTextWriter output, in HelperOptions _, in Context _, in Arguments arguments) =>
        {
            output.WriteSafeString("|");
            if (arguments.Length == 1 && arguments[0] is ImmutableArray<string> cells)
            {
                // The draft's own rows and columns: read without boxing an enumerator.
                foreach (var cell in cells)
                {
                    Cell(output, cell);
                }

                return;
            }

            foreach (var cell in Cells(Row, arguments))
            {
                Cell(output, cell);
            }
        });
        environment.RegisterHelper(Rule, static (in EncodedTextWriter output, in HelperOptions _, in Context _, in Arguments arguments) =>
        {
            output.WriteSafeString("|");
            foreach (var _ in Cells(Rule, arguments))
            {
                output.WriteSafeString("---|");
            }
        });
        environment.RegisterHelper(Paragraphs, static (in EncodedTextWriter output, in HelperOptions _, in Context _, in Arguments arguments) =>
        {
            if (arguments.Length != 1 || arguments[0] is not ImmutableArray<DraftParagraph> paragraphs)
            {
                throw Misused(Paragraphs, "an article's paragraphs", "Paragraphs");
            }

            // Blocks are separated by a blank line; the last ends its line, and the template's own line end
            // leaves the blank line before what follows, so the layout's text needs no normalising.
            var first = true;
            foreach (var paragraph in paragraphs)
            {
                Block(output, ref first, paragraph.Label, paragraph.Text);
                foreach (var item in paragraph.Items)
                {
                    Block(output, ref first, item.Label, item.Text);
                }
            }

            output.WriteSafeString("\n");
        });
    }

    /// <summary>"label text", after the blank line that separates it from the block before.</summary>
    private static void Block(in EncodedTextWriter output, ref bool first, string? label, string text)
    {
        if (!first)
        {
            output.WriteSafeString("\n\n");
        }

        first = false;
        if (label is not null)
        {
            // The label is the draft's own numbering ("1.", "(a)"), meant as the list marker it is: written as
            // is, where the encoder would escape "1." at the start of a line as it does for user text.
            output.WriteSafeString(label);
            output.WriteSafeString(" ");
        }

        output.Write(text);
    }

    private static void Cell(in EncodedTextWriter output, object? cell)
    {
        output.WriteSafeString(" ");
        output.Write(cell);
        output.WriteSafeString(" |");
    }

    private static IEnumerable Cells(string helper, in Arguments arguments) =>
        arguments.Length == 1 && arguments[0] is IEnumerable cells and not string
            ? cells
            : throw Misused(helper, "one list of cells", "Columns");

    /// <summary>The helper's name in quotes is what TemplateSet looks for to report the template line.</summary>
    private static HandlebarsRuntimeException Misused(string helper, string takes, string example) =>
        new("'" + helper + "' takes " + takes + ", as in {{" + helper + " " + example + "}}");
}
