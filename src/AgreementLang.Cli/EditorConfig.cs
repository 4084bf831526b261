using System.Text;
using System.Text.RegularExpressions;
using AgreementLang.Diagnostics;

namespace AgreementLang.Cli;

/// <summary>
/// Reads <c>dotnet_diagnostic.AGRnnn.severity</c> from the .editorconfig files that apply to each checked file —
/// those in its folder and every parent folder up to one that says <c>root = true</c> — exactly as the compiler
/// reads them in <c>dotnet build</c>, so that the CLI and the build report the same severities. Closer files win
/// over parent files and later sections over earlier ones; a section applies when its glob matches the file
/// (<c>[*]</c>, <c>[*.agr]</c>, <c>[*.{agr,cs}]</c>, <c>[examples/**.agr]</c>). As in the compiler (and the
/// analyzer's SeverityConfiguration), a code's own key <c>dotnet_diagnostic.AGR310.severity</c> wins over its
/// category's <c>dotnet_analyzer_diagnostic.category-Conflicts.severity</c>, which wins over
/// <c>dotnet_analyzer_diagnostic.severity</c>. Words: <c>error</c>; <c>warning</c>/<c>warn</c>;
/// <c>suggestion</c>/<c>info</c>; <c>silent</c>, <c>hidden</c>, <c>refactoring</c>, <c>none</c> and
/// <c>suppress</c> hide the code from the CLI (as the build hides them from its output); <c>default</c> keeps
/// the code's own severity.
/// </summary>
public sealed class EditorConfig
{
    private const string Prefix = "dotnet_diagnostic.";
    private const string AnalyzerPrefix = "dotnet_analyzer_diagnostic.";
    private const string Suffix = ".severity";

    private readonly Dictionary<string, ParsedFile?> _files = new(StringComparer.Ordinal);
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

    /// <summary>The severity an .editorconfig sets for a code in a file; null when none does (or it says
    /// <c>default</c>, or a word the compiler would not know either).</summary>
    public DiagnosticSeverity? Severity(string path, string code)
    {
        if (!_byPath.TryGetValue(path, out var values) || DiagnosticCatalog.Find(code) is not { } descriptor)
        {
            return null;
        }

        var keys = new[]
        {
            Prefix + descriptor.Code.ToLowerInvariant() + Suffix,
            AnalyzerPrefix + "category-" + descriptor.Category.ToLowerInvariant() + Suffix,
            AnalyzerPrefix.TrimEnd('.') + Suffix,
        };
        foreach (var key in keys)
        {
            if (values.TryGetValue(key, out var value))
            {
                return ParseSeverity(value);
            }
        }

        return null;
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
        var chain = new List<ParsedFile>();
        for (var dir = Path.GetDirectoryName(fullPath); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (Load(Path.Combine(dir, ".editorconfig")) is { } parsed)
            {
                chain.Add(parsed);
                if (parsed.Root)
                {
                    break;
                }
            }
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            var file = chain[i];
            var relative = fullPath.Substring(file.Directory.Length).TrimStart(Path.DirectorySeparatorChar, '/').Replace('\\', '/');
            foreach (var section in file.Sections)
            {
                if (!section.Matches(relative))
                {
                    continue;
                }

                foreach (var (key, value) in section.Severities)
                {
                    result[key] = value;
                }
            }
        }

        return result;
    }

    private ParsedFile? Load(string path)
    {
        if (_files.TryGetValue(path, out var cached))
        {
            return cached;
        }

        ParsedFile? parsed = null;
        if (File.Exists(path))
        {
            try
            {
                parsed = Parse(Path.GetDirectoryName(path)!, File.ReadAllLines(path));
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

    internal static ParsedFile Parse(string directory, IEnumerable<string> lines)
    {
        var root = false;
        var sections = new List<Section>();
        Section? current = null;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[' && line.EndsWith("]", StringComparison.Ordinal))
            {
                current = new Section(line.Substring(1, line.Length - 2));
                sections.Add(current);
                continue;
            }

            // The compiler accepts "key = value" and "key: value".
            var equals = line.IndexOfAny(new[] { '=', ':' });
            if (equals <= 0)
            {
                continue;
            }

            var key = line.Substring(0, equals).Trim().ToLowerInvariant();
            var value = StripComment(line.Substring(equals + 1)).Trim();
            if (current is null)
            {
                root |= key == "root" && value.Equals("true", StringComparison.OrdinalIgnoreCase);
            }
            else if ((key.StartsWith(Prefix, StringComparison.Ordinal) || key.StartsWith(AnalyzerPrefix.TrimEnd('.'), StringComparison.Ordinal)) &&
                     key.EndsWith(Suffix, StringComparison.Ordinal))
            {
                current.Severities.Add((key, value.ToLowerInvariant()));
            }
        }

        return new ParsedFile(directory.TrimEnd(Path.DirectorySeparatorChar, '/'), root, sections);
    }

    private static string StripComment(string value)
    {
        var hash = value.IndexOfAny(new[] { '#', ';' });
        return hash >= 0 ? value.Substring(0, hash) : value;
    }

    internal sealed record ParsedFile(string Directory, bool Root, IReadOnlyList<Section> Sections);

    internal sealed class Section
    {
        private readonly Regex _pattern;

        public Section(string glob)
        {
            Glob = glob;
            _pattern = new Regex("^" + ToRegex(glob) + "$", RegexOptions.CultureInvariant);
        }

        public string Glob { get; }

        /// <summary>The severity keys of the section (lower case) and their values, in order.</summary>
        public List<(string Key, string Value)> Severities { get; } = new();

        /// <summary>A glob without a slash matches the file name in any folder; with one, the path relative to the
        /// .editorconfig's folder.</summary>
        public bool Matches(string relativePath)
        {
            var subject = Glob.Contains('/') ? relativePath : relativePath.Substring(relativePath.LastIndexOf('/') + 1);
            return _pattern.IsMatch(subject);
        }

        private static string ToRegex(string glob)
        {
            var pattern = glob.StartsWith("/", StringComparison.Ordinal) ? glob.Substring(1) : glob;
            var builder = new StringBuilder();
            var braces = 0;
            for (var i = 0; i < pattern.Length; i++)
            {
                var c = pattern[i];
                switch (c)
                {
                    case '*' when i + 1 < pattern.Length && pattern[i + 1] == '*':
                        builder.Append(".*");
                        i++;
                        break;
                    case '*':
                        builder.Append("[^/]*");
                        break;
                    case '?':
                        builder.Append("[^/]");
                        break;
                    case '{':
                        braces++;
                        builder.Append("(?:");
                        break;
                    case '}' when braces > 0:
                        braces--;
                        builder.Append(')');
                        break;
                    case ',' when braces > 0:
                        builder.Append('|');
                        break;
                    case '\\' when i + 1 < pattern.Length:
                        builder.Append(Regex.Escape(pattern[++i].ToString()));
                        break;
                    default:
                        builder.Append(Regex.Escape(c.ToString()));
                        break;
                }
            }

            return braces == 0 ? builder.ToString() : Regex.Escape(pattern);
        }
    }
}
