using AgreementLang.Catalog;
using AgreementLang.Checks;
using AgreementLang.Concurrency;
using AgreementLang.Configuration;
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
