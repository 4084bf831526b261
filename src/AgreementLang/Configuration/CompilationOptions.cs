using AgreementLang.Diagnostics;

namespace AgreementLang.Configuration;

/// <summary>Per-code severity overrides (from <c>--severity</c> or an .editorconfig).</summary>
public sealed class CompilationOptions
{
    public static readonly CompilationOptions Default = new(new Dictionary<string, DiagnosticSeverity>());

    public CompilationOptions(IReadOnlyDictionary<string, DiagnosticSeverity> severities, DateTime? asOf = null,
        Func<string, string, DiagnosticSeverity?>? fileSeverity = null, WarningsAsErrors? warningsAsErrors = null)
    {
        Severities = severities;
        AsOf = asOf;
        FileSeverity = fileSeverity;
        WarningsAsErrors = warningsAsErrors ?? WarningsAsErrors.None;
    }

    /// <summary>Which warnings become errors (<c>--warnaserror [CODES]</c>), after the overrides.</summary>
    public WarningsAsErrors WarningsAsErrors { get; }

    /// <summary>Overrides for every file (the command line); they win over <see cref="FileSeverity"/>.</summary>
    public IReadOnlyDictionary<string, DiagnosticSeverity> Severities { get; }

    /// <summary>Overrides that depend on the file a diagnostic is in, as an .editorconfig gives them: (path,
    /// code) to severity, or null for the default.</summary>
    public Func<string, string, DiagnosticSeverity?>? FileSeverity { get; }

    /// <summary>Evaluate the set as it stands on this date (agreements in force, amended terms applied).</summary>
    public DateTime? AsOf { get; }

    /// <summary>At most this many threads parse the files and run the rules; 0 (the default) means one per core. The
    /// result is the same for every value (the work is split by file and by rule and joined in order); 1 runs it all
    /// on the calling thread, which the tests use as the reference the parallel run must match.</summary>
    public int Threads { get; init; }

    /// <summary>The overrides, then <see cref="WarningsAsErrors"/>. A code in
    /// <see cref="DiagnosticCatalog.AlwaysErrors"/> keeps its severity: a set that holds such a problem cannot be
    /// rendered, so no option may let it through as clean.</summary>
    public Diagnostic Apply(Diagnostic diagnostic) => DiagnosticCatalog.AlwaysErrors.Contains(diagnostic.Code) ? diagnostic : WarningsAsErrors.Apply(
        Severities.TryGetValue(diagnostic.Code, out var severity) ? diagnostic.WithSeverity(severity)
        : FileSeverity?.Invoke(diagnostic.Location.Path, diagnostic.Code) is { } fromFile ? diagnostic.WithSeverity(fromFile)
        : diagnostic);
}

/// <summary>Warnings that become errors: none, all, or those of the listed codes.</summary>
public sealed class WarningsAsErrors
{
    public static readonly WarningsAsErrors None = new(false, Array.Empty<string>());

    public static readonly WarningsAsErrors All = new(true, Array.Empty<string>());

    private WarningsAsErrors(bool all, IReadOnlyCollection<string> codes)
    {
        IsAll = all;
        Codes = codes;
    }

    public bool IsAll { get; }

    public IReadOnlyCollection<string> Codes { get; }

    public static WarningsAsErrors Of(IEnumerable<string> codes) => new(false, codes.Distinct(StringComparer.Ordinal).ToArray());

    public Diagnostic Apply(Diagnostic diagnostic) =>
        diagnostic.Severity == DiagnosticSeverity.Warning && (IsAll || Codes.Contains(diagnostic.Code, StringComparer.Ordinal))
            ? diagnostic.WithSeverity(DiagnosticSeverity.Error)
            : diagnostic;
}
