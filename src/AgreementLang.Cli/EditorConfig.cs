using System.Text;
using System.Text.RegularExpressions;
using AgreementLang.Diagnostics;

namespace AgreementLang.Cli;

/// <summary>
/// Reads <c>dotnet_diagnostic.AGRnnn.severity</c> from the .editorconfig files that apply to each checked file —
/// those in its folder and every parent folder up to one that says <c>root = true</c> — exactly as the compiler
/// reads them in <c>dotnet build</c>, so that the CLI and the build report the same severities. Closer files win
/// over parent files and later sections over earlier ones; a section applies when its glob matches the file
/// (<c>[*]</c>, <c>[*.agr]</c>, <c>[*.{agr,cs}]</c>, <c>[examples/**.agr]</c>). Severities: <c>none</c> and
/// <c>silent</c> silence a code, <c>suggestion</c> is info, <c>warning</c>, <c>error</c>, and <c>default</c>
/// undoes an outer setting.
/// </summary>
public sealed class EditorConfig
{
    private const string Prefix = "dotnet_diagnostic.";
    private const string Suffix = ".severity";

    private readonly Dictionary<string, ParsedFile?> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyDictionary<string, DiagnosticSeverity>> _byPath = new(StringComparer.Ordinal);

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

    /// <summary>The severity an .editorconfig sets for a code in a file; null when none does.</summary>
    public DiagnosticSeverity? Severity(string path, string code) =>
        _byPath.TryGetValue(path, out var severities) && severities.TryGetValue(code, out var severity) ? severity : null;

    public IReadOnlyDictionary<string, DiagnosticSeverity> SeveritiesOf(string path) =>
        _byPath.TryGetValue(path, out var severities) ? severities : new Dictionary<string, DiagnosticSeverity>();

    /// <summary>Parses an .editorconfig severity word; null for words it does not know.</summary>
    public static DiagnosticSeverity? ParseSeverity(string text) => text.Trim().ToLowerInvariant() switch
    {
        "none" or "silent" => DiagnosticSeverity.None,
        "suggestion" or "info" => DiagnosticSeverity.Info,
        "warning" => DiagnosticSeverity.Warning,
        "error" => DiagnosticSeverity.Error,
        _ => null,
    };

    private IReadOnlyDictionary<string, DiagnosticSeverity> Resolve(string fullPath)
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

        var result = new Dictionary<string, DiagnosticSeverity>(StringComparer.OrdinalIgnoreCase);
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

                foreach (var (code, severity) in section.Severities)
                {
                    if (severity is { } value)
                    {
                        result[code] = value;
                    }
                    else
                    {
                        result.Remove(code);
                    }
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
            else if (key.StartsWith(Prefix, StringComparison.Ordinal) && key.EndsWith(Suffix, StringComparison.Ordinal))
            {
                var code = key.Substring(Prefix.Length, key.Length - Prefix.Length - Suffix.Length).ToUpperInvariant();
                if (value.Equals("default", StringComparison.OrdinalIgnoreCase))
                {
                    current.Severities.Add((code, null));
                }
                else if (ParseSeverity(value) is { } severity)
                {
                    current.Severities.Add((code, severity));
                }
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

        public List<(string Code, DiagnosticSeverity? Severity)> Severities { get; } = new();

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
