using System.Text;
using AgreementLang.Diagnostics;
using AgreementLang.LanguageServer.Protocol;
using AgreementLang.Text;

namespace AgreementLang.LanguageServer.Workspace;

/// <summary>Applies the client's content changes, in order, to a document's text.</summary>
public static class TextChanges
{
    public static string Apply(SourceText text, IEnumerable<TextDocumentContentChangeEvent> changes)
    {
        var current = text;
        foreach (var change in changes)
        {
            if (change.Range is null)
            {
                current = new SourceText(text.Path, change.Text ?? "");
                continue;
            }

            var start = PositionMap.ToOffset(current, change.Range.Start);
            var end = Math.Max(start, PositionMap.ToOffset(current, change.Range.End));
            var builder = new StringBuilder(current.Length - (end - start) + (change.Text?.Length ?? 0));
            builder.Append(current.Text, 0, start).Append(change.Text).Append(current.Text, end, current.Length - end);
            current = new SourceText(text.Path, builder.ToString());
        }

        return current.Text;
    }
}
