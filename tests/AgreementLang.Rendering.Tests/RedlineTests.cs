using System.Text.RegularExpressions;
using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Rendering.Redline;
using AgreementLang.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using AgreementLang.Text;

namespace AgreementLang.Rendering.Tests;

/// <summary>Issue 16, point 3: redlines of two versions of a draft (<see cref="RedlineRenderer"/>), on the two rounds
/// of examples/versions.</summary>
public sealed class RedlineTests
{
    private static readonly DraftRenderer Drafts = new();
    private static readonly RedlineRenderer Redlines = new();

    [Fact]
    public void Accepting_every_tracked_change_gives_the_new_draft_and_rejecting_every_one_the_old()
    {
        var redline = Versions.Redline();
        var docx = Redlines.Docx(redline, Versions.Options());

        Assert.Equal(TrackedChanges.Text(Drafts.Render(redline.New, DraftFormat.Docx)), TrackedChanges.Accepted(docx));
        Assert.Equal(TrackedChanges.Text(Drafts.Render(redline.Old, DraftFormat.Docx)), TrackedChanges.Rejected(docx));
        var (inserted, deleted, marks) = TrackedChanges.Count(docx);
        Assert.True(inserted > 0 && deleted > 0 && marks > 0, $"{inserted} insertions, {deleted} deletions, {marks} paragraph or row marks");
    }

    [Fact]
    public void The_Word_redline_passes_the_OpenXml_validator_with_and_without_the_change_log()
    {
        AssertValid(Redlines.Docx(Versions.Redline(), Versions.Options()));
        AssertValid(Redlines.Docx(Versions.Redline(), Versions.Options(changes: true) with { Date = new DateTime(2026, 2, 20) }));
    }

    [Fact]
    public void Tracked_changes_name_the_author_and_date_given_and_no_date_otherwise()
    {
        var dated = Redlines.Docx(Versions.Redline(), Versions.Options() with { Author = "Japan delegation", Date = new DateTime(2026, 2, 20) });
        using (var document = WordprocessingDocument.Open(new MemoryStream(dated), false))
        {
            var changes = document.MainDocumentPart!.Document.Body!.Descendants<InsertedRun>().ToList();
            Assert.NotEmpty(changes);
            Assert.All(changes, c => Assert.Equal("Japan delegation", c.Author?.Value));
            Assert.All(changes, c => Assert.Equal(new DateTime(2026, 2, 20), c.Date!.Value));
        }

        var undated = Redlines.Docx(Versions.Redline(), Versions.Options());
        using (var document = WordprocessingDocument.Open(new MemoryStream(undated), false))
        {
            var changes = document.MainDocumentPart!.Document.Body!.Descendants<DeletedRun>().ToList();
            Assert.NotEmpty(changes);
            Assert.All(changes, c => Assert.Equal(RedlineOptions.DefaultAuthor, c.Author?.Value));
            Assert.All(changes, c => Assert.Null(c.Date));
        }

        // No clock: the same versions give the same bytes.
        Assert.Equal(undated, Redlines.Docx(Versions.Redline(), Versions.Options()));
    }

    [Fact]
    public void An_inserted_article_renumbers_the_later_ones_without_marking_them_changed()
    {
        var text = File.ReadAllText(Repository.PathOf(Versions.Old + "/us-japan.agr"));
        var without = Regex.Replace(text, @"\n  no export duties on [^\n]*", "\n");
        Assert.NotEqual(text, without);
        var redline = RedlineDraft.Compare(Draft(without), Draft(text));

        var change = Assert.Single(redline.Changes);
        Assert.Equal(DraftChangeKind.Inserted, change.Kind);
        Assert.Equal("Article 5 (Export Duties)", change.Where);
        var later = redline.Merged.Articles.SkipWhile(a => !a.Heading.Contains("Export Duties", StringComparison.Ordinal)).Skip(1).ToList();
        Assert.True(later.Count >= 4, "articles after the inserted one: " + later.Count);
        foreach (var article in later)
        {
            // The number shows the renumbering; the heading and every word of the article are as they were.
            Assert.Equal(Legal.Numbering.Article(article.Number - 1), Marks.Reject(article.Label));
            Assert.Equal(Legal.Numbering.Article(article.Number), Marks.Accept(article.Label));
            Assert.False(Marks.Any(article.Heading), article.Heading);
            Assert.All(article.Paragraphs, p => Assert.False(Marks.Any(p.Text) || p.Items.Any(i => Marks.Any(i.Text)), p.Text));
        }
    }

    [Fact]
    public void A_quote_after_a_change_is_set_in_each_version_as_that_version_sets_it()
    {
        // The party's name quotes "Japan" after a space; the new version puts a hyphen in place of the space, so the
        // unchanged quote opens in the old version (“Japan”) and closes in the new one (”Japan”).
        var text = File.ReadAllText(Repository.PathOf(Versions.Old + "/us-japan.agr"));
        var old = text.Replace("party JP \"the Government of Japan\"", "party JP \"the Government of \\\"Japan\\\"\"", StringComparison.Ordinal);
        var @new = old.Replace("Government of \\\"Japan", "Government of-\\\"Japan", StringComparison.Ordinal);
        Assert.NotEqual(text, old);
        Assert.NotEqual(old, @new);
        var redline = RedlineDraft.Compare(Draft(old), Draft(@new));
        Assert.NotEmpty(redline.Changes);
        var docx = Redlines.Docx(redline, Versions.Options());

        var rejected = TrackedChanges.Text(Drafts.Render(redline.Old, DraftFormat.Docx));
        Assert.Contains(rejected, p => p.Contains("of “Japan”", StringComparison.Ordinal));
        Assert.Equal(TrackedChanges.Text(Drafts.Render(redline.New, DraftFormat.Docx)), TrackedChanges.Accepted(docx));
        Assert.Equal(rejected, TrackedChanges.Rejected(docx));
        AssertValid(docx);
    }

    [Theory]
    [InlineData("the Government of \"Japan\"", "the Government of-\"Japan\"")]
    [InlineData("the Government of-\"Japan\"", "the Government of \"Japan\"")]
    [InlineData("and  \"Japan\" (hereinafter \"JP\")", "and Nippon\"Japan\" (hereinafter\"JP\")")]
    [InlineData("the zone's 'floor'", "the zone 'floor'")]
    [InlineData("the zone 'floor'", "the zone's-'floor'")]
    [InlineData("see Article 3", "see Article 3b")]
    [InlineData("10 t of ore", "10 tariff lines")]
    [InlineData("the \"'JP'\"", "the-\"'JP'\"")]
    public void Word_typography_of_a_marked_text_gives_each_version_as_it_is_set_alone(string old, string @new)
    {
        var marked = Docx.Typography.Apply(TextDiff.Words(old, @new));
        Assert.Equal(Docx.Typography.Apply(@new), Marks.Accept(marked));
        Assert.Equal(Docx.Typography.Apply(old), Marks.Reject(marked));
    }

    [Fact]
    public void The_HTML_redline_marks_insertions_and_deletions_and_links_each_change_to_its_provision()
    {
        var html = Redlines.Html(Versions.Redline(), Versions.Options());
        Assert.Contains("<del>110.00</del><ins>120.00</ins>", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("[\uE000-\uE005]", html);
        var links = Regex.Matches(html, "<li class=\"(?:inserted|deleted|changed)\"><a href=\"#([^\"]+)\">").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(Versions.Redline().Changes.Count, links.Count);
        Assert.All(links, id => Assert.Contains(" id=\"" + id + "\"", html, StringComparison.Ordinal));

        // Every id is used once, the deleted provisions' included.
        var ids = Regex.Matches(html, " id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void The_redline_leaves_both_drafts_as_they_were()
    {
        var redline = Versions.Redline();
        Assert.Equal(Drafts.Markdown(Drafts.Build(Versions.OldModel, Versions.OldModel.Agreements.Single(a => a.Name == Versions.Agreement))), Drafts.Markdown(redline.Old));
        Assert.Equal(Drafts.Markdown(Drafts.Build(Versions.NewModel, Versions.NewModel.Agreements.Single(a => a.Name == Versions.Agreement))), Drafts.Markdown(redline.New));
        Assert.DoesNotMatch("[\uE000-\uE005]", Drafts.Markdown(redline.New));
    }

    [Fact]
    public void The_same_version_twice_has_no_change_and_nothing_marked()
    {
        var draft = Drafts.Build(Versions.NewModel, Versions.NewModel.Agreements.Single(a => a.Name == Versions.Agreement));
        var redline = RedlineDraft.Compare(draft, draft);
        Assert.Empty(redline.Changes);
        Assert.Equal(Drafts.Markdown(draft), Drafts.Markdown(redline.Merged));
        Assert.Contains("No provision changed.", Redlines.Markdown(redline, Versions.Options()), StringComparison.Ordinal);
        Assert.Equal((0, 0, 0), TrackedChanges.Count(Redlines.Docx(redline, Versions.Options())));
    }

    [Fact]
    public void The_change_log_lists_the_changes_of_the_model_in_every_format()
    {
        var redline = Versions.Redline();
        var options = Versions.Options(changes: true);
        var line = "USD 110.00/kg";
        Assert.Contains("## Change log", Redlines.Markdown(redline, options), StringComparison.Ordinal);
        Assert.Contains(line, Redlines.Markdown(redline, options), StringComparison.Ordinal);
        Assert.Contains("<table class=\"change-log\">", Redlines.Html(redline, options), StringComparison.Ordinal);
        Assert.Contains(line, Redlines.Html(redline, options), StringComparison.Ordinal);
        var docx = Redlines.Docx(redline, options);
        Assert.Contains("Change log", TrackedChanges.Accepted(docx));
        Assert.Contains(TrackedChanges.Accepted(docx), p => p.Contains("USD\u00A0110.00/kg", StringComparison.Ordinal) || p.Contains(line, StringComparison.Ordinal));
        Assert.DoesNotContain("Change log", Redlines.Markdown(redline, Versions.Options()), StringComparison.Ordinal);
    }

    private static Legal.Draft Draft(string usJapan)
    {
        var folder = Repository.PathOf(Versions.Old);
        var sources = Directory.GetFiles(folder, "*.agr").Where(p => !p.EndsWith("us-japan.agr", StringComparison.Ordinal))
            .Select(p => new SourceText(Versions.Old + "/" + Path.GetFileName(p), File.ReadAllText(p)))
            .Append(new SourceText(Versions.Old + "/us-japan.agr", usJapan));
        var model = Compilation.Create(sources).Model;
        return Drafts.Build(model, model.Agreements.Single(a => a.Name == Versions.Agreement));
    }

    private static void AssertValid(byte[] bytes)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToArray();
        Assert.Empty(errors);
    }
}
