namespace AgreementLang.Text;

/// <summary>The text of one source file, with the offsets of its line starts so that an offset maps to a
/// line and column in O(log lines). Lines and columns are those an editor shows and jumps to (VS Code's
/// "Go to Line" and its problem matcher, MSBuild, Roslyn, the LSP protocol): one-based; lines break at LF, CR and
/// CRLF only; a column counts UTF-16 code units, so a tab is one column and a character outside the Basic
/// Multilingual Plane (an emoji, a rare CJK ideograph) is two.</summary>
public sealed class SourceText
{
    private int[]? _lineStarts;

    public SourceText(string path, string text)
    {
        Path = path;
        Text = text;
    }

    public string Path { get; }

    public string Text { get; }

    public int Length => Text.Length;

    public int LineCount => LineStarts.Length;

    // Computed on demand: most files are parsed without a single diagnostic to place.
    private int[] LineStarts => _lineStarts ??= ComputeLineStarts(Text);

    public LinePosition GetLinePosition(int offset)
    {
        offset = Math.Max(0, Math.Min(offset, Text.Length));
        var starts = LineStarts;
        var index = Array.BinarySearch(starts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        // A byte-order mark left at the start of an in-memory text takes no column, as in an editor (files read by
        // SourceLoader have it removed already).
        var column = offset - starts[index] + 1;
        if (index == 0 && offset > 0 && Text[0] == '\uFEFF')
        {
            column--;
        }

        return new LinePosition(index + 1, column);
    }

    public int GetLineStart(int line) => LineStarts[Math.Max(0, Math.Min(line - 1, LineStarts.Length - 1))];

    /// <summary>The text of a one-based line without its line break.</summary>
    public string GetLineText(int line)
    {
        var start = GetLineStart(line);
        var end = start;
        while (end < Text.Length && Text[end] != '\n' && Text[end] != '\r')
        {
            end++;
        }

        return Text.Substring(start, end - start);
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }
}
