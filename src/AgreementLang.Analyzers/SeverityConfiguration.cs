using System.Collections.Concurrent;
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
    public static readonly SeverityConfiguration None = new(Array.Empty<EditorConfig>());

    private readonly IReadOnlyList<EditorConfig> _configs;
    private readonly ConcurrentDictionary<string, IReadOnlyList<EditorConfig>> _configsByDirectory = new(StringComparer.Ordinal);

    private SeverityConfiguration(IReadOnlyList<EditorConfig> configs) => _configs = configs;

    public static SeverityConfiguration Create(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var configs = new List<EditorConfig>();
        foreach (var file in options.AdditionalFiles)
        {
            if (!string.Equals(Path.GetFileName(file.Path), EditorConfigFileName, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var text = file.GetText(cancellationToken);
            if (text is not null)
            {
                configs.Add(EditorConfig.Parse(file.Path, text.ToString()));
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

        var normalized = EditorConfig.NormalizePath(path);
        var keys = new[]
        {
            "dotnet_diagnostic." + descriptor.Id.ToLowerInvariant() + ".severity",
            "dotnet_analyzer_diagnostic.category-" + descriptor.Category.ToLowerInvariant() + ".severity",
            "dotnet_analyzer_diagnostic.severity",
        };
        var values = new string?[keys.Length];
        foreach (var config in ConfigsFor(normalized))
        {
            foreach (var section in config.Sections)
            {
                if (!section.Matches(normalized))
                {
                    continue;
                }

                for (var k = 0; k < keys.Length; k++)
                {
                    if (section.Properties.TryGetValue(keys[k], out var value))
                    {
                        values[k] = value.Trim().ToLowerInvariant();
                    }
                }
            }
        }

        return values.FirstOrDefault(v => v is not null);
    }

    /// <summary>The configs that apply to files in the path's folder, farthest first, starting at the nearest root.</summary>
    private IReadOnlyList<EditorConfig> ConfigsFor(string normalizedPath)
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
