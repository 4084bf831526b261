using System.Text.RegularExpressions;

namespace AgreementLang.Tests.Syntax;

/// <summary>
/// grammar/agreement.ebnf read as a grammar, not as a list of words: its productions (ISO/IEC 14977 as the file
/// uses it — <c>,</c> sequence, <c>|</c> choice, <c>[ ]</c> option, <c>{ }</c> repetition, <c>( )</c> group,
/// <c>-</c> exception, quoted terminals, <c>(* *)</c> comments) and a recogniser that decides whether a token
/// stream of an .agr text is a sentence of one of them. The lexical productions (names, numbers, dates, strings)
/// are defined in the EBNF character by character; the recogniser matches them as whole tokens, by the same
/// shapes (<see cref="Lexical"/>), so the test compares every production above the level of tokens.
/// </summary>
internal sealed class Ebnf
{
    /// <summary>Productions the recogniser matches as one token each; each must still be defined in the EBNF.</summary>
    public static readonly IReadOnlyDictionary<string, Func<Token, bool>> Lexical = new Dictionary<string, Func<Token, bool>>(StringComparer.Ordinal)
    {
        ["name"] = t => t.Kind == TokenKind.Word,
        ["currency"] = t => t.Kind == TokenKind.Word && Regex.IsMatch(t.Text, "^[A-Z]{3}$"),
        ["string"] = t => t.Kind == TokenKind.String,
        ["date"] = t => t.Kind == TokenKind.Date,
        ["amount"] = t => t.Kind == TokenKind.Number && Regex.IsMatch(t.Text, @"^\d+(,\d{3})*(\.\d+)?$"),
        ["integer"] = t => t.Kind == TokenKind.Number && Regex.IsMatch(t.Text, @"^\d+$"),
        ["digits"] = t => t.Kind == TokenKind.Number && Regex.IsMatch(t.Text, @"^\d+$"),
        ["hs-code"] = t => t.Kind == TokenKind.Number && Regex.IsMatch(t.Text, @"^\d+(\.\d+)*$"),
    };

    /// <summary>Character classes the EBNF uses inside lexical productions and leaves to the reader.</summary>
    public static readonly IReadOnlySet<string> CharacterClasses = new HashSet<string>(StringComparer.Ordinal)
    {
        "letter", "digit", "upper", "character", "line-break",
    };

    private Ebnf(IReadOnlyDictionary<string, Expr> productions, IReadOnlyList<string> order, IReadOnlySet<string>? keywords = null)
    {
        Productions = productions;
        Order = order;
        Keywords = keywords ?? new HashSet<string>(productions.Values.SelectMany(Terminals).Where(t => Regex.IsMatch(t, "^[A-Za-z]")), StringComparer.Ordinal);
    }

    /// <summary>The same grammar with one production removed: its definition matches nothing. Keywords stay
    /// keywords, as the parser still knows them.</summary>
    public Ebnf Without(string production)
    {
        var productions = new Dictionary<string, Expr>(Productions, StringComparer.Ordinal) { [production] = new Alt(Array.Empty<Expr>()) };
        return new Ebnf(productions, Order, Keywords);
    }

    /// <summary>Every production by name.</summary>
    public IReadOnlyDictionary<string, Expr> Productions { get; }

    /// <summary>Production names in the order the file defines them.</summary>
    public IReadOnlyList<string> Order { get; }

    /// <summary>Quoted words: a name token spelled like one of them is that keyword, never a name.</summary>
    public IReadOnlySet<string> Keywords { get; }

    public static Ebnf Parse(string text)
    {
        text = Regex.Replace(text, @"\(\*.*?\*\)", " ", RegexOptions.Singleline);
        var tokens = Regex.Matches(text, "\"[^\"]*\"|'[^']*'|[a-z][a-z0-9-]*|[=,|\\[\\]{}();-]|\\S")
            .Select(m => m.Value).ToList();
        var productions = new Dictionary<string, Expr>(StringComparer.Ordinal);
        var order = new List<string>();
        var reader = new Reader(tokens);
        while (!reader.AtEnd)
        {
            var name = reader.Next();
            reader.Expect("=");
            var expr = reader.Choice();
            reader.Expect(";");
            if (!productions.TryAdd(name, expr))
            {
                throw new FormatException("production '" + name + "' is defined twice");
            }

            order.Add(name);
        }

        return new Ebnf(productions, order);
    }

    /// <summary>Every production a production's definition names.</summary>
    public static IEnumerable<string> References(Expr expr) => expr switch
    {
        Ref r => new[] { r.Name },
        Seq s => s.Items.SelectMany(References),
        Alt a => a.Items.SelectMany(References),
        Opt o => References(o.Item),
        Rep r => References(r.Item),
        Except e => References(e.Item).Concat(References(e.Without)),
        _ => Array.Empty<string>(),
    };

    public static IEnumerable<string> Terminals(Expr expr) => expr switch
    {
        Term t => new[] { t.Text },
        Seq s => s.Items.SelectMany(Terminals),
        Alt a => a.Items.SelectMany(Terminals),
        Opt o => Terminals(o.Item),
        Rep r => Terminals(r.Item),
        Except e => Terminals(e.Item).Concat(Terminals(e.Without)),
        _ => Array.Empty<string>(),
    };

    /// <summary>The tokens of an .agr text as the language reads them: comments dropped, strings whole.</summary>
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        foreach (Match m in Regex.Matches(text,
                     "//[^\\n]*|(?<s>\"(?:\\\\.|[^\"\\\\\\n])*\")|(?<d>\\d{4}-\\d{2}-\\d{2})(?![0-9A-Za-z])|(?<n>\\d[\\d,]*(?:\\.\\d+)*)|" +
                     "(?<w>[A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z0-9]+)*)|(?<y>->|[{}(),=+%])|(?<x>\\S)"))
        {
            var kind = m.Groups["s"].Success ? TokenKind.String
                : m.Groups["d"].Success ? TokenKind.Date
                : m.Groups["n"].Success ? TokenKind.Number
                : m.Groups["w"].Success ? TokenKind.Word
                : m.Groups["y"].Success ? TokenKind.Symbol
                : m.Groups["x"].Success ? TokenKind.Other
                : (TokenKind?)null;
            if (kind is { } k)
            {
                tokens.Add(new Token(k, m.Value, m.Index));
            }
        }

        return tokens;
    }

    /// <summary>Whether the whole token stream is a sentence of <paramref name="start"/>; if not, the index of the
    /// furthest token any attempt reached, where the EBNF and the text part.</summary>
    public (bool Matches, int Furthest) Recognise(string start, IReadOnlyList<Token> tokens)
    {
        var recogniser = new Recogniser(this, tokens);
        var ends = recogniser.Match(new Ref(start), 0);
        return (ends.Contains(tokens.Count), recogniser.Furthest);
    }

    public abstract record Expr;

    public sealed record Term(string Text) : Expr;

    public sealed record Ref(string Name) : Expr;

    public sealed record Seq(IReadOnlyList<Expr> Items) : Expr;

    public sealed record Alt(IReadOnlyList<Expr> Items) : Expr;

    public sealed record Opt(Expr Item) : Expr;

    public sealed record Rep(Expr Item) : Expr;

    public sealed record Except(Expr Item, Expr Without) : Expr;

    public enum TokenKind
    {
        Word,
        Number,
        Date,
        String,
        Symbol,
        Other,
    }

    public readonly record struct Token(TokenKind Kind, string Text, int Offset);

    private sealed class Reader(List<string> tokens)
    {
        private int _at;

        public bool AtEnd => _at >= tokens.Count;

        public string Next() => AtEnd ? throw new FormatException("the EBNF ends inside a production") : tokens[_at++];

        public void Expect(string token)
        {
            var found = Next();
            if (found != token)
            {
                throw new FormatException($"expected '{token}' in the EBNF, found '{found}' (token {_at})");
            }
        }

        public Expr Choice()
        {
            var items = new List<Expr> { Sequence() };
            while (!AtEnd && tokens[_at] == "|")
            {
                _at++;
                items.Add(Sequence());
            }

            return items.Count == 1 ? items[0] : new Alt(items);
        }

        private Expr Sequence()
        {
            var items = new List<Expr> { Difference() };
            while (!AtEnd && tokens[_at] == ",")
            {
                _at++;
                items.Add(Difference());
            }

            return items.Count == 1 ? items[0] : new Seq(items);
        }

        private Expr Difference()
        {
            var item = Primary();
            if (!AtEnd && tokens[_at] == "-")
            {
                _at++;
                return new Except(item, Primary());
            }

            return item;
        }

        private Expr Primary()
        {
            var token = Next();
            switch (token)
            {
                case "[":
                    var option = Choice();
                    Expect("]");
                    return new Opt(option);
                case "{":
                    var repeated = Choice();
                    Expect("}");
                    return new Rep(repeated);
                case "(":
                    var group = Choice();
                    Expect(")");
                    return group;
            }

            if (token.Length >= 2 && (token[0] == '"' || token[0] == '\''))
            {
                return new Term(token.Substring(1, token.Length - 2));
            }

            if (Regex.IsMatch(token, "^[a-z][a-z0-9-]*$"))
            {
                return new Ref(token);
            }

            throw new FormatException($"unexpected '{token}' in the EBNF (token {_at})");
        }
    }

    /// <summary>A recogniser by sets of end positions: each expression, from a position, gives every position at
    /// which it can end; productions are memoised per position, so alternatives cost no backtracking blow-up.</summary>
    private sealed class Recogniser(Ebnf grammar, IReadOnlyList<Token> tokens)
    {
        private readonly Dictionary<(string, int), SortedSet<int>> _memo = new();

        public int Furthest { get; private set; }

        public SortedSet<int> Match(Expr expr, int at)
        {
            switch (expr)
            {
                case Term term:
                    return One(at < tokens.Count && tokens[at].Text == term.Text && tokens[at].Kind is TokenKind.Word or TokenKind.Symbol, at);
                case Ref reference:
                    return Production(reference.Name, at);
                case Seq seq:
                    var current = new SortedSet<int> { at };
                    foreach (var item in seq.Items)
                    {
                        var next = new SortedSet<int>();
                        foreach (var position in current)
                        {
                            next.UnionWith(Match(item, position));
                        }

                        if (next.Count == 0)
                        {
                            return next;
                        }

                        current = next;
                    }

                    return current;
                case Alt alt:
                    var any = new SortedSet<int>();
                    foreach (var item in alt.Items)
                    {
                        any.UnionWith(Match(item, at));
                    }

                    return any;
                case Opt opt:
                    var optional = Match(opt.Item, at);
                    optional.Add(at);
                    return optional;
                case Rep rep:
                    var reached = new SortedSet<int> { at };
                    var frontier = new Queue<int>(reached);
                    while (frontier.Count > 0)
                    {
                        foreach (var end in Match(rep.Item, frontier.Dequeue()))
                        {
                            if (reached.Add(end))
                            {
                                frontier.Enqueue(end);
                            }
                        }
                    }

                    return reached;
                default:
                    throw new InvalidOperationException("an exception ('-') is only used inside lexical productions: " + expr);
            }
        }

        private SortedSet<int> Production(string name, int at)
        {
            if (Lexical.TryGetValue(name, out var token))
            {
                // A word spelled like a keyword is the keyword, never a name (docs/language.md, 2.3).
                return One(at < tokens.Count && token(tokens[at]) && !(name == "name" && grammar.Keywords.Contains(tokens[at].Text)), at);
            }

            if (_memo.TryGetValue((name, at), out var known))
            {
                return new SortedSet<int>(known);
            }

            if (!grammar.Productions.TryGetValue(name, out var definition))
            {
                throw new InvalidOperationException("production '" + name + "' is used but not defined in the EBNF");
            }

            _memo[(name, at)] = new SortedSet<int>();   // no production of the language is left-recursive
            var ends = Match(definition, at);
            _memo[(name, at)] = ends;
            return new SortedSet<int>(ends);
        }

        private SortedSet<int> One(bool matches, int at)
        {
            if (!matches)
            {
                return new SortedSet<int>();
            }

            Furthest = Math.Max(Furthest, at + 1);
            return new SortedSet<int> { at + 1 };
        }
    }
}
