using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using AgreementLang.Rendering.Legal;

namespace AgreementLang.Rendering.AkomaNtoso;

/// <summary>An Aho-Corasick automaton over the parties' full names, reversed and case-folded
/// (<see cref="char.ToUpperInvariant"/>, the per-character folding of ordinal ignore-case comparison): run over
/// the text from its end, the state at each character knows the longest name that starts there, in time linear
/// in the text plus the names.</summary>
internal sealed class PartyNames
{
    private readonly Dictionary<(int State, char Char), int> _next = new();
    private readonly List<int> _fail = new() { 0 };
    private readonly List<DraftParty?> _ends = new() { null };
    private readonly List<int> _depth = new() { 0 };

    // The longest name that is a suffix of a state's string (in reversed text: the longest name starting at
    // the current character).
    private readonly List<DraftParty?> _best = new() { null };

    public PartyNames(IEnumerable<DraftParty> parties)
    {
        foreach (var party in parties)
        {
            var name = party.FullName;
            if (name.Length == 0)
            {
                continue;
            }

            var state = 0;
            for (var i = name.Length - 1; i >= 0; i--)
            {
                var key = (state, char.ToUpperInvariant(name[i]));
                if (!_next.TryGetValue(key, out var next))
                {
                    next = _fail.Count;
                    _next[key] = next;
                    _fail.Add(0);
                    _ends.Add(null);
                    _best.Add(null);
                    _depth.Add(_depth[state] + 1);
                }

                state = next;
            }

            // Of parties with the same name, the first.
            _ends[state] ??= party;
        }

        // Breadth first: failure links, and the best name of each state from its own end or its failure's.
        var children = new List<(char Char, int State)>[_fail.Count];
        foreach (var entry in _next)
        {
            (children[entry.Key.State] ??= new()).Add((entry.Key.Char, entry.Value));
        }

        var queue = new Queue<int>();
        queue.Enqueue(0);
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            _best[state] = _ends[state] ?? (state == 0 ? null : _best[_fail[state]]);
            if (children[state] is not { } list)
            {
                continue;
            }

            foreach (var (c, child) in list)
            {
                _fail[child] = state == 0 ? 0 : Step(_fail[state], c);
                queue.Enqueue(child);
            }
        }
    }

    /// <summary>For each index of <paramref name="text"/>, the party whose name is the longest to start there
    /// (ignoring case), or null.</summary>
    public DraftParty?[] LongestAt(string text)
    {
        var result = new DraftParty?[text.Length];
        var state = 0;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            state = Step(state, char.ToUpperInvariant(text[i]));
            result[i] = _best[state];
        }

        return result;
    }

    private int Step(int state, char c)
    {
        while (true)
        {
            if (_next.TryGetValue((state, c), out var next))
            {
                return next;
            }

            if (state == 0)
            {
                return 0;
            }

            state = _fail[state];
        }
    }
}
