using System.Globalization;

namespace AgreementLang.Configuration;

/// <summary>An <c>.editorconfig</c> section name as the compiler reads it: <c>*</c> any characters but <c>/</c>,
/// <c>**</c> any characters, <c>?</c> one character but <c>/</c>, <c>[abc]</c>, <c>[a-z]</c> and <c>[!abc]</c> a
/// class, <c>{a,b}</c> alternatives (nested), <c>{1..9}</c> an integer in the range (optional <c>-</c> and leading
/// zeros, as the compiler parses it), <c>\x</c> the character x.
///
/// Matched by a Thompson automaton simulated over the path (a set of states advanced one character at a time), so
/// a match costs at most the path's length times the automaton's size, whatever the pattern: the compiler's own
/// route, a .NET regular expression, backtracks exponentially on <c>[*a*a*a*a*a*a*a*a*a*a*b]</c> (over a minute
/// for a name of 40 <c>a</c>s), and netstandard2.0, where the analyzer runs, has neither
/// <c>RegexOptions.NonBacktracking</c> nor any glob package that promises linear time, so the matcher is written
/// here. Patterns are bounded (<see cref="MaxLength"/>, <see cref="MaxBraceDepth"/>, <see cref="MaxRangeSize"/>,
/// <see cref="MaxStates"/>); one beyond a bound, or malformed (an unclosed <c>{</c>, a number that is not an
/// <see cref="int"/>), is refused with a reason, never an exception.</summary>
public sealed class EditorConfigGlob
{
    /// <summary>The longest section name accepted, in characters.</summary>
    public const int MaxLength = 1024;

    /// <summary>How deep <c>{…}</c> may nest.</summary>
    public const int MaxBraceDepth = 16;

    /// <summary>The most integers one <c>{a..b}</c> may cover.</summary>
    public const int MaxRangeSize = 10_000;

    /// <summary>The most automaton states one section name may need (number ranges take the most).</summary>
    public const int MaxStates = 100_000;

    private const byte Epsilon = 0;
    private const byte Literal = 1;
    private const byte AnyButSlash = 2;
    private const byte AnyChar = 3;
    private const byte Class = 4;
    private const byte Accept = 5;

    private readonly List<byte> _kind = new();
    private readonly List<char> _char = new();
    private readonly List<int> _next = new();
    private readonly List<int[]?> _targets = new();
    private readonly List<CharClass?> _classes = new();
    private int _start;

    private EditorConfigGlob()
    {
    }

    /// <summary>The section name as written.</summary>
    public string Pattern { get; private set; } = string.Empty;

    /// <summary>Compiles a section name; null with a reason when it is malformed or beyond a bound. A name without
    /// <c>/</c> matches a file name in the folder or any folder below; with one, the path from the folder (a
    /// leading <c>/</c> is dropped).</summary>
    public static EditorConfigGlob? TryCreate(string sectionName, out string? error)
    {
        var glob = new EditorConfigGlob { Pattern = sectionName };
        error = glob.Compile(sectionName);
        return error is null ? glob : null;
    }

    /// <summary>Whether the path (relative to the .editorconfig's folder, with <c>/</c> separators) matches.</summary>
    public bool IsMatch(string relativePath)
    {
        var count = _kind.Count;
        var marks = new int[count];
        var generation = 1;
        var current = new List<int>();
        var next = new List<int>();
        var stack = new Stack<int>();
        AddClosure(_start, current, marks, generation, stack);
        foreach (var c in relativePath)
        {
            generation++;
            next.Clear();
            foreach (var state in current)
            {
                if (Consumes(state, c))
                {
                    AddClosure(_next[state], next, marks, generation, stack);
                }
            }

            (current, next) = (next, current);
            if (current.Count == 0)
            {
                return false;
            }
        }

        foreach (var state in current)
        {
            if (_kind[state] == Accept)
            {
                return true;
            }
        }

        return false;
    }

    private bool Consumes(int state, char c) => _kind[state] switch
    {
        Literal => _char[state] == c,
        AnyButSlash => c != '/',
        AnyChar => true,
        Class => _classes[state]!.Matches(c),
        _ => false,
    };

    private void AddClosure(int state, List<int> into, int[] marks, int generation, Stack<int> stack)
    {
        stack.Push(state);
        while (stack.Count > 0)
        {
            var s = stack.Pop();
            if (marks[s] == generation)
            {
                continue;
            }

            marks[s] = generation;
            if (_kind[s] == Epsilon)
            {
                var targets = _targets[s]!;
                for (var i = targets.Length - 1; i >= 0; i--)
                {
                    stack.Push(targets[i]);
                }
            }
            else
            {
                into.Add(s);
            }
        }
    }

    private string? Compile(string sectionName)
    {
        if (sectionName.Length == 0)
        {
            return "the section name is empty";
        }

        if (sectionName.Length > MaxLength)
        {
            return "the section name is longer than " + MaxLength.ToString(CultureInfo.InvariantCulture) + " characters";
        }

        var hasSlash = sectionName.IndexOf('/') >= 0;
        var pattern = hasSlash && sectionName[0] == '/' ? sectionName.Substring(1) : sectionName;
        var index = 0;
        var parsed = ParseSequence(pattern, ref index, depth: 0, out var error);
        if (parsed is null)
        {
            return error;
        }

        if (index != pattern.Length)
        {
            return "'" + pattern[index] + "' at column " + (index + 1).ToString(CultureInfo.InvariantCulture) + " closes nothing";
        }

        var accept = Add(Accept);
        var start = Build(parsed, accept, out error);
        if (error is not null)
        {
            return error;
        }

        if (!hasSlash)
        {
            // (any characters, then '/')? before the name: a file name in any folder below.
            var loop = Add(Epsilon);
            var any = Add(AnyChar);
            var slash = Add(Literal, '/');
            _next[any] = loop;
            _next[slash] = start;
            _targets[loop] = new[] { any, slash };
            var entry = Add(Epsilon);
            _targets[entry] = new[] { start, loop };
            start = entry;
        }

        _start = start;
        return _kind.Count > MaxStates ? TooComplex : null;
    }

    private static string TooComplex => "the section name needs more than " + MaxStates.ToString(CultureInfo.InvariantCulture) + " states to match";

    private int Add(byte kind, char c = '\0')
    {
        _kind.Add(kind);
        _char.Add(c);
        _next.Add(-1);
        _targets.Add(null);
        _classes.Add(null);
        return _kind.Count - 1;
    }

    /// <summary>Builds the states of a sequence from its end, each part given the state that follows it.</summary>
    private int Build(List<Node> sequence, int next, out string? error)
    {
        error = null;
        for (var i = sequence.Count - 1; i >= 0; i--)
        {
            if (_kind.Count > MaxStates)
            {
                error = TooComplex;
                return next;
            }

            var node = sequence[i];
            switch (node.Kind)
            {
                case NodeKind.Literal:
                {
                    var s = Add(Literal, node.Char);
                    _next[s] = next;
                    next = s;
                    break;
                }

                case NodeKind.One:
                {
                    var s = Add(AnyButSlash);
                    _next[s] = next;
                    next = s;
                    break;
                }

                case NodeKind.Star:
                case NodeKind.DoubleStar:
                {
                    var loop = Add(Epsilon);
                    var any = Add(node.Kind == NodeKind.Star ? AnyButSlash : AnyChar);
                    _next[any] = loop;
                    _targets[loop] = new[] { any, next };
                    next = loop;
                    break;
                }

                case NodeKind.Class:
                {
                    var s = Add(Class);
                    _classes[s] = node.Class;
                    _next[s] = next;
                    next = s;
                    break;
                }

                case NodeKind.Alternatives:
                {
                    var starts = new int[node.Alternatives!.Count];
                    for (var a = 0; a < starts.Length; a++)
                    {
                        starts[a] = Build(node.Alternatives[a], next, out error);
                        if (error is not null)
                        {
                            return next;
                        }
                    }

                    var split = Add(Epsilon);
                    _targets[split] = starts;
                    next = split;
                    break;
                }

                case NodeKind.Range:
                    next = BuildRange(node.Low, node.High, next);
                    break;
            }
        }

        return next;
    }

    /// <summary>An integer in [low, high] as int.Parse reads it: an optional '-', any leading zeros, the digits.</summary>
    private int BuildRange(int low, int high, int next)
    {
        var positive = new List<string>();
        var negative = new List<string>();
        for (long n = low; n <= high; n++)
        {
            if (n >= 0)
            {
                positive.Add(n.ToString(CultureInfo.InvariantCulture));
            }

            if (n <= 0)
            {
                negative.Add((-n).ToString(CultureInfo.InvariantCulture));
            }
        }

        var targets = new List<int>();
        if (positive.Count > 0)
        {
            targets.Add(Zeros(Trie(positive, next)));
        }

        if (negative.Count > 0)
        {
            var minus = Add(Literal, '-');
            _next[minus] = Zeros(Trie(negative, next));
            targets.Add(minus);
        }

        var split = Add(Epsilon);
        _targets[split] = targets.ToArray();
        return split;
    }

    /// <summary>Any number of '0's, then the state.</summary>
    private int Zeros(int then)
    {
        var loop = Add(Epsilon);
        var zero = Add(Literal, '0');
        _next[zero] = loop;
        _targets[loop] = new[] { zero, then };
        return loop;
    }

    /// <summary>A trie of the digit strings, each ending in <paramref name="next"/>; built without recursion.</summary>
    private int Trie(List<string> words, int next)
    {
        // Each trie node is an epsilon state: to a literal state per next digit, and to 'next' where a word ends.
        var children = new List<Dictionary<char, int>> { new() };
        var ends = new List<bool> { false };
        foreach (var word in words)
        {
            var node = 0;
            foreach (var c in word)
            {
                if (!children[node].TryGetValue(c, out var child))
                {
                    child = children.Count;
                    children.Add(new Dictionary<char, int>());
                    ends.Add(false);
                    children[node][c] = child;
                }

                node = child;
            }

            ends[node] = true;
        }

        var states = new int[children.Count];
        for (var i = 0; i < states.Length; i++)
        {
            states[i] = Add(Epsilon);
        }

        for (var i = 0; i < states.Length; i++)
        {
            var targets = new List<int>();
            foreach (var pair in children[i].OrderBy(p => p.Key))
            {
                var digit = Add(Literal, pair.Key);
                _next[digit] = states[pair.Value];
                targets.Add(digit);
            }

            if (ends[i])
            {
                targets.Add(next);
            }

            _targets[states[i]] = targets.ToArray();
        }

        return states[0];
    }

    private enum NodeKind
    {
        Literal,
        One,
        Star,
        DoubleStar,
        Class,
        Alternatives,
        Range,
    }

    private sealed class Node
    {
        public NodeKind Kind;
        public char Char;
        public CharClass? Class;
        public List<List<Node>>? Alternatives;
        public int Low;
        public int High;
    }

    /// <summary>Parses until the end, or (inside braces) a ',' or '}' that it leaves for the caller. Recursion
    /// only enters a '{', at most <see cref="MaxBraceDepth"/> deep.</summary>
    private static List<Node>? ParseSequence(string s, ref int i, int depth, out string? error)
    {
        error = null;
        var nodes = new List<Node>();
        while (i < s.Length)
        {
            var c = s[i];
            switch (c)
            {
                case '*' when i + 1 < s.Length && s[i + 1] == '*':
                    nodes.Add(new Node { Kind = NodeKind.DoubleStar });
                    i += 2;
                    break;
                case '*':
                    nodes.Add(new Node { Kind = NodeKind.Star });
                    i++;
                    break;
                case '?':
                    nodes.Add(new Node { Kind = NodeKind.One });
                    i++;
                    break;
                case '[':
                    if (CharClass.TryParse(s, ref i) is { } cls)
                    {
                        nodes.Add(new Node { Kind = NodeKind.Class, Class = cls });
                    }
                    else
                    {
                        nodes.Add(new Node { Kind = NodeKind.Literal, Char = '[' });
                        i++;
                    }

                    break;
                case '{':
                {
                    var open = i;
                    if (TryParseRange(s, ref i, out var low, out var high, out error))
                    {
                        nodes.Add(new Node { Kind = NodeKind.Range, Low = low, High = high });
                        break;
                    }

                    if (error is not null)
                    {
                        return null;
                    }

                    if (depth + 1 > MaxBraceDepth)
                    {
                        error = "braces are nested more than " + MaxBraceDepth.ToString(CultureInfo.InvariantCulture) + " deep";
                        return null;
                    }

                    i++;
                    var alternatives = new List<List<Node>>();
                    while (true)
                    {
                        var alternative = ParseSequence(s, ref i, depth + 1, out error);
                        if (alternative is null)
                        {
                            return null;
                        }

                        alternatives.Add(alternative);
                        if (i >= s.Length)
                        {
                            error = "the '{' at column " + (open + 1).ToString(CultureInfo.InvariantCulture) + " is not closed";
                            return null;
                        }

                        if (s[i++] == '}')
                        {
                            break;
                        }
                    }

                    nodes.Add(new Node { Kind = NodeKind.Alternatives, Alternatives = alternatives });
                    break;
                }

                case ',' or '}' when depth > 0:
                    return nodes;
                case '\\' when i + 1 < s.Length:
                    nodes.Add(new Node { Kind = NodeKind.Literal, Char = s[i + 1] });
                    i += 2;
                    break;
                default:
                    nodes.Add(new Node { Kind = NodeKind.Literal, Char = c });
                    i++;
                    break;
            }
        }

        return nodes;
    }

    /// <summary><c>{low..high}</c> at <paramref name="i"/>: false with no error when the braces hold something
    /// else; false with an error when the numbers are not ints or the range is too large.</summary>
    private static bool TryParseRange(string s, ref int i, out int low, out int high, out string? error)
    {
        low = high = 0;
        error = null;
        var j = i + 1;
        if (!Number(s, ref j, out var first) || j + 1 >= s.Length || s[j] != '.' || s[j + 1] != '.')
        {
            return false;
        }

        j += 2;
        if (!Number(s, ref j, out var second) || j >= s.Length || s[j] != '}')
        {
            return false;
        }

        if (!int.TryParse(first, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out low) ||
            !int.TryParse(second, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out high))
        {
            error = "the number range {" + first + ".." + second + "} does not fit in a 32-bit integer";
            return false;
        }

        if (low > high)
        {
            (low, high) = (high, low);
        }

        if ((long)high - low + 1 > MaxRangeSize)
        {
            error = "the number range {" + first + ".." + second + "} covers more than " + MaxRangeSize.ToString("N0", CultureInfo.InvariantCulture) + " numbers";
            return false;
        }

        i = j + 1;
        return true;
    }

    private static bool Number(string s, ref int j, out string text)
    {
        var start = j;
        if (j < s.Length && s[j] == '-')
        {
            j++;
        }

        var digits = j;
        while (j < s.Length && s[j] >= '0' && s[j] <= '9')
        {
            j++;
        }

        text = s.Substring(start, j - start);
        return j > digits;
    }

    /// <summary><c>[abc]</c>, <c>[a-z]</c>, <c>[!abc]</c>; <c>\x</c> inside is the character x.</summary>
    private sealed class CharClass
    {
        private readonly List<(char Low, char High)> _ranges = new();
        private bool _negated;

        public bool Matches(char c)
        {
            var inside = false;
            foreach (var (low, high) in _ranges)
            {
                if (c >= low && c <= high)
                {
                    inside = true;
                    break;
                }
            }

            return inside != _negated;
        }

        public static CharClass? TryParse(string s, ref int i)
        {
            var j = i + 1;
            var result = new CharClass();
            if (j < s.Length && s[j] == '!')
            {
                result._negated = true;
                j++;
            }

            var chars = new List<char>();
            while (j < s.Length && s[j] != ']')
            {
                if (s[j] == '\\' && j + 1 < s.Length)
                {
                    j++;
                }

                chars.Add(s[j]);
                j++;
            }

            if (j >= s.Length)
            {
                return null;
            }

            for (var k = 0; k < chars.Count; k++)
            {
                if (k + 2 < chars.Count && chars[k + 1] == '-')
                {
                    result._ranges.Add((chars[k], chars[k + 2]));
                    k += 2;
                }
                else
                {
                    result._ranges.Add((chars[k], chars[k]));
                }
            }

            i = j + 1;
            return result;
        }
    }
}
