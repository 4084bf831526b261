using System.Globalization;

namespace AgreementLang.Configuration;

/// <summary>One parsed <c>.editorconfig</c> file, read as the compiler reads it, shared by the <c>agr</c> CLI and
/// the build analyzer: its folder, whether it says <c>root = true</c>, its sections in order (glob and lower-cased
/// keys with their values) and the sections it ignores with the reason. A section whose name is malformed or beyond
/// a bound of <see cref="EditorConfigGlob"/> applies to nothing and is listed in <see cref="Problems"/>; reading
/// never throws and takes time linear in the text.</summary>
public sealed class EditorConfigFile
{
    private EditorConfigFile(string directory, bool isRoot, IReadOnlyList<EditorConfigSection> sections, IReadOnlyList<EditorConfigProblem> problems)
    {
        Directory = directory;
        IsRoot = isRoot;
        Sections = sections;
        Problems = problems;
    }

    /// <summary>The folder the file is in, with forward slashes and no trailing slash ("" for the root of a
    /// Unix file system).</summary>
    public string Directory { get; }

    public bool IsRoot { get; }

    public IReadOnlyList<EditorConfigSection> Sections { get; }

    /// <summary>The sections ignored, with why, in file order.</summary>
    public IReadOnlyList<EditorConfigProblem> Problems { get; }

    /// <summary>Forward slashes for any separator.</summary>
    public static string NormalizePath(string path) => path.Replace('\\', '/');

    /// <summary>Parses the text of the .editorconfig at <paramref name="path"/>.</summary>
    public static EditorConfigFile Parse(string path, string text)
    {
        var normalized = NormalizePath(path);
        var slash = normalized.LastIndexOf('/');
        var directory = slash < 0 ? string.Empty : normalized.Substring(0, slash);
        var isRoot = false;
        var sections = new List<EditorConfigSection>();
        var problems = new List<EditorConfigProblem>();
        EditorConfigSection? current = null;
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[' && SectionName(line) is { } name)
            {
                var glob = EditorConfigGlob.TryCreate(name, out var error);
                if (glob is null)
                {
                    problems.Add(new EditorConfigProblem(path, lineNumber, name, error!));
                }

                current = new EditorConfigSection(name, glob);
                sections.Add(current);
                continue;
            }

            // "key = value" or "key: value"; a ';' or '#' starts a comment.
            var separator = line.IndexOfAny(new[] { '=', ':' });
            if (separator <= 0)
            {
                continue;
            }

            var key = line.Substring(0, separator).Trim().ToLowerInvariant();
            var value = line.Substring(separator + 1);
            var comment = value.IndexOfAny(new[] { '#', ';' });
            value = (comment >= 0 ? value.Substring(0, comment) : value).Trim();
            if (current is null)
            {
                isRoot |= key == "root" && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
            }
            else
            {
                current.Set(key, value);
            }
        }

        return new EditorConfigFile(directory, isRoot, sections, problems);
    }

    /// <summary>The path of <paramref name="normalizedPath"/> relative to this file's folder, or null when the
    /// path is not below it.</summary>
    public string? RelativePath(string normalizedPath)
    {
        if (Directory.Length == 0)
        {
            return normalizedPath.TrimStart('/');
        }

        return normalizedPath.Length > Directory.Length + 1 &&
               normalizedPath.StartsWith(Directory, StringComparison.Ordinal) &&
               normalizedPath[Directory.Length] == '/'
            ? normalizedPath.Substring(Directory.Length + 1)
            : null;
    }

    /// <summary>The name between '[' and the last ']' when only a comment follows it.</summary>
    private static string? SectionName(string line)
    {
        var close = line.LastIndexOf(']');
        if (close < 1)
        {
            return null;
        }

        var rest = line.Substring(close + 1).TrimStart();
        return rest.Length == 0 || rest[0] is '#' or ';' ? line.Substring(1, close - 1) : null;
    }

    /// <summary>The properties that apply to a file, from the files that apply to it ordered farthest first
    /// (starting at the nearest root): nearer files win over farther ones and later sections over earlier
    /// ones.</summary>
    public static Dictionary<string, string> PropertiesFor(string path, IEnumerable<EditorConfigFile> farthestFirst)
    {
        var normalized = NormalizePath(path);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in farthestFirst)
        {
            if (file.RelativePath(normalized) is not { } relative)
            {
                continue;
            }

            foreach (var section in file.Sections)
            {
                if (section.Glob is { } glob && glob.IsMatch(relative))
                {
                    foreach (var property in section.Properties)
                    {
                        result[property.Key] = property.Value;
                    }
                }
            }
        }

        return result;
    }

    /// <summary>The configured severity word (lower case) for a diagnostic: its own key, else its category's,
    /// else the one for every analyzer diagnostic — the compiler's precedence; null when none is set.</summary>
    public static string? SeverityFor(IReadOnlyDictionary<string, string> properties, string code, string category)
    {
        var keys = new[]
        {
            "dotnet_diagnostic." + code.ToLowerInvariant() + ".severity",
            "dotnet_analyzer_diagnostic.category-" + category.ToLowerInvariant() + ".severity",
            "dotnet_analyzer_diagnostic.severity",
        };
        foreach (var key in keys)
        {
            if (properties.TryGetValue(key, out var value))
            {
                return value.Trim().ToLowerInvariant();
            }
        }

        return null;
    }
}

/// <summary>A section: its name, its compiled glob (null when the name was refused: it then matches nothing),
/// and its properties with lower-cased keys, later lines winning.</summary>
public sealed class EditorConfigSection
{
    private readonly Dictionary<string, string> _properties = new(StringComparer.Ordinal);

    public EditorConfigSection(string name, EditorConfigGlob? glob)
    {
        Name = name;
        Glob = glob;
    }

    public string Name { get; }

    public EditorConfigGlob? Glob { get; }

    public IReadOnlyDictionary<string, string> Properties => _properties;

    internal void Set(string key, string value) => _properties[key] = value;
}

/// <summary>A section ignored: where it is, its name and why.</summary>
public sealed record EditorConfigProblem(string File, int Line, string Section, string Reason)
{
    /// <summary><c>FILE(line,1): warning: the .editorconfig section [NAME] is ignored: REASON</c>, with the name
    /// cut to 60 characters.</summary>
    public override string ToString() =>
        File + "(" + Line.ToString(CultureInfo.InvariantCulture) + ",1): warning: the .editorconfig section [" +
        (Section.Length > 60 ? Section.Substring(0, 60) + "…" : Section) + "] is ignored: " + Reason;
}
