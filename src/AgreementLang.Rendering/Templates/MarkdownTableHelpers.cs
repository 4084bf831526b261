using System.Collections;
using System.Collections.Immutable;
using HandlebarsDotNet;

namespace AgreementLang.Rendering.Templates;

/// <summary>The helpers of the Markdown layout that write a table line in one call: <c>{{table-row cells}}</c>
/// gives <c>| a | b |</c>, each cell escaped by the layout's encoder, and <c>{{table-rule columns}}</c> gives
/// <c>|---|---|</c>. A row written as <c>{{#each this}}</c> costs the template engine a scope and its
/// variables per cell, which was a third of a draft's layout time; a house style may still write the loop.</summary>
internal static class MarkdownTableHelpers
{
    public const string Row = "table-row";
    public const string Rule = "table-rule";

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
            // The helper's name in quotes is what TemplateSet looks for to report the template line.
            : throw new HandlebarsRuntimeException("'" + helper + "' takes one list of cells, as in {{" + helper + " Columns}}");
}
