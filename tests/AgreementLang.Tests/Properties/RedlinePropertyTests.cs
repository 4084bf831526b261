using AgreementLang.Diagnostics;
using AgreementLang.Formatting;
using AgreementLang.Model;
using AgreementLang.Rendering;
using AgreementLang.Rendering.Redline;
using AgreementLang.Syntax;
using AgreementLang.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Xunit.Abstractions;
using AgreementLang.Text;

namespace AgreementLang.Tests.Properties;

/// <summary>Issue 16, point 3, as a property: for generated pairs of versions, accepting every tracked change of the
/// Word redline gives the new draft's text and rejecting every one the old draft's, and the redline is valid
/// WordprocessingML. A pair is a generated set and either the same set with clauses dropped, moved and taken from
/// another set, or another generated set altogether (whose agreements have the same names). Runs
/// max(100, AGR_PROPERTY_CASES / 100) pairs: each renders four drafts and a redline.</summary>
public sealed class RedlinePropertyTests(ITestOutputHelper output)
{
    private static readonly DraftRenderer Drafts = new();
    private static readonly RedlineRenderer Redlines = new();

    private static int Cases => Math.Max(100, PropertyRun.Cases / 100);

    [Fact]
    public void Accepting_a_redline_gives_the_new_draft_and_rejecting_it_the_old_on_generated_pairs()
    {
        var (redlines, changes) = (0, 0);
        for (var seed = 1; seed <= Cases; seed++)
        {
            var old = ModelFactory.Build(seed, 12);
            var @new = seed % 2 == 0 ? Mutated(old, ModelFactory.Build(seed + 100_000, 12), new Random(seed)) : ModelFactory.Build(seed + 200_000, 12);
            var (before, after) = (Bound(old, seed, "old"), Bound(@new, seed, "new"));
            foreach (var agreement in after.Agreements)
            {
                if (before.Agreements.FirstOrDefault(a => a.Name == agreement.Name) is not { } previous)
                {
                    continue;
                }

                var redline = RedlineDraft.Compare(Drafts.Build(before, previous), Drafts.Build(after, agreement));
                var docx = Redlines.Docx(redline, new RedlineOptions("Property", new DateTime(2026, 1, 1), "old", "new"));
                var where = $"seed {seed}, {agreement.Name}";
                Same(TrackedChanges.Text(Drafts.Render(redline.New, DraftFormat.Docx)), TrackedChanges.Accepted(docx), where + ": accepting all is not the new draft");
                Same(TrackedChanges.Text(Drafts.Render(redline.Old, DraftFormat.Docx)), TrackedChanges.Rejected(docx), where + ": rejecting all is not the old draft");
                if (redlines % 10 == 0)
                {
                    using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
                    var errors = new OpenXmlValidator().Validate(document).Select(e => $"{where}: {e.Path?.XPath}: {e.Description}").ToList();
                    Assert.Empty(errors);
                }

                redlines++;
                changes += redline.Changes.Count;
            }
        }

        output.WriteLine($"{redlines} redlines of {Cases} generated pairs, {changes} changed provisions");
        Assert.True(redlines >= Cases / 2, "too few agreements in common: " + redlines);
        Assert.True(changes >= redlines, "too few changes for the property to say anything: " + changes);
    }

    /// <summary>The paragraphs are the same; else the first that differs.</summary>
    private static void Same(IReadOnlyList<string> expected, IReadOnlyList<string> actual, string message)
    {
        var at = Enumerable.Range(0, Math.Min(expected.Count, actual.Count)).FirstOrDefault(i => expected[i] != actual[i], -1);
        if (at < 0 && expected.Count == actual.Count)
        {
            return;
        }

        at = at < 0 ? Math.Min(expected.Count, actual.Count) : at;
        Assert.Fail($"{message}: paragraph {at} of {expected.Count} is '{expected.ElementAtOrDefault(at)}', the redline's of {actual.Count} '{actual.ElementAtOrDefault(at)}'\n" +
            "expected: " + string.Join(" ¶ ", expected.Skip(at - 3)) + "\nredline: " + string.Join(" ¶ ", actual.Skip(at - 3)));
    }

    /// <summary>The set with each agreement's clauses partly dropped, the rest reversed in order, and clauses of the
    /// other set's agreement of the same name added.</summary>
    private static AgreementSet Mutated(AgreementSet set, AgreementSet other, Random random)
    {
        var agreements = set.Agreements.Select(agreement =>
        {
            var kept = agreement.Terms.Where(_ => random.NextDouble() > 0.3).Reverse();
            var added = other.Agreements.FirstOrDefault(a => a.Name == agreement.Name)?.Terms.Where(_ => random.NextDouble() < 0.3) ?? [];
            return agreement with { Terms = [.. kept.Concat(added)] };
        });
        return set with { Agreements = [.. agreements] };
    }

    /// <summary>Printed and bound again, so that every clause has a place in a source (as a draft's provenance needs).</summary>
    private static AgreementSet Bound(AgreementSet set, int seed, string side) =>
        Compilation.Create([new SourceText($"generated/{side}-{seed}.agr", ModelPrinter.Print(set))]).Model;
}
