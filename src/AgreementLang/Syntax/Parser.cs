using AgreementLang.Diagnostics;
using Sprache;
using AgreementLang.Text;

namespace AgreementLang.Syntax;

/// <summary>Turns a source text into a <see cref="DocumentSyntax"/>. The block structure (declarations,
/// braces, one clause per line) is walked here by hand, so that recovery and the depth limit are plain loops;
/// each clause is parsed by its Sprache parser from <see cref="Grammar"/>. Never throws: every problem becomes
/// a diagnostic, and after a broken clause the parser skips to the next clause boundary at the same brace
/// depth and goes on.</summary>
public sealed partial class Parser
{
    /// <summary>Files larger than this are refused with AGR006 (32 Mi characters: room for a 20 MB generated
    /// corpus, far beyond any real agreement).</summary>
    public const int MaxFileLength = 32 * 1024 * 1024;

    /// <summary>Lines longer than this get AGR010 (and are still parsed): no drafted clause comes near it, so such
    /// a line is generated or corrupted text.</summary>
    public const int MaxLineLength = 16 * 1024;

    /// <summary>Blocks nested deeper than this are skipped with AGR005, to avoid a stack overflow.</summary>
    public const int MaxDepth = 32;

    /// <summary>After this many syntax diagnostics in one file the parser stops with AGR012: a file of 32 Mi
    /// closing braces would otherwise make 33 million diagnostics and exhaust memory, and nobody reads past the
    /// first thousand.</summary>
    public const int MaxDiagnostics = 1_000;

    private readonly SourceText _text;
    private readonly string _s;
    private readonly List<Diagnostic> _diagnostics = new();
    private readonly List<CommentSyntax> _comments = new();
    private readonly NameTable _names;
    private readonly ParseSource _source;
    private int _pos;
    private bool _stopped;

    private Parser(SourceText text)
    {
        _text = text;
        _s = text.Text;
        _names = new NameTable(text.Length);
        _source = new ParseSource(text, _names);
    }

    public static DocumentSyntax Parse(SourceText text)
    {
        var parser = new Parser(text);
        var declarations = parser.ParseFile();
        return new DocumentSyntax(text, declarations, parser._comments, parser._diagnostics);
    }

    public static DocumentSyntax Parse(string path, string text) => Parse(new SourceText(path, text));

    private IReadOnlyList<DeclarationSyntax> ParseFile()
    {
        var declarations = new List<DeclarationSyntax>();
        if (_s.Length > MaxFileLength)
        {
            Add(Diagnostic.FileTooLarge(At(new TextSpan(0, 0)),
                _s.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " characters", MaxFileLength));
            return declarations;
        }

        if (_s.Length > 0 && _s[0] == '\uFEFF')
        {
            _pos = 1;
        }

        CheckLineLengths();

        while (true)
        {
            SkipTrivia();
            if (_pos >= _s.Length || _stopped)
            {
                return declarations;
            }

            if (_s[_pos] == '}')
            {
                Add(Diagnostic.UnexpectedCloseBrace(At(new TextSpan(_pos, 1))));
                _pos++;
                continue;
            }

            var start = _pos;
            var word = WordAt(_pos);
            if (word is not null && Grammar.Declarations.TryGetValue(word, out var header))
            {
                var declaration = ParseDeclaration(header, start);
                if (declaration is not null)
                {
                    declarations.Add(declaration);
                }

                continue;
            }

            if (word is not null)
            {
                Add(Diagnostic.UnknownClause(At(TokenSpan(start)), word, "a file (a declaration)",
                    Suggestion(word, Grammar.Declarations.Keys)));
            }
            else
            {
                Add(Diagnostic.UnexpectedToken(At(TokenSpan(start)),
                    "a declaration such as agreement, zone, facility or producer", Lexical.DescribeAt(_s, start)));
            }

            SkipToClauseBoundary();
        }
    }

    private DeclarationSyntax? ParseDeclaration(Parser<DeclarationHeader> header, int start)
    {
        var result = Run(header, start);
        if (!result.WasSuccessful)
        {
            ReportFailure(result);
            SkipToClauseBoundary();
            return null;
        }

        var head = result.Value;
        _pos = ((SourceInput)result.Remainder).Position;
        if (head.Block is null)
        {
            ExpectEndOfClause(head.Description);
            return head.Build(Array.Empty<ClauseSyntax>(), TextSpan.FromBounds(start, head.Span.End));
        }

        var open = Lexical.SkipSpaces(_s, _pos);
        if (open >= _s.Length || _s[open] != '{')
        {
            Add(Diagnostic.UnexpectedToken(At(TokenSpan(open)), "'{' to open the block of " + head.Description,
                Lexical.DescribeAt(_s, open)));
            SkipToClauseBoundary();
            return head.Build(Array.Empty<ClauseSyntax>(), TextSpan.FromBounds(start, head.Span.End));
        }

        _pos = open;
        var body = ParseBlock(head.Block, head.Description, nestedIn: null, depth: 1);
        return head.Build(body, TextSpan.FromBounds(start, _pos));
    }

    /// <summary>Parses a block whose '{' is at the current position; returns at the position after its '}'. The block
    /// belongs to a declaration (<paramref name="owner"/> describes it) or to a clause (<paramref name="nestedIn"/>, which
    /// is described only if a message needs it: the description would otherwise be garbage made for every floor).</summary>
    private IReadOnlyList<ClauseSyntax> ParseBlock(BlockGrammar grammar, string? owner, ClauseSyntax? nestedIn, int depth)
    {
        var open = _pos;
        if (depth > MaxDepth || !HasStackRoom())
        {
            Add(Diagnostic.NestingTooDeep(At(new TextSpan(open, 1)), MaxDepth));
            SkipToClauseBoundary();
            return Array.Empty<ClauseSyntax>();
        }

        _pos++;
        var clauses = new List<ClauseSyntax>();
        while (true)
        {
            SkipTrivia();
            if (_stopped)
            {
                return clauses;
            }

            if (_pos >= _s.Length)
            {
                owner ??= NestedOwner(nestedIn!);
                Add(Diagnostic.MissingCloseBrace(At(new TextSpan(open, 1)), owner));
                return clauses;
            }

            if (_s[_pos] == '}')
            {
                _pos++;
                return clauses;
            }

            var start = _pos;
            var word = WordAt(start);
            if (word is null || !grammar.Clauses.TryGetValue(word, out var clauseParser))
            {
                if (word is null)
                {
                    Add(Diagnostic.UnexpectedToken(At(TokenSpan(start)), "a clause of " + grammar.Description + " or '}'",
                        Lexical.DescribeAt(_s, start)));
                }
                else
                {
                    Add(Diagnostic.UnknownClause(At(TokenSpan(start)), word, grammar.Description,
                        Suggestion(word, grammar.Clauses.Keys)));
                }

                SkipToClauseBoundary();
                continue;
            }

            var result = Run(clauseParser, start);
            if (!result.WasSuccessful)
            {
                ReportFailure(result);
                SkipToClauseBoundary();
                continue;
            }

            var clause = result.Value;
            _pos = ((SourceInput)result.Remainder).Position;
            var next = Lexical.SkipSpaces(_s, _pos);
            if (next < _s.Length && _s[next] == '{')
            {
                _pos = next;
                if (Grammar.NestedBlock(clause) is { } nested)
                {
                    var body = ParseBlock(nested, owner: null, nestedIn: clause, depth + 1);
                    var span = TextSpan.FromBounds(clause.Span.Start, _pos);
                    clause = clause switch
                    {
                        FloorClause floor => floor with { Body = body, Span = span },
                        FinancingClauseSyntax financing => financing with { Body = body, Span = span },
                        _ => clause,
                    };
                }
                else
                {
                    Add(Diagnostic.UnexpectedToken(At(new TextSpan(next, 1)), "the end of the '" + word + "' clause, which takes no block",
                        "'{'"));
                    SkipToClauseBoundary();
                }
            }
            else
            {
                ExpectEndOfClause(word, list: clause is PartyListClause or ExportDutyBanClause or ParticipantsClause or BuyersClause, clauseWord: true);
            }

            clauses.Add(clause);
        }
    }

    private IResult<T> Run<T>(Parser<T> parser, int start)
    {
        try
        {
            return parser(new SourceInput(_source, start));
        }
        catch (Exception e) when (e is ParseException or InvalidOperationException or ArgumentException or OverflowException)
        {
            // Sprache can throw from inside TryParse (sprache issue 166); our grammar avoids Parse.Ref, but a
            // parser must never throw, so anything left is turned into a diagnostic at the clause.
            return Results.Failure<T>(new SourceInput(_source, start), e.Message, new[] { "a well-formed clause" });
        }
    }

    /// <param name="what">What ends here, or, with <paramref name="clauseWord"/>, the first word of the clause, from which
    /// the description is made only when a message needs it (most clauses end where they should).</param>
    private void ExpectEndOfClause(string what, bool list = false, bool clauseWord = false)
    {
        var next = Lexical.SkipSpaces(_s, _pos);
        if (next >= _s.Length || Lexical.IsLineBreak(_s[next]) || _s[next] == '}' || IsCommentStart(next))
        {
            _pos = next;
            return;
        }

        if (clauseWord)
        {
            what = "'" + what + "' clause";
        }

        var previous = Lexical.PreviousToken(_s, _pos);
        Add(Diagnostic.UnexpectedToken(At(TokenSpan(next)),
            (list ? "',' or " : "") + "the end of the " + what + (previous is null ? "" : " after '" + previous + "'"),
            Lexical.DescribeAt(_s, next) + (list && WordAt(next) is not null ? "; the items of a list are separated by commas" : "")));
        SkipToClauseBoundary();
    }

    private void ReportFailure<T>(IResult<T> result)
    {
        if (LexicalFailure.TryDecode(result.Message, out var descriptor, out var span, out var args))
        {
            Add(LexicalDiagnostic.Of(descriptor, At(span), args));
            return;
        }

        var at = ((SourceInput)result.Remainder).Position;
        var tokenStart = Lexical.SkipSpaces(_s, at);
        var expected = JoinAlternatives(result.Expectations);
        var previous = Lexical.PreviousToken(_s, at);
        if (previous is not null)
        {
            expected += " after '" + previous + "'";
        }

        // A misspelt keyword ("refrence", "quartely", "load") gets a did-you-mean from the keywords expected here.
        var found = Lexical.DescribeAt(_s, tokenStart);
        var word = WordAt(tokenStart);
        if (word is not null)
        {
            var candidates = result.Expectations.SelectMany(Tokens.CandidateWords).Where(c => c != word);
            found += Suggestion(word, candidates);
        }

        Add(Diagnostic.UnexpectedToken(At(TokenSpan(tokenStart)), expected, found));
    }

    /// <summary>Recovery: moves to the end of the current line at the current brace depth, skipping whole
    /// blocks opened on the way (iteratively, however deep), and stopping before a '}' that closes the
    /// enclosing block.</summary>
    private void SkipToClauseBoundary()
    {
        var depth = 0;
        var reportedDepth = false;
        var firstOpen = -1;
        while (_pos < _s.Length)
        {
            var c = _s[_pos];
            if (c == '"')
            {
                _pos++;
                while (_pos < _s.Length && _s[_pos] != '"' && !Lexical.IsLineBreak(_s[_pos]))
                {
                    _pos++;
                }

                if (_pos < _s.Length && _s[_pos] == '"')
                {
                    _pos++;
                }

                continue;
            }

            if (IsCommentStart(_pos))
            {
                while (_pos < _s.Length && !Lexical.IsLineBreak(_s[_pos]))
                {
                    _pos++;
                }

                continue;
            }

            if (c == '{')
            {
                if (depth == 0)
                {
                    firstOpen = _pos;
                }

                depth++;
                if (depth > MaxDepth && !reportedDepth)
                {
                    reportedDepth = true;
                    Add(Diagnostic.NestingTooDeep(At(new TextSpan(_pos, 1)), MaxDepth));
                }
            }
            else if (c == '}')
            {
                if (depth == 0)
                {
                    return;
                }

                depth--;
            }
            else if (Lexical.IsLineBreak(c) && depth == 0)
            {
                return;
            }

            _pos++;
        }

        if (depth > 0 && !reportedDepth)
        {
            Add(Diagnostic.MissingCloseBrace(At(new TextSpan(firstOpen, 1)), "the skipped clause"));
        }
    }

    private void CheckLineLengths()
    {
        var line = 1;
        var start = 0;
        var reported = 0;
        for (var i = 0; i <= _s.Length && reported < 10; i++)
        {
            if (i < _s.Length && !Lexical.IsLineBreak(_s[i]))
            {
                continue;
            }

            if (i - start > MaxLineLength)
            {
                Add(Diagnostic.LineTooLong(At(new TextSpan(start + MaxLineLength, 1)), line, i - start, MaxLineLength));
                reported++;
            }

            if (i + 1 < _s.Length && _s[i] == '\r' && _s[i + 1] == '\n')
            {
                i++;
            }

            line++;
            start = i + 1;
        }
    }

    private Location At(TextSpan span) => new(_text, span);

    private void Add(Diagnostic diagnostic)
    {
        if (_stopped)
        {
            return;
        }

        if (_diagnostics.Count >= MaxDiagnostics)
        {
            // Stop here: the loops see _stopped and return, and the rest of the file is not parsed.
            _stopped = true;
            _diagnostics.Add(Diagnostic.TooManyDiagnostics(diagnostic.Location, MaxDiagnostics));
            return;
        }

        _diagnostics.Add(diagnostic);
    }
}
