using AgreementLang.Syntax;

namespace AgreementLang.Formatting;

/// <summary>Where a clause splits into columns that the formatter aligns across a run of clauses of the same
/// kind: the reference prices of a zone line up mineral, price and validity; the parties of an agreement line up
/// their full names. A column starts at the first token at or after each offset returned; clause kinds not
/// listed here are not aligned (their parts vary too much for columns to help).</summary>
internal static class Columns
{
    public static int[]? Boundaries(ClauseSyntax clause) => clause switch
    {
        ReferencePriceClause c => new[] { c.Subject.Span.Start, c.Price.Span.Start, c.Validity.Span.Start },
        PartyClause c => new[] { c.Code.Span.Start, c.FullName.Span.Start },
        TariffClause c => new[] { c.Exporter.Span.Start, c.Subject.Span.Start, c.Subject.Span.End },
        ExchangeRateClause c => new[] { c.From.Span.Start, c.From.Span.End, c.To.Span.Start, c.To.Span.End },
        CapacityClause c => new[] { c.Subject.Span.Start, c.Quantity.Span.Start, c.Validity.Span.Start },
        HoldingClause c => new[] { c.Subject.Span.Start, c.Quantity.Span.Start },
        ReleaseClause c => new[] { c.Subject.Span.Start, c.Subject.Span.End },
        OriginClause c => new[] { c.Subject.Span.Start, c.Subject.Span.End },
        FloorClause { Body.Count: 0 } c => new[] { c.Subject.Span.Start, c.Subject.Span.End },
        MineralStageLineClause c => new[] { c.Stage.Span.Start, c.Stage.Span.End },
        _ => null,
    };

    /// <summary>Splits a clause's tokens into cells at the boundaries (empty trailing cells are dropped).</summary>
    public static List<string> Cells(IReadOnlyList<FormatToken> tokens, int[]? boundaries)
    {
        var cells = new List<string>();
        if (boundaries is null)
        {
            cells.Add(FormatLexer.Join(tokens, 0, tokens.Count));
            return cells;
        }

        var from = 0;
        foreach (var boundary in boundaries)
        {
            var to = from;
            while (to < tokens.Count && tokens[to].Start < boundary)
            {
                to++;
            }

            cells.Add(FormatLexer.Join(tokens, from, to));
            from = to;
        }

        cells.Add(FormatLexer.Join(tokens, from, tokens.Count));
        while (cells.Count > 1 && cells[cells.Count - 1].Length == 0)
        {
            cells.RemoveAt(cells.Count - 1);
        }

        return cells;
    }
}
