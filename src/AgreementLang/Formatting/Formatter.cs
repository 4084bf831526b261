using System.Text;
using AgreementLang.Diagnostics;
using AgreementLang.Syntax;

namespace AgreementLang.Formatting;

/// <summary>Writes a parsed file in the canonical layout: two spaces of indentation per block, single spaces
/// between tokens, one clause per line, an opening brace at the end of the line that opens the block and a
/// closing brace on a line of its own, one blank line between declarations (and at most one wherever the author
/// left blank lines inside a block), columns aligned across runs of clauses of one kind, canonical numbers.
/// Comments stay where they were: a comment on its own line stays above the line it preceded, at that line's
/// indentation; a comment after a clause stays at the end of that clause's line.
///
/// The formatter only lays out a file that parsed without a syntax diagnostic; <see cref="SafeFormatter"/>
/// checks that the result means the same before anyone writes it.</summary>
public static class Formatter
{
    private const string Indent = "  ";

    /// <summary>The canonical text of <paramref name="document"/>, with <paramref name="newLine"/> between lines.
    /// Throws <see cref="InvalidOperationException"/> if the document has syntax diagnostics.</summary>
    public static string Format(DocumentSyntax document, string newLine = "\n")
    {
        if (document.Diagnostics.Count > 0)
        {
            throw new InvalidOperationException("a file with syntax diagnostics is not formatted");
        }

        var s = document.Source.Text;
        var verbatim = new HashSet<int>();
        foreach (var declaration in document.Declarations)
        {
            foreach (var node in SyntaxWalker.DescendantsAndSelf(declaration))
            {
                // A name that starts with a digit is a tariff line (2846.90, 2805.30.0020): never an amount.
                if (node is NameSyntax name && name.Text.Length > 0 && Lexical.IsDigit(name.Text[0]))
                {
                    verbatim.Add(name.Span.Start);
                }
            }
        }

        var lines = new LineBuilder(s, verbatim);
        foreach (var declaration in document.Declarations)
        {
            lines.AddDeclaration(declaration);
        }

        var items = Layout.Place(s, lines.Lines, document.Comments);
        Layout.Align(items);
        return Render(items, newLine);
    }

    private static string Render(List<Item> items, string newLine)
    {
        var builder = new StringBuilder();
        foreach (var item in items)
        {
            if (item.BlankBefore)
            {
                builder.Append(newLine);
            }

            for (var d = 0; d < item.Depth; d++)
            {
                builder.Append(Indent);
            }

            builder.Append(item.Text).Append(newLine);
        }

        return builder.ToString();
    }

    internal enum Role
    {
        Plain,
        Opener,
        Closer,
        Comment,
    }

    /// <summary>The widest cell that widens its column: a longer cell (a name of thousands of characters) is
    /// written unpadded and the column is set by the others, so that one long name cannot pad every line of a
    /// run to its width (a 15,000-character name once made a file of 75 million characters).</summary>
    internal const int MaxAlignedCellWidth = 40;

    /// <summary>The widest line whose trailing comment sets the comment column; longer lines keep their comment
    /// two spaces after them.</summary>
    internal const int MaxAlignedCommentColumn = 120;

    /// <summary>One output line: a clause, a declaration header, a closing brace or a comment of its own.</summary>
    internal sealed class Item
    {
        public Role Role;
        public int Depth;
        public List<string> Cells = new();
        public string? AlignKind;
        public int Start;
        public int End;
        public bool DeclarationStart;
        public string? Trailing;
        public bool BlankBefore;
        public string Text = "";
    }

    /// <summary>Turns declarations and clauses into output lines, each remembering the source range it covers.</summary>
    private sealed class LineBuilder
    {
        private readonly string _s;
        private readonly ISet<int> _verbatim;

        public LineBuilder(string s, ISet<int> verbatim)
        {
            _s = s;
            _verbatim = verbatim;
        }

        public List<Item> Lines { get; } = new();

        public void AddDeclaration(DeclarationSyntax declaration)
        {
            var first = Lines.Count;
            AddLine(declaration.Span.Start, declaration.Span.End, 0, boundaries: null, alignKind: null, declaration.Clauses);
            Lines[first].DeclarationStart = true;
        }

        private void AddClause(ClauseSyntax clause, int depth) =>
            AddLine(clause.Span.Start, clause.Span.End, depth, Columns.Boundaries(clause), clause.GetType().Name,
                clause switch
                {
                    FloorClause floor => floor.Body,
                    FinancingClauseSyntax financing => financing.Body,
                    _ => Array.Empty<ClauseSyntax>(),
                });

        /// <summary>A line from <paramref name="start"/> to the end of its clause; if the clause opens a block,
        /// its body and the closing brace (the last character of <paramref name="spanEnd"/>) follow.</summary>
        private void AddLine(int start, int spanEnd, int depth, int[]? boundaries, string? alignKind, IReadOnlyList<ClauseSyntax> body)
        {
            var tokens = FormatLexer.Read(_s, start, _verbatim, out var end);
            if (tokens.Count == 0)
            {
                throw new InvalidOperationException($"no tokens at offset {start}");
            }

            FormatLexer.Canonicalise(tokens);
            var opens = end < _s.Length && _s[end] == '{';
            var item = new Item { Role = opens ? Role.Opener : Role.Plain, Depth = depth, Start = start, End = opens ? end + 1 : tokens[tokens.Count - 1].End };
            if (opens)
            {
                item.Cells.Add(FormatLexer.Join(tokens, 0, tokens.Count) + " {");
            }
            else
            {
                item.Cells = Columns.Cells(tokens, boundaries);
                item.AlignKind = boundaries is null ? null : alignKind;
            }

            Lines.Add(item);
            if (!opens)
            {
                return;
            }

            foreach (var clause in body)
            {
                AddClause(clause, depth + 1);
            }

            var close = spanEnd - 1;
            if (close < 0 || close >= _s.Length || _s[close] != '}')
            {
                throw new InvalidOperationException($"the block opened at offset {end} does not close at offset {close}");
            }

            Lines.Add(new Item { Role = Role.Closer, Depth = depth, Start = close, End = close + 1, Cells = { "}" } });
        }
    }

    /// <summary>Places comments and blank lines among the lines, then aligns columns.</summary>
    private static class Layout
    {
        public static List<Item> Place(string s, List<Item> lines, IReadOnlyList<CommentSyntax> comments)
        {
            var leading = new List<Item>?[lines.Count + 1];
            var next = 0;
            foreach (var comment in comments)
            {
                var text = comment.Text.TrimEnd();
                if (IsTrailing(s, comment.Span.Start))
                {
                    // The last line whose tokens end before the comment: the clause this comment follows.
                    var owner = LastLineEndingBefore(lines, comment.Span.Start);
                    if (owner is null || owner.Trailing is not null)
                    {
                        throw new InvalidOperationException($"no line for the comment at offset {comment.Span.Start}");
                    }

                    owner.Trailing = text;
                    owner.End = comment.Span.End;
                    continue;
                }

                while (next < lines.Count && lines[next].Start < comment.Span.Start)
                {
                    next++;
                }

                var depth = next < lines.Count ? lines[next].Depth + (lines[next].Role == Role.Closer ? 1 : 0) : 0;
                (leading[next] ??= new List<Item>()).Add(new Item
                {
                    Role = Role.Comment, Depth = depth, Start = comment.Span.Start, End = comment.Span.End, Text = text,
                });
            }

            var items = new List<Item>(lines.Count + comments.Count);
            for (var k = 0; k <= lines.Count; k++)
            {
                if (leading[k] is { } group)
                {
                    if (k < lines.Count && lines[k].DeclarationStart)
                    {
                        group[0].DeclarationStart = true;
                        lines[k].DeclarationStart = false;
                    }

                    items.AddRange(group);
                }

                if (k < lines.Count)
                {
                    items.Add(lines[k]);
                }
            }

            for (var k = 1; k < items.Count; k++)
            {
                var previous = items[k - 1];
                var item = items[k];
                item.BlankBefore = item.DeclarationStart ||
                                   (previous.Role != Role.Opener && item.Role != Role.Closer && HasBlankLine(s, previous.End, item.Start));
            }

            return items;
        }

        /// <summary>Pads the columns of each run of clauses of one kind (consecutive, at one depth, with no blank
        /// line between them; comment lines do not break a run), then pads the trailing comments of consecutive
        /// clause lines to one column.</summary>
        public static void Align(List<Item> items)
        {
            var k = 0;
            while (k < items.Count)
            {
                var item = items[k];
                if (item.AlignKind is null)
                {
                    k++;
                    continue;
                }

                var run = new List<Item> { item };
                var j = k + 1;
                while (j < items.Count && !items[j].BlankBefore &&
                       (items[j].Role == Role.Comment || (items[j].AlignKind == item.AlignKind && items[j].Depth == item.Depth)))
                {
                    if (items[j].Role != Role.Comment)
                    {
                        run.Add(items[j]);
                    }

                    j++;
                }

                // Comments at the end of the scan belong to whatever follows; the next run starts after the last
                // aligned line.
                var last = items.IndexOf(run[run.Count - 1], k);
                PadCells(run);
                k = last + 1;
            }

            foreach (var line in items)
            {
                if (line.Role != Role.Comment)
                {
                    line.Text = string.Join(" ", line.Cells);
                }
            }

            AlignTrailingComments(items);
        }

        private static void PadCells(List<Item> run)
        {
            var columns = run.Max(l => l.Cells.Count);
            var widths = new int[columns];
            foreach (var line in run)
            {
                for (var c = 0; c < line.Cells.Count - 1; c++)
                {
                    var width = DisplayWidth.Of(line.Cells[c]);
                    if (width <= MaxAlignedCellWidth)
                    {
                        widths[c] = Math.Max(widths[c], width);
                    }
                }
            }

            foreach (var line in run)
            {
                for (var c = 0; c < line.Cells.Count - 1; c++)
                {
                    var padding = widths[c] - DisplayWidth.Of(line.Cells[c]);
                    if (padding > 0)
                    {
                        line.Cells[c] += new string(' ', padding);
                    }
                }
            }
        }

        private static void AlignTrailingComments(List<Item> items)
        {
            var k = 0;
            while (k < items.Count)
            {
                if (items[k].Trailing is null)
                {
                    k++;
                    continue;
                }

                // Only clause lines share a column: a brace line's comment stays beside its brace.
                var j = k + 1;
                while (items[k].Role == Role.Plain && j < items.Count && items[j].Trailing is not null && !items[j].BlankBefore &&
                       items[j].Depth == items[k].Depth && items[j].Role == Role.Plain)
                {
                    j++;
                }

                var width = 0;
                for (var m = k; m < j; m++)
                {
                    var lineWidth = DisplayWidth.Of(items[m].Text);
                    if (lineWidth <= MaxAlignedCommentColumn)
                    {
                        width = Math.Max(width, lineWidth);
                    }
                }

                for (var m = k; m < j; m++)
                {
                    items[m].Text += new string(' ', Math.Max(0, width - DisplayWidth.Of(items[m].Text)) + 2) + items[m].Trailing;
                }

                k = j;
            }
        }

        private static bool IsTrailing(string s, int commentStart)
        {
            for (var i = commentStart - 1; i >= 0 && !Lexical.IsLineBreak(s[i]); i--)
            {
                if (!Lexical.IsSpace(s[i]) && s[i] != '\uFEFF')
                {
                    return true;
                }
            }

            return false;
        }

        private static Item? LastLineEndingBefore(List<Item> lines, int offset)
        {
            // Lines are in source order and do not overlap, so their ends increase: binary search.
            int low = 0, high = lines.Count - 1;
            Item? found = null;
            while (low <= high)
            {
                var mid = (low + high) / 2;
                if (lines[mid].End <= offset)
                {
                    found = lines[mid];
                    low = mid + 1;
                }
                else
                {
                    high = mid - 1;
                }
            }

            return found;
        }

        /// <summary>Whether the whitespace between two lines holds an empty line (two or more line breaks).</summary>
        private static bool HasBlankLine(string s, int from, int to)
        {
            var breaks = 0;
            for (var i = from; i < to && i < s.Length; i++)
            {
                if (s[i] == '\n' || (s[i] == '\r' && (i + 1 >= s.Length || s[i + 1] != '\n')))
                {
                    if (++breaks == 2)
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
