using AgreementLang.Diagnostics;
using AgreementLang.LanguageServer.Protocol;
using AgreementLang.Text;
using Range = AgreementLang.LanguageServer.Protocol.Range;

namespace AgreementLang.LanguageServer.Workspace;

/// <summary>LSP positions (zero-based, UTF-16) to offsets into a <see cref="SourceText"/> and back. A position past
/// the end of its line or of the document is clamped, never an error: clients send such positions while the
/// server is still catching up with an edit.</summary>
public static class PositionMap
{
    public static int ToOffset(SourceText text, Position position)
    {
        if (position.Line < 0)
        {
            return 0;
        }

        if (position.Line >= text.LineCount)
        {
            return text.Length;
        }

        var start = text.GetLineStart(position.Line + 1);
        var end = start;
        while (end < text.Length && text.Text[end] != '\n' && text.Text[end] != '\r')
        {
            end++;
        }

        return Math.Min(end, start + Math.Max(0, position.Character));
    }

    public static Position ToPosition(SourceText text, int offset)
    {
        offset = Math.Max(0, Math.Min(offset, text.Length));
        var line = text.GetLinePosition(offset).Line;
        return new Position(line - 1, offset - text.GetLineStart(line));
    }

    public static Range ToRange(SourceText text, TextSpan span) =>
        new(ToPosition(text, span.Start), ToPosition(text, span.End));

    public static Range Whole(SourceText text) => new(new Position(0, 0), ToPosition(text, text.Length));
}
