using AgreementLang.Rendering.AkomaNtoso;
using AgreementLang.Rendering.Legal;
using AgreementLang.Tests.Infrastructure;

namespace AgreementLang.Rendering.Tests;

/// <summary>The parties named in an Akoma Ntoso preamble are marked in one pass, exactly where the old search
/// (every name over the rest of the text, for each mark) marked them.</summary>
public sealed class AknPartyTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "agr-akn-parties-" + Guid.NewGuid().ToString("N"));

    public AknPartyTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Names over a small alphabet, so that they overlap, nest, repeat and differ only in case.</summary>
    [Fact]
    public void Party_marks_are_those_of_the_left_to_right_search_for_any_names_and_text()
    {
        var random = new Random(20261204);
        const string alphabet = "aAb ";
        string Word(int max) => new(Enumerable.Range(0, random.Next(0, max + 1)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
        for (var round = 0; round < 3000; round++)
        {
            var parties = Enumerable.Range(0, random.Next(0, 7))
                .Select(i => new DraftParty("P" + i, "p" + i, Word(4), "P" + i, "party"))
                .ToList();
            var text = Word(40);
            Assert.Equal(Reference(text, parties), AknWriter.PartyMarks(text, parties));
        }
    }

    /// <summary>2,000 parties took over two minutes (the search was cubic in the number of parties). A child process
    /// with a generous timeout, so that a regression fails this test rather than hanging the run.</summary>
    [Fact]
    public void Two_thousand_parties_render_to_akoma_ntoso_in_seconds_in_a_child_process()
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < 2000; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"institution P{i:D5} \"Institution {i:D5}\" of US\n");
        }

        text.Append("agreement MANY-2026 \"Agreement among many\" {\n  kind plurilateral\n  signed 2026-02-04 at \"Geneva\"\n")
            .Append("  in force 60 days after notifications\n  term 10 years\n  withdrawal notice 6 months\n");
        for (var i = 0; i < 2000; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"  party P{i:D5} \"the Government of Party P{i:D5}\"\n");
        }

        File.WriteAllText(Path.Combine(_folder, "many.agr"), text.Append("}\n").ToString());
        var result = Agr.Run(TimeSpan.FromSeconds(60), _folder, "render", "many.agr", "--format", "akn", "--out", "out");
        Assert.False(result.TimedOut, "agr render --format akn did not finish in 60 s");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var xml = File.ReadAllText(Path.Combine(_folder, "out", "MANY-2026.akn.xml"));
        Assert.Contains("<party refersTo=\"#p01999\" as=\"#party\">the Government of Party P01999</party>", xml, StringComparison.Ordinal);
    }

    /// <summary>The search as it was: from each point, every name's next occurrence; the earliest, then the
    /// longest, then the first party.</summary>
    private static List<(int Start, DraftParty Party)> Reference(string text, IReadOnlyList<DraftParty> parties)
    {
        var marks = new List<(int, DraftParty)>();
        var position = 0;
        while (position < text.Length)
        {
            var next = parties
                .Select(p => (Party: p, Index: text.IndexOf(p.FullName, position, StringComparison.OrdinalIgnoreCase)))
                .Where(x => x.Index >= 0 && x.Party.FullName.Length > 0)
                .OrderBy(x => x.Index)
                .ThenByDescending(x => x.Party.FullName.Length)
                .FirstOrDefault();
            if (next.Party is null)
            {
                break;
            }

            marks.Add((next.Index, next.Party));
            position = next.Index + next.Party.FullName.Length;
        }

        return marks;
    }
}
