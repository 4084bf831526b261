using System.Runtime.CompilerServices;
using AgreementLang.Catalog;
using AgreementLang.Text;

namespace AgreementLang.Syntax;

/// <summary>The parser's reading of the text between and around clauses: trivia and comments, the word at a position,
/// the span of a token, the list of what was expected and the did-you-mean of a misspelt word, for messages; the stack
/// room left for a nested block.</summary>
public sealed partial class Parser
{
    private static string JoinAlternatives(IEnumerable<string> expectations)
    {
        var list = expectations.Distinct().ToList();
        return list.Count switch
        {
            0 => "a well-formed clause",
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " or " + list[list.Count - 1],
        };
    }

    /// <summary>Skips spaces, line breaks and comments, keeping the comments.</summary>
    private void SkipTrivia()
    {
        while (_pos < _s.Length)
        {
            var c = _s[_pos];
            if (Lexical.IsSpace(c) || Lexical.IsLineBreak(c))
            {
                _pos++;
            }
            else if (IsCommentStart(_pos))
            {
                var end = _pos;
                while (end < _s.Length && !Lexical.IsLineBreak(_s[end]))
                {
                    end++;
                }

                _comments.Add(new CommentSyntax(_s.Substring(_pos, end - _pos), TextSpan.FromBounds(_pos, end)));
                _pos = end;
            }
            else
            {
                return;
            }
        }
    }

    private static string NestedOwner(ClauseSyntax clause) =>
        clause is FloorClause f ? "the floor for " + f.Subject.Mineral.Text + " " + f.Subject.Stage.Text : "the financing clause";

    private bool IsCommentStart(int i) => i + 1 < _s.Length && _s[i] == '/' && _s[i + 1] == '/';

    private string? WordAt(int i)
    {
        var end = Lexical.ScanName(_s, i);
        return end > i ? _names.Get(_s, i, end - i) : null;
    }

    private TextSpan TokenSpan(int start)
    {
        if (start >= _s.Length)
        {
            return new TextSpan(_s.Length, 0);
        }

        var end = Lexical.ScanName(_s, start);
        return end > start ? TextSpan.FromBounds(start, end) : new TextSpan(start, char.IsHighSurrogate(_s[start]) && start + 1 < _s.Length ? 2 : 1);
    }

    private static string Suggestion(string word, IEnumerable<string> candidates)
    {
        var best = MineralCatalog.Suggest(word, candidates).FirstOrDefault();
        return best is null ? "" : "; did you mean '" + best + "'?";
    }

    private static bool HasStackRoom()
    {
        try
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            return true;
        }
        catch (InsufficientExecutionStackException)
        {
            return false;
        }
    }
}
