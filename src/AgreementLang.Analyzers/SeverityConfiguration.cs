using System.Collections.Concurrent;
using AgreementLang.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using LanguageDiagnostic = AgreementLang.Diagnostics.Diagnostic;

namespace AgreementLang.Analyzers;

/// <summary>The severity each diagnostic is reported with, honouring <c>dotnet_diagnostic.AGRxxx.severity</c> in the
/// <c>.editorconfig</c> files above the <c>.agr</c> file.
///
/// The compiler applies .editorconfig severities only to diagnostics in C# files: for a diagnostic placed in an
/// additional file it reads .globalconfig and command-line options alone (dotnet/roslyn#31916), and it hides the
/// severity keys from analyzers. So the package's targets hand the .editorconfig files above each .agr file to the
/// analyzer as additional files, and the analyzer applies them here the way the compiler applies them to C#: nearer
/// files over farther ones, later sections over earlier ones, nothing above a file marked <c>root = true</c>. Roslyn
/// then applies .globalconfig, NoWarn, WarningsAsErrors and TreatWarningsAsErrors on top, as for any diagnostic.</summary>
internal sealed class SeverityConfiguration
{
    public const string EditorConfigFileName = ".editorconfig";

    /// <summary>No .editorconfig: every diagnostic keeps its own severity.</summary>
    public static readonly SeverityConfiguration None = new(Array.Empty<EditorConfigFile>());

    private readonly IReadOnlyList<EditorConfigFile> _configs;
    private readonly ConcurrentDictionary<string, IReadOnlyList<EditorConfigFile>> _configsByDirectory = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, Dictionary<string, string>> _propertiesByPath = new(StringComparer.Ordinal);

    private SeverityConfiguration(IReadOnlyList<EditorConfigFile> configs) => _configs = configs;

    public static SeverityConfiguration Create(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var configs = new List<EditorConfigFile>();
        foreach (var file in options.AdditionalFiles)
        {
            if (!string.Equals(Path.GetFileName(file.Path), EditorConfigFileName, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var text = file.GetText(cancellationToken);
            if (text is not null)
            {
                // The shared reader never throws: a section it refuses (malformed, or beyond its bounds) applies to
                // nothing, and the other sections still do.
                configs.Add(EditorConfigFile.Parse(file.Path, text.ToString()));
            }
        }

        return new SeverityConfiguration(configs
            .GroupBy(c => c.Directory, StringComparer.Ordinal)
            .Select(g => g.First())
            .ToArray());
    }

    /// <summary>The severity to report with, or null when the diagnostic is silenced.</summary>
    public DiagnosticSeverity? Resolve(LanguageDiagnostic diagnostic, DiagnosticDescriptor descriptor)
    {
        var configured = Configured(diagnostic.Location.Path, descriptor);
        if (configured is null || configured == "default")
        {
            return Descriptors.ToRoslyn(diagnostic.Severity);
        }

        return configured switch
        {
            "error" => DiagnosticSeverity.Error,
            "warning" or "warn" => DiagnosticSeverity.Warning,
            "suggestion" or "info" => DiagnosticSeverity.Info,
            "silent" or "hidden" or "refactoring" => DiagnosticSeverity.Hidden,
            "none" or "suppress" => null,
            _ => Descriptors.ToRoslyn(diagnostic.Severity),
        };
    }

    /// <summary>The configured value for the diagnostic at this path: the id's own key, else its category's, else
    /// the key for every analyzer diagnostic — the precedence the compiler uses.</summary>
    private string? Configured(string path, DiagnosticDescriptor descriptor)
    {
        if (_configs.Count == 0)
        {
            return null;
        }

        var normalized = EditorConfigFile.NormalizePath(path);
        var properties = _propertiesByPath.GetOrAdd(normalized, p => EditorConfigFile.PropertiesFor(p, ConfigsFor(p)));
        return EditorConfigFile.SeverityFor(properties, descriptor.Id, descriptor.Category);
    }

    /// <summary>The configs that apply to files in the path's folder, farthest first, starting at the nearest root.</summary>
    private IReadOnlyList<EditorConfigFile> ConfigsFor(string normalizedPath)
    {
        var slash = normalizedPath.LastIndexOf('/');
        var directory = slash < 0 ? string.Empty : normalizedPath.Substring(0, slash);
        return _configsByDirectory.GetOrAdd(directory, d =>
        {
            var applicable = _configs
                .Where(c => c.Directory.Length == 0 || d == c.Directory || d.StartsWith(c.Directory + "/", StringComparison.Ordinal))
                .OrderBy(c => c.Directory.Length)
                .ToList();
            var root = applicable.FindLastIndex(c => c.IsRoot);
            return root <= 0 ? applicable : applicable.Skip(root).ToList();
        });
    }
}
