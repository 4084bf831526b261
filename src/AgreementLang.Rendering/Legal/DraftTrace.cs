using System.Collections.Immutable;
using System.Globalization;

namespace AgreementLang.Rendering.Legal;

/// <summary>One provision of a draft and where it came from: the clauses of the sources, or none, when it is
/// fixed wording of the instrument's form.</summary>
public sealed record TracedProvision(string Where, string Text, ImmutableArray<DraftSource> Sources)
{
    public ImmutableArray<DraftSource> Sources { get; } = Sources.IsDefault ? ImmutableArray<DraftSource>.Empty : Sources;

    public bool IsBoilerplate => Sources.IsDefaultOrEmpty;
}

/// <summary>Reads the provenance of a draft: every provision in reading order with its sources (what
/// <c>agr render --boilerplate</c> filters and <c>--trace</c> prints), and the traced draft, whose provisions
/// end with their source and which closes with a table of every provision's origin.</summary>
public static class DraftTrace
{
    /// <summary>Every provision of the draft in reading order: preamble, formula, articles (paragraphs and
    /// points), closing, annex rows and notes.</summary>
    public static ImmutableArray<TracedProvision> Provisions(Draft draft)
    {
        var all = ImmutableArray.CreateBuilder<TracedProvision>();
        for (var i = 0; i < draft.Preamble.Length; i++)
        {
            all.Add(new("Preamble, paragraph " + Number(i + 1), draft.Preamble[i].Text, draft.Preamble[i].Sources));
        }

        if (draft.Formula.Length > 0)
        {
            all.Add(new("Preamble, formula", draft.Formula, ImmutableArray<DraftSource>.Empty));
        }

        foreach (var article in draft.Articles)
        {
            for (var p = 0; p < article.Paragraphs.Length; p++)
            {
                var paragraph = article.Paragraphs[p];
                var where = article.Label + (article.Paragraphs.Length > 1 ? "(" + Number(p + 1) + ")" : "");
                if (paragraph.Text.Length > 0)
                {
                    all.Add(new(where, paragraph.Text, paragraph.Sources));
                }

                foreach (var item in paragraph.Items)
                {
                    all.Add(new(where + item.Label, item.Text, item.Sources));
                }
            }
        }

        for (var i = 0; i < draft.Closing.Length; i++)
        {
            all.Add(new("Closing, paragraph " + Number(i + 1), draft.Closing[i].Text, draft.Closing[i].Sources));
        }

        foreach (var annex in draft.Annexes)
        {
            foreach (var table in annex.Tables)
            {
                for (var r = 0; r < table.Rows.Length; r++)
                {
                    all.Add(new(annex.Label + (table.Caption is { } c ? ", " + c : "") + ", row " + Number(r + 1), string.Join(" | ", table.Rows[r]),
                        table.SourcesOf(r)));
                }
            }

            for (var n = 0; n < annex.Notes.Length; n++)
            {
                all.Add(new(annex.Label + ", note " + Number(n + 1), annex.Notes[n], ImmutableArray<DraftSource>.Empty));
            }
        }

        return all.ToImmutable();
    }

    /// <summary>What the tool added: the provisions that come from no clause of the sources.</summary>
    public static ImmutableArray<TracedProvision> Boilerplate(Draft draft) => [.. Provisions(draft).Where(p => p.IsBoilerplate)];

    /// <summary>The draft with each provision's source after its text ("[source: us-japan.agr:21]", or
    /// "[fixed wording of the treaty form]") and a last annex that lists every provision's origin.</summary>
    /// <param name="inline">False for Word, which shows each provision's source as a comment instead.</param>
    public static Draft Annotate(Draft draft, bool inline = true)
    {
        var form = "[fixed wording of the " + draft.FormName + " form]";
        string Tag(ImmutableArray<DraftSource> sources) => sources.IsDefaultOrEmpty ? form : "[source: " + string.Join("; ", sources) + "]";
        DraftParagraph Para(DraftParagraph p) => !inline ? p : p with
        {
            Text = p.Text.Length == 0 ? p.Text : p.Text + " " + Tag(p.Sources),
            Items = [.. p.Items.Select(i => i with { Text = i.Text + " " + Tag(i.Sources) })],
        };

        var rows = Provisions(draft).Select(p => Cells(p.Where, p.IsBoilerplate ? "fixed wording of the " + draft.FormName + " form" : string.Join("; ", p.Sources))).ToImmutableArray();
        var trace = new DraftAnnex(
            "T", draft.Annexes.Length + 1, "trace", "Trace of Provisions (not part of the text)",
            ["Each provision of this draft with the clauses of the sources it was made from; provisions from no clause are fixed wording of the " + draft.FormName + " form."],
            [new DraftTable(null, ["Provision", "Source"], rows, [.. rows.Select(_ => ImmutableArray<DraftSource>.Empty)])]);
        return draft with
        {
            Preamble = [.. draft.Preamble.Select(Para)],
            Articles = [.. draft.Articles.Select(a => a with { Paragraphs = [.. a.Paragraphs.Select(Para)] })],
            Closing = [.. draft.Closing.Select(Para)],
            Annexes = draft.Annexes.Add(trace),
        };
    }

    private static ImmutableArray<string> Cells(params string[] cells) => [.. cells];

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
