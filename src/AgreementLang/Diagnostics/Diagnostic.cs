using System.Collections.Immutable;
using AgreementLang.Text;

namespace AgreementLang.Diagnostics;

/// <summary>A related place, such as the other term of a conflict.</summary>
public sealed record RelatedLocation(Location Location, string Message);

/// <summary>One problem found in the sources, at a primary location, with optional related locations. A diagnostic
/// is made only by the typed method of its code (Diagnostic.Syntax.cs, Diagnostic.Meaning.cs, …), which names what
/// each value is and words the message itself; the constructor is private so that no caller can pair a code with
/// a message of another shape.</summary>
public sealed partial record Diagnostic
{
    private Diagnostic(DiagnosticDescriptor descriptor, Location location, MessageText message)
    {
        Descriptor = descriptor;
        Location = location;
        Message = message.ToString();
        Severity = descriptor.DefaultSeverity;
        Related = ImmutableArray<RelatedLocation>.Empty;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public Location Location { get; }

    public string Message { get; }

    public DiagnosticSeverity Severity { get; private init; }

    public ImmutableArray<RelatedLocation> Related { get; private init; }

    public string Code => Descriptor.Code;

    /// <summary>The inline <c>// agr-disable-next-line</c> comment that suppresses this diagnostic, or null.
    /// <see cref="Compilation.Diagnostics"/> holds none that is suppressed; <see cref="Compilation.Suppressed"/>
    /// holds them, for output formats (SARIF) that report suppressions.</summary>
    public Suppression? Suppression { get; init; }

    public bool IsSuppressed => Suppression is not null;

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
}
