using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Semantics;
using AgreementLang.Syntax;
using AgreementLang.Text;

namespace AgreementLang.Formatting;

public enum FormatStatus
{
    /// <summary>The file is already in the canonical layout.</summary>
    Unchanged,

    /// <summary><see cref="FormatResult.Text"/> is the canonical layout and means exactly what the file means.</summary>
    Formatted,

    /// <summary>The file has syntax diagnostics; it is left alone (a formatter that guessed would lose words).</summary>
    SyntaxErrors,

    /// <summary>The formatted text failed a check (it would parse differently, bind to another model, lose or move
    /// a comment, or not be stable); the file is left alone and <see cref="FormatResult.Reason"/> says why.</summary>
    Refused,
}

/// <summary>The outcome for one file.</summary>
public sealed record FormatResult(SourceText Source, FormatStatus Status, string? Text, string? Reason, IReadOnlyList<Diagnostic> SyntaxDiagnostics);

/// <summary>Formats a set of files and proves, before anything is written, that nothing is lost: a file's
/// formatted text must parse without a diagnostic to the same syntax tree (every name, number, string and date,
/// places aside), keep every comment (the same texts in the same order), be stable (formatting it again changes
/// nothing), and the whole set must bind to the same model (compared by <see cref="StructuralDump"/>, places
/// aside). A file that fails any of these is refused with the reason, never half-formatted.</summary>
public static class SafeFormatter
{
    public static IReadOnlyList<FormatResult> FormatSet(IReadOnlyList<SourceText> sources) => FormatSet(sources, Formatter.Format, ModelOf);

    /// <summary>As <see cref="FormatSet(IReadOnlyList{SourceText})"/> with another layout function and model: the
    /// tests pass deliberately faulty ones to prove that every check refuses what it must.</summary>
    internal static IReadOnlyList<FormatResult> FormatSet(
        IReadOnlyList<SourceText> sources, Func<DocumentSyntax, string, string> layout, Func<IReadOnlyList<DocumentSyntax>, object> modelOf)
    {
        var documents = sources.Select(Parser.Parse).ToArray();
        var results = documents.Select(d => FormatDocument(d, layout)).ToArray();
        if (!results.Any(r => r.Status == FormatStatus.Formatted))
        {
            return results;
        }

        // The model of the whole set, before and after: names bind across files, so a file is compared in the
        // company it is checked in.
        var before = modelOf(documents);
        var after = documents.Select((d, i) => results[i].Status == FormatStatus.Formatted ? Parser.Parse(d.Source.Path, results[i].Text!) : d).ToArray();
        if (StructuralDump.FirstDifference(before, modelOf(after)) is null)
        {
            return results;
        }

        // Something differs: find the files that make it differ, one at a time, and refuse those.
        var refused = false;
        for (var i = 0; i < results.Length; i++)
        {
            if (results[i].Status != FormatStatus.Formatted)
            {
                continue;
            }

            var one = documents.ToArray();
            one[i] = after[i];
            if (StructuralDump.FirstDifference(before, modelOf(one)) is { } difference)
            {
                results[i] = Refuse(documents[i].Source, "the formatted text would bind to a different model: " + difference);
                refused = true;
            }
        }

        // No file alone makes the difference, yet together they do: none of them is written.
        if (!refused)
        {
            var difference = StructuralDump.FirstDifference(before, modelOf(after));
            for (var i = 0; i < results.Length; i++)
            {
                if (results[i].Status == FormatStatus.Formatted)
                {
                    results[i] = Refuse(documents[i].Source, "the formatted files together would bind to a different model: " + difference);
                }
            }
        }

        return results;
    }

    public static FormatResult Format(SourceText source) => FormatSet(new[] { source })[0];

    /// <summary>The line-break style a file mostly uses ("\r\n", "\n" or "\r"); "\n" for a file without one.</summary>
    public static string NewLineOf(string text)
    {
        int crlf = 0, lf = 0, cr = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    crlf++;
                    i++;
                }
                else
                {
                    cr++;
                }
            }
            else if (text[i] == '\n')
            {
                lf++;
            }
        }

        return crlf > lf && crlf >= cr ? "\r\n" : cr > lf && cr > crlf ? "\r" : "\n";
    }

    private static FormatResult FormatDocument(DocumentSyntax document, Func<DocumentSyntax, string, string> layout)
    {
        var source = document.Source;
        if (document.Diagnostics.Count > 0)
        {
            return new FormatResult(source, FormatStatus.SyntaxErrors, null, "it has syntax errors", document.Diagnostics);
        }

        string text;
        try
        {
            text = layout(document, NewLineOf(source.Text));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException)
        {
            return Refuse(source, "the formatter could not lay it out (" + e.Message + ")");
        }

        if (string.Equals(text, source.Text, StringComparison.Ordinal))
        {
            return new FormatResult(source, FormatStatus.Unchanged, text, null, Array.Empty<Diagnostic>());
        }

        var reparsed = Parser.Parse(source.Path, text);
        if (reparsed.Diagnostics.Count > 0)
        {
            return Refuse(source, "the formatted text would not parse: " + reparsed.Diagnostics[0]);
        }

        if (StructuralDump.FirstDifference(document.Declarations, reparsed.Declarations) is { } difference)
        {
            return Refuse(source, "the formatted text would read differently: " + difference);
        }

        var commentsBefore = document.Comments.Select(c => c.Text.TrimEnd()).ToArray();
        var commentsAfter = reparsed.Comments.Select(c => c.Text.TrimEnd()).ToArray();
        if (!commentsBefore.SequenceEqual(commentsAfter, StringComparer.Ordinal))
        {
            var index = 0;
            while (index < commentsBefore.Length && index < commentsAfter.Length && commentsBefore[index] == commentsAfter[index])
            {
                index++;
            }

            var lost = index < commentsBefore.Length ? commentsBefore[index] : commentsAfter[index];
            return Refuse(source, "a comment would be lost or moved: " + Shorten(lost));
        }

        string again;
        try
        {
            again = layout(reparsed, NewLineOf(text));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException)
        {
            return Refuse(source, "the formatted text could not be laid out again (" + e.Message + ")");
        }

        if (!string.Equals(again, text, StringComparison.Ordinal))
        {
            return Refuse(source, "the layout is not stable: formatting the formatted text changes it again");
        }

        return new FormatResult(source, FormatStatus.Formatted, text, null, Array.Empty<Diagnostic>());
    }

    private static FormatResult Refuse(SourceText source, string reason) =>
        new(source, FormatStatus.Refused, null, reason, Array.Empty<Diagnostic>());

    private static object ModelOf(IReadOnlyList<DocumentSyntax> documents) => Binder.Bind(documents).Set;

    private static string Shorten(string text) => text.Length <= 80 ? text : text.Substring(0, 80) + "…";
}
