using System.Collections.Immutable;
using System.Globalization;
using AgreementLang.Diagnostics;
using AgreementLang.Text;

namespace AgreementLang.Rendering.Legal;

/// <summary>Carries the source of each provision through the wording templates. A view's <c>Trace</c> is a
/// marker the template writes where a provision begins (<c>{{Trace}}</c>); <see cref="ArticleText"/> takes the
/// markers out of the text and keeps the places they stand for on the paragraph or point. A provision that a
/// template writes without a marker has no source: it is fixed wording of the instrument's form, and traces
/// list it as such.
///
/// Markers are private-use characters around a number that is random per process, so that no user string
/// (a party's name, an obligation's text) can forge one; they never reach a draft, so the output stays the
/// same from run to run.</summary>
public sealed class Provenance
{
    internal const char Open = '\uE000';
    internal const char Close = '\uE001';

    // Random, not derived from the input: it only has to be unknown to whoever writes the sources.
    internal static readonly string Nonce = Random.Shared.NextInt64(1L << 40, 1L << 50).ToString("x", CultureInfo.InvariantCulture) + ":";

    private readonly List<DraftSource> _sources = [];
    private readonly string _root;

    /// <param name="root">The folder of the set (<see cref="DraftSource.Root"/>), left out of every path.</param>
    public Provenance(string root = "")
    {
        _root = root;
    }
    private readonly Dictionary<DraftSource, int> _index = [];

    public IReadOnlyList<DraftSource> Sources => _sources;

    public string Root => _root;

    /// <summary>The marker for one clause, or "" when there is none.</summary>
    public string Mark(Location? location)
    {
        if (location is null)
        {
            return "";
        }

        var source = DraftSource.Of(location, _root);
        if (!_index.TryGetValue(source, out var i))
        {
            i = _sources.Count;
            _sources.Add(source);
            _index.Add(source, i);
        }

        return Open + Nonce + i.ToString(CultureInfo.InvariantCulture) + Close;
    }

    /// <summary>The markers of several clauses, in order.</summary>
    public string Mark(IEnumerable<Location?> locations)
    {
        var text = "";
        foreach (var location in locations)
        {
            text += Mark(location);
        }

        return text;
    }

    /// <summary>The text without its markers, and the places they stand for (in order, each once).</summary>
    internal static (string Text, ImmutableArray<DraftSource> Sources) Extract(string text, IReadOnlyList<DraftSource>? table)
    {
        var at = text.IndexOf(Open);
        if (at < 0)
        {
            return (text, ImmutableArray<DraftSource>.Empty);
        }

        var builder = new System.Text.StringBuilder(text.Length);
        var sources = ImmutableArray.CreateBuilder<DraftSource>();
        var start = 0;
        while (at >= 0)
        {
            var close = text.IndexOf(Close, at + 1);
            var body = close < 0 ? "" : text.Substring(at + 1, close - at - 1);
            if (close > 0 && body.StartsWith(Nonce, StringComparison.Ordinal) &&
                int.TryParse(body.AsSpan(Nonce.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var i))
            {
                builder.Append(text, start, at - start);
                if (table is not null && i < table.Count && !sources.Contains(table[i]))
                {
                    sources.Add(table[i]);
                }

                start = close + 1;
                at = text.IndexOf(Open, start);
            }
            else
            {
                // User text that happens to hold the character: kept as written.
                at = text.IndexOf(Open, at + 1);
            }
        }

        builder.Append(text, start, text.Length - start);
        return (builder.ToString().Trim(), sources.ToImmutable());
    }
}
