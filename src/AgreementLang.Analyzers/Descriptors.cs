using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using LanguageCatalog = AgreementLang.Diagnostics.DiagnosticCatalog;
using LanguageDescriptor = AgreementLang.Diagnostics.DiagnosticDescriptor;
using LanguageSeverity = AgreementLang.Diagnostics.DiagnosticSeverity;

namespace AgreementLang.Analyzers;

/// <summary>The Roslyn descriptors, one per code of the language's catalogue — the same catalogue the CLI uses, so
/// the build and <c>agr check</c> cannot disagree on a code, a title or a default severity.</summary>
internal static class Descriptors
{
    /// <summary>The message format of every descriptor: the language formats its own messages (with the values
    /// involved), and the analyzer passes the finished text as the single argument.</summary>
    public const string MessageFormat = "{0}";

    public static readonly ImmutableArray<DiagnosticDescriptor> All = LanguageCatalog.All.Select(Create).ToImmutableArray();

    private static readonly ImmutableDictionary<string, DiagnosticDescriptor> ByCode =
        All.ToImmutableDictionary(d => d.Id, StringComparer.Ordinal);

    public static DiagnosticDescriptor Get(string code) => ByCode[code];

    public static bool TryGet(string code, out DiagnosticDescriptor descriptor) => ByCode.TryGetValue(code, out descriptor!);

    /// <summary>Syntax codes (AGR0xx) depend on one file's text alone and are reported per file, as the file is
    /// edited; every other code depends on the whole set of files and is reported at the end of the compilation.
    /// The IDE reads the CompilationEnd tag to know that those appear only with full analysis.</summary>
    public static bool IsPerFile(string code) => code.StartsWith("AGR0", StringComparison.Ordinal);

    public static DiagnosticSeverity ToRoslyn(LanguageSeverity severity) => severity switch
    {
        LanguageSeverity.Error => DiagnosticSeverity.Error,
        LanguageSeverity.Warning => DiagnosticSeverity.Warning,
        LanguageSeverity.Info => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };

    private static DiagnosticDescriptor Create(LanguageDescriptor descriptor) => new(
        id: descriptor.Code,
        title: descriptor.Title,
        messageFormat: MessageFormat,
        category: descriptor.Category,
        defaultSeverity: ToRoslyn(descriptor.DefaultSeverity),
        // A code the catalogue ships silenced stays off until an .editorconfig or .globalconfig turns it on.
        isEnabledByDefault: descriptor.DefaultSeverity != LanguageSeverity.None,
        description: null,
        helpLinkUri: descriptor.HelpLink,
        customTags: IsPerFile(descriptor.Code)
            ? new[] { "AgreementLang" }
            : new[] { "AgreementLang", WellKnownDiagnosticTags.CompilationEnd });
}
