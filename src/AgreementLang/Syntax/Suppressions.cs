using AgreementLang.Diagnostics;
using AgreementLang.Syntax;
using AgreementLang.Text;

namespace AgreementLang.Syntax;

/// <summary>Inline suppressions: a comment <c>// agr-disable-next-line AGR301 reason</c> (several codes separated by
/// commas) suppresses diagnostics of those codes whose primary location starts on the next line. The shared
/// <see cref="Compilation"/> applies them, and the Roslyn analyzer applies them to what it reports per file, so
/// <c>agr check</c> and the build agree.</summary>
public static class InlineSuppressions
{
    public const string Directive = "agr-disable-next-line";

    private sealed record Entry(int Line, IReadOnlyList<string> Codes, Suppression Suppression);

    /// <summary>Marks (<see cref="Diagnostic.Suppression"/>) every diagnostic of <paramref name="diagnostics"/> that a
    /// directive of its document suppresses; the others are returned unchanged. Diagnostics are matched to documents
    /// by path.</summary>
    public static IReadOnlyList<Diagnostic> Apply(IEnumerable<DocumentSyntax> documents, IEnumerable<Diagnostic> diagnostics)
    {
        var byPath = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var entries = Directives(document);
            if (entries.Count > 0 && !byPath.ContainsKey(document.Source.Path))
            {
                byPath[document.Source.Path] = entries;
            }
        }

        var result = new List<Diagnostic>();
        foreach (var diagnostic in diagnostics)
        {
            Entry? match = null;
            if (diagnostic.Suppression is null && byPath.TryGetValue(diagnostic.Location.Path, out var entries))
            {
                var line = diagnostic.Location.Start.Line;
                match = entries.FirstOrDefault(e => e.Line == line && e.Codes.Contains(diagnostic.Code, StringComparer.Ordinal));
            }

            result.Add(match is null ? diagnostic : diagnostic with { Suppression = match.Suppression });
        }

        return result;
    }

    /// <summary>The directives of one document: the line each suppresses, its codes and its reason.</summary>
    private static List<Entry> Directives(DocumentSyntax document)
    {
        var entries = new List<Entry>();
        foreach (var comment in document.Comments)
        {
            if (Parse(comment.Text) is not { } parsed)
            {
                continue;
            }

            var location = new Location(document.Source, comment.Span);
            entries.Add(new Entry(location.Start.Line + 1, parsed.Codes, new Suppression(parsed.Justification, location)));
        }

        return entries;
    }

    /// <summary>Reads <c>// agr-disable-next-line AGR301, AGR302 reason</c>: null when the comment is not a directive
    /// or names no code.</summary>
    public static (IReadOnlyList<string> Codes, string Justification)? Parse(string comment)
    {
        var text = comment.StartsWith("//", StringComparison.Ordinal) ? comment.Substring(2) : comment;
        text = text.TrimStart();
        if (!text.StartsWith(Directive, StringComparison.Ordinal) ||
            (text.Length > Directive.Length && !char.IsWhiteSpace(text[Directive.Length])))
        {
            return null;
        }

        var rest = text.Substring(Directive.Length);
        var codes = new List<string>();
        var position = 0;
        while (true)
        {
            while (position < rest.Length && char.IsWhiteSpace(rest[position]))
            {
                position++;
            }

            var start = position;
            while (position < rest.Length && char.IsLetterOrDigit(rest[position]))
            {
                position++;
            }

            var word = rest.Substring(start, position - start);
            if (!IsCode(word))
            {
                position = start;
                break;
            }

            codes.Add(word.ToUpperInvariant());
            var afterCode = position;
            while (position < rest.Length && char.IsWhiteSpace(rest[position]))
            {
                position++;
            }

            if (position < rest.Length && rest[position] == ',')
            {
                position++;
                continue;
            }

            position = afterCode;
            break;
        }

        return codes.Count == 0 ? null : (codes, rest.Substring(position).Trim());
    }

    private static bool IsCode(string word) =>
        word.Length > 3 && word.StartsWith("AGR", StringComparison.OrdinalIgnoreCase) && word.Skip(3).All(c => c is >= '0' and <= '9');
}
