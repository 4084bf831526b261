using System.Text.RegularExpressions;
using AgreementLang.Rendering.Legal;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace AgreementLang.Rendering.Docx;

/// <summary>Cross-references as Word does them: the label of every article and annex heading ("Article 3",
/// "Annex II") is a bookmark named after its eId (<c>art_3</c>; an annex's <c>att_2</c> becomes <c>annex_2</c>),
/// and every mention of such a label in the text is a <c>REF art_3 \h</c> field whose cached result is the
/// label itself, so the visible text is unchanged and updating the fields (F9) changes nothing. Only labels of
/// articles and annexes that exist in the draft are matched, as whole words ("Article 1" is not found in
/// "Article 11", nor "Annex I" in "Annex II").</summary>
internal sealed class CrossReferences
{
    private readonly Dictionary<string, string> _bookmarks = new(StringComparer.Ordinal);
    private readonly Regex? _mentions;
    private int _nextId;

    public CrossReferences(Draft draft)
    {
        foreach (var article in draft.Articles)
        {
            _bookmarks.TryAdd(Typography.Apply(article.Label), article.EId);
        }

        foreach (var annex in draft.Annexes)
        {
            _bookmarks.TryAdd(Typography.Apply(annex.Label), AnnexBookmark(annex));
        }

        if (_bookmarks.Count > 0)
        {
            // Longest first, so that "Annex III" is preferred to "Annex II" where both could match.
            var labels = _bookmarks.Keys.OrderByDescending(l => l.Length).ThenBy(l => l, StringComparer.Ordinal).Select(Regex.Escape);
            _mentions = new Regex(@"(?<!\w)(?:" + string.Join("|", labels) + @")(?!\w)", RegexOptions.CultureInvariant);
        }
    }

    /// <summary>"annex_2" for the annex whose eId is "att_2".</summary>
    public static string AnnexBookmark(DraftAnnex annex) =>
        annex.EId.StartsWith("att_", StringComparison.Ordinal) ? "annex_" + annex.EId["att_".Length..] : annex.EId;

    /// <summary>The runs of a heading "Article 3 — Heading": the label inside its bookmark, then the rest.</summary>
    public IEnumerable<OpenXmlElement> Heading(string label, string bookmark, string rest)
    {
        var id = (_nextId++).ToString(System.Globalization.CultureInfo.InvariantCulture);
        yield return new BookmarkStart { Name = bookmark, Id = id };
        yield return Run(label);
        yield return new BookmarkEnd { Id = id };
        if (rest.Length > 0)
        {
            yield return Run(rest);
        }
    }

    /// <summary>The runs of a text already set by <see cref="Typography"/>: plain runs, and a REF field for each
    /// mention of an article or annex.</summary>
    public IEnumerable<OpenXmlElement> Runs(string text)
    {
        if (_mentions is null)
        {
            yield return Run(text);
            yield break;
        }

        var at = 0;
        foreach (Match mention in _mentions.Matches(text))
        {
            if (mention.Index > at)
            {
                yield return Run(text[at..mention.Index]);
            }

            yield return new SimpleField(Run(mention.Value)) { Instruction = " REF " + _bookmarks[mention.Value] + " \\h " };
            at = mention.Index + mention.Length;
        }

        if (at < text.Length)
        {
            yield return Run(text[at..]);
        }
    }

    public static Run Run(string text) => new(new WText(text) { Space = SpaceProcessingModeValues.Preserve });
}
