using AgreementLang.Catalog;
using AgreementLang.Checks;
using AgreementLang.Concurrency;
using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Semantics;
using AgreementLang.Syntax;
using AgreementLang.Text;

namespace AgreementLang;

/// <summary>The one entry point, in the spirit of Bicep's Compilation: source texts go in; syntax trees, the
/// bound model and every diagnostic come out. The CLI and the Roslyn analyzer both call this and add only
/// their own input and output, so a diagnostic cannot appear in one and not in the other.</summary>
public sealed class Compilation
{
    private Compilation(IReadOnlyList<DocumentSyntax> documents, AgreementSet model, IReadOnlyList<Diagnostic> diagnostics,
        IReadOnlyList<Diagnostic> suppressed)
    {
        Documents = documents;
        Model = model;
        Diagnostics = diagnostics;
        Suppressed = suppressed;
    }

    public IReadOnlyList<DocumentSyntax> Documents { get; }

    public AgreementSet Model { get; }

    /// <summary>Every diagnostic, severity overrides applied and silenced ones removed, ordered by file,
    /// position and code. Diagnostics suppressed by an inline <c>// agr-disable-next-line</c> comment are not
    /// here but in <see cref="Suppressed"/>.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The diagnostics that an inline <c>// agr-disable-next-line CODE reason</c> comment suppresses, in the
    /// same order, each with its <see cref="Diagnostic.Suppression"/>.</summary>
    public IReadOnlyList<Diagnostic> Suppressed { get; }

    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Parses every source, on every core (each file is parsed on its own; the documents keep the sources'
    /// order), then binds and checks them.</summary>
    public static Compilation Create(IEnumerable<SourceText> sources, CompilationOptions? options = null) =>
        Create(InputOrder.Map(sources as IReadOnlyList<SourceText> ?? sources.ToArray(), Parser.Parse, options?.Threads ?? 0), options);

    /// <summary>Binds and checks documents that are already parsed (the analyzer caches them by checksum).</summary>
    public static Compilation Create(IReadOnlyList<DocumentSyntax> documents, CompilationOptions? options = null)
    {
        options ??= CompilationOptions.Default;
        var (model, bindDiagnostics) = Binder.Bind(documents);
        var checkDiagnostics = Checker.Run(model, MineralCatalog.Default, options);
        // The characters of quoted texts and comments (AGR013, AGR014) are checked here rather than by the parser:
        // a warning about a comment must not stop the formatter, which refuses any file with parse diagnostics.
        var characters = InputOrder.Map(documents, d => TextCharacters.Check(d.Source), options.Threads).SelectMany(found => found);
        var all = documents.SelectMany(d => d.Diagnostics).Concat(characters).Concat(bindDiagnostics).Concat(checkDiagnostics);
        var diagnostics = all
            .Select(d => options.Apply(d))
            .Where(d => d is not null && d.Severity != DiagnosticSeverity.None)
            .Select(d => d!)
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Span.Start)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToArray();
        var marked = InlineSuppressions.Apply(documents, diagnostics);
        return new Compilation(documents, model, marked.Where(d => !d.IsSuppressed).ToArray(), marked.Where(d => d.IsSuppressed).ToArray());
    }
}

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
