using AgreementLang.Configuration;
using AgreementLang.Diagnostics;

namespace AgreementLang.Cli;

/// <summary>Reads <c>dotnet_diagnostic.AGRnnn.severity</c> from the .editorconfig files that apply to each checked file —
/// those in its folder and every parent folder up to one that says <c>root = true</c> — exactly as the compiler
/// reads them in <c>dotnet build</c>, with the reader the build analyzer uses (<see cref="EditorConfigFile"/>), so
/// that the CLI and the build report the same severities. Closer files win over parent files and later sections
/// over earlier ones; a section applies when its glob matches the file. A code's own key
/// <c>dotnet_diagnostic.AGR310.severity</c> wins over its category's
/// <c>dotnet_analyzer_diagnostic.category-Conflicts.severity</c>, which wins over
/// <c>dotnet_analyzer_diagnostic.severity</c>. Words: <c>error</c>; <c>warning</c>/<c>warn</c>;
/// <c>suggestion</c>/<c>info</c>; <c>silent</c>, <c>hidden</c>, <c>refactoring</c>, <c>none</c> and
/// <c>suppress</c> hide the code from the CLI (as the build hides them from its output); <c>default</c> keeps
/// the code's own severity. Sections that are refused (malformed or beyond the reader's bounds) are listed in
/// <see cref="Problems"/>, which the commands print as warnings.</summary>
public sealed class EditorConfig
{
    private readonly Dictionary<string, EditorConfigFile?> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _byPath = new(StringComparer.Ordinal);

    /// <summary>The overrides for each of <paramref name="paths"/> (as the sources name them).</summary>
    public static EditorConfig For(IEnumerable<string> paths)
    {
        var config = new EditorConfig();
        foreach (var path in paths)
        {
            config._byPath[path] = config.Resolve(Path.GetFullPath(path));
        }

        return config;
    }

    /// <summary>The sections ignored in the .editorconfig files read, in path and line order.</summary>
    public IReadOnlyList<EditorConfigProblem> Problems => _files.Values
        .Where(f => f is not null)
        .SelectMany(f => f!.Problems)
        .OrderBy(p => p.File, StringComparer.Ordinal)
        .ThenBy(p => p.Line)
        .ToArray();

    /// <summary>The severity an .editorconfig sets for a code in a file; null when none does (or it says
    /// <c>default</c>, or a word the compiler would not know either).</summary>
    public DiagnosticSeverity? Severity(string path, string code)
    {
        if (!_byPath.TryGetValue(path, out var values) || DiagnosticCatalog.Find(code) is not { } descriptor)
        {
            return null;
        }

        return EditorConfigFile.SeverityFor(values, descriptor.Code, descriptor.Category) is { } word ? ParseSeverity(word) : null;
    }

    /// <summary>Parses an .editorconfig severity word; null for <c>default</c> and for words it does not know.</summary>
    public static DiagnosticSeverity? ParseSeverity(string text) => text.Trim().ToLowerInvariant() switch
    {
        "none" or "suppress" or "silent" or "hidden" or "refactoring" => DiagnosticSeverity.None,
        "suggestion" or "info" => DiagnosticSeverity.Info,
        "warning" or "warn" => DiagnosticSeverity.Warning,
        "error" => DiagnosticSeverity.Error,
        _ => null,
    };

    private IReadOnlyDictionary<string, string> Resolve(string fullPath)
    {
        // The chain from the file's folder upwards, stopping at a root file; applied outermost first.
        var chain = new List<EditorConfigFile>();
        for (var dir = Path.GetDirectoryName(fullPath); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (Load(Path.Combine(dir, ".editorconfig")) is { } parsed)
            {
                chain.Add(parsed);
                if (parsed.IsRoot)
                {
                    break;
                }
            }
        }

        chain.Reverse();
        return EditorConfigFile.PropertiesFor(fullPath, chain);
    }

    private EditorConfigFile? Load(string path)
    {
        if (_files.TryGetValue(path, out var cached))
        {
            return cached;
        }

        EditorConfigFile? parsed = null;
        if (File.Exists(path))
        {
            try
            {
                parsed = EditorConfigFile.Parse(path, File.ReadAllText(path));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // An unreadable .editorconfig is skipped, as the compiler does; the defaults then apply.
                parsed = null;
            }
        }

        _files[path] = parsed;
        return parsed;
    }
}
