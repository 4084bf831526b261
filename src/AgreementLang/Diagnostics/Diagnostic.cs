using System.Collections.Immutable;
using System.Globalization;

namespace AgreementLang.Diagnostics;

/// <summary>A related place, such as the other term of a conflict.</summary>
public sealed record RelatedLocation(Location Location, string Message);

/// <summary>One problem found in the sources, at a primary location, with optional related locations.</summary>
public sealed record Diagnostic(
    DiagnosticDescriptor Descriptor,
    Location Location,
    string Message,
    DiagnosticSeverity Severity,
    ImmutableArray<RelatedLocation> Related)
{
    public string Code => Descriptor.Code;

    /// <summary>The inline <c>// agr-disable-next-line</c> comment that suppresses this diagnostic, or null.
    /// <see cref="Compilation.Diagnostics"/> holds none that is suppressed; <see cref="Compilation.Suppressed"/>
    /// holds them, for output formats (SARIF) that report suppressions.</summary>
    public Suppression? Suppression { get; init; }

    public bool IsSuppressed => Suppression is not null;

    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, params object?[] args) =>
        new(descriptor, location, Format(descriptor.MessageFormat, args), descriptor.DefaultSeverity,
            ImmutableArray<RelatedLocation>.Empty);

    public Diagnostic WithRelated(Location location, string message) =>
        this with { Related = Related.Add(new RelatedLocation(location, message)) };

    public Diagnostic WithSeverity(DiagnosticSeverity severity) => this with { Severity = severity };

    /// <summary>MSBuild's canonical form: <c>path(line,col): error AGR001: message</c>.</summary>
    public override string ToString() =>
        $"{Location}: {SeverityText(Severity)} {Code}: {Message}";

    public static string SeverityText(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "none",
    };

    /// <summary>The longest single word (a name, a code, a number) quoted whole in a message; a longer one (a
    /// runaway identifier) is cut with an ellipsis, so that a message stays a line.</summary>
    public const int MaxQuotedLength = 200;

    /// <summary>The longest argument of any kind: phrases a check composes (the list of loans drawn from a facility)
    /// are longer than a word but still bounded, so that output stays proportional to the number of problems even
    /// when a value is a megabyte string.</summary>
    public const int MaxArgumentLength = 4_000;

    private static string Format(string format, object?[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is string text && text.Length > MaxQuotedLength)
            {
                var limit = text.Any(char.IsWhiteSpace) ? MaxArgumentLength : MaxQuotedLength;
                if (text.Length > limit)
                {
                    var cut = limit - 1;
                    if (char.IsHighSurrogate(text[cut - 1]))
                    {
                        cut--;
                    }

                    args[i] = text.Substring(0, cut) + "…";
                }
            }
        }

        return string.Format(CultureInfo.InvariantCulture, format, args);
    }
}
