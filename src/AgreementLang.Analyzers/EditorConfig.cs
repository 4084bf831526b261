using System.Text;
using System.Text.RegularExpressions;

namespace AgreementLang.Analyzers;

/// <summary>One parsed <c>.editorconfig</c> file: its folder, whether it is the root, and its sections in order.
/// Only what severity configuration needs: section globs and lower-cased keys with their values.</summary>
internal sealed class EditorConfig
{
    private static readonly Regex SectionLine = new(@"^\s*\[(.*)\]\s*([#;].*)?$", RegexOptions.CultureInvariant);
    private static readonly Regex PropertyLine = new(@"^\s*([^=:\s][^=:]*?)\s*[=:]\s*(.*?)\s*([#;].*)?$", RegexOptions.CultureInvariant);

    private EditorConfig(string directory, bool isRoot, IReadOnlyList<Section> sections)
    {
        Directory = directory;
        IsRoot = isRoot;
        Sections = sections;
    }

    /// <summary>The folder the file is in, with forward slashes and no trailing slash.</summary>
    public string Directory { get; }

    public bool IsRoot { get; }

    public IReadOnlyList<Section> Sections { get; }

    public static EditorConfig Parse(string path, string text)
    {
        var directory = NormalizePath(path);
        var slash = directory.LastIndexOf('/');
        directory = slash < 0 ? string.Empty : directory.Substring(0, slash);
        var isRoot = false;
        var sections = new List<Section>();
        Section? current = null;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#' || trimmed[0] == ';')
            {
                continue;
            }

            var section = SectionLine.Match(line);
            if (section.Success)
            {
                current = new Section(Glob.TryCreate(directory, section.Groups[1].Value));
                sections.Add(current);
                continue;
            }

            var property = PropertyLine.Match(line);
            if (!property.Success)
            {
                continue;
            }

            var key = property.Groups[1].Value.ToLowerInvariant();
            var value = property.Groups[2].Value;
            if (current is null)
            {
                // The preamble holds only 'root'.
                isRoot |= key == "root" && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
            }
            else
            {
                current.Properties[key] = value;
            }
        }

        return new EditorConfig(directory, isRoot, sections);
    }

    public static string NormalizePath(string path) => path.Replace('\\', '/');

    /// <summary>A section: its glob (null when the name is not a glob this reader understands, which then
    /// matches nothing) and its properties.</summary>
    public sealed class Section
    {
        public Section(Glob? glob) => Glob = glob;

        public Glob? Glob { get; }

        public Dictionary<string, string> Properties { get; } = new(StringComparer.Ordinal);

        public bool Matches(string normalizedPath) => Glob is not null && Glob.IsMatch(normalizedPath);
    }

    /// <summary>An EditorConfig section name as the compiler reads it: a name without '/' matches a file name in
    /// the folder or any folder below; with '/', a path from the folder. '*' matches within one path segment, '**'
    /// across segments, '?' one character, [abc] and [!abc] a class, {a,b} alternatives, {1..9} a number range.</summary>
    public sealed class Glob
    {
        private readonly Regex _regex;
        private readonly IReadOnlyList<(int Low, int High)> _ranges;

        private Glob(Regex regex, IReadOnlyList<(int Low, int High)> ranges)
        {
            _regex = regex;
            _ranges = ranges;
        }

        public static Glob? TryCreate(string directory, string sectionName)
        {
            var pattern = new StringBuilder("^");
            pattern.Append(Regex.Escape(directory.Length == 0 ? string.Empty : directory + "/"));
            var name = sectionName;
            if (name.IndexOf('/') >= 0)
            {
                name = name.TrimStart('/');
            }
            else
            {
                pattern.Append("(?:.*/)?");
            }

            var ranges = new List<(int, int)>();
            var index = 0;
            if (!Translate(name, ref index, pattern, ranges, insideBraces: false) || index != name.Length)
            {
                return null;
            }

            pattern.Append('$');
            return new Glob(new Regex(pattern.ToString(), RegexOptions.CultureInvariant | RegexOptions.Singleline), ranges);
        }

        public bool IsMatch(string normalizedPath)
        {
            var match = _regex.Match(normalizedPath);
            if (!match.Success)
            {
                return false;
            }

            // Number ranges are matched as integers by the regex and checked here.
            for (var i = 0; i < _ranges.Count; i++)
            {
                var group = match.Groups["n" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)];
                if (group.Success &&
                    (!int.TryParse(group.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n) ||
                     n < _ranges[i].Low || n > _ranges[i].High))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool Translate(string s, ref int i, StringBuilder regex, List<(int, int)> ranges, bool insideBraces)
        {
            while (i < s.Length)
            {
                var c = s[i];
                switch (c)
                {
                    case '*':
                        if (i + 1 < s.Length && s[i + 1] == '*')
                        {
                            regex.Append(".*");
                            i += 2;
                        }
                        else
                        {
                            regex.Append("[^/]*");
                            i++;
                        }

                        break;
                    case '?':
                        regex.Append("[^/]");
                        i++;
                        break;
                    case '[':
                        if (!TranslateClass(s, ref i, regex))
                        {
                            regex.Append(@"\[");
                            i++;
                        }

                        break;
                    case '{':
                        if (!TranslateBraces(s, ref i, regex, ranges))
                        {
                            return false;
                        }

                        break;
                    case ',' or '}' when insideBraces:
                        return true;
                    case '\\' when i + 1 < s.Length:
                        regex.Append(Regex.Escape(s[i + 1].ToString()));
                        i += 2;
                        break;
                    default:
                        regex.Append(Regex.Escape(c.ToString()));
                        i++;
                        break;
                }
            }

            return !insideBraces;
        }

        private static bool TranslateClass(string s, ref int i, StringBuilder regex)
        {
            var close = s.IndexOf(']', i + 1);
            if (close < 0)
            {
                return false;
            }

            var body = s.Substring(i + 1, close - i - 1);
            var negate = body.StartsWith("!", StringComparison.Ordinal);
            if (negate)
            {
                body = body.Substring(1);
            }

            regex.Append('[');
            if (negate)
            {
                regex.Append('^');
            }

            foreach (var ch in body)
            {
                regex.Append(ch is '\\' or ']' or '[' or '^' ? "\\" + ch : ch.ToString());
            }

            regex.Append(']');
            i = close + 1;
            return true;
        }

        private static bool TranslateBraces(string s, ref int i, StringBuilder regex, List<(int, int)> ranges)
        {
            var close = s.IndexOf('}', i + 1);
            var range = close < 0 ? null : Regex.Match(s.Substring(i + 1, close - i - 1), @"^([+-]?\d+)\.\.([+-]?\d+)$");
            if (range is { Success: true })
            {
                var a = int.Parse(range.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                var b = int.Parse(range.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
                regex.Append("(?<n").Append(ranges.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(@">[+-]?\d+)");
                ranges.Add((Math.Min(a, b), Math.Max(a, b)));
                i = close + 1;
                return true;
            }

            // {a,b,c}: alternatives, each a glob of its own.
            regex.Append("(?:");
            i++;
            while (true)
            {
                if (!Translate(s, ref i, regex, ranges, insideBraces: true) || i >= s.Length)
                {
                    return false;
                }

                if (s[i] == '}')
                {
                    regex.Append(')');
                    i++;
                    return true;
                }

                regex.Append('|');
                i++;
            }
        }
    }
}
