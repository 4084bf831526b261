using AgreementLang.Rendering.Legal;
using DocumentFormat.OpenXml.Wordprocessing;
using WNumbering = DocumentFormat.OpenXml.Wordprocessing.Numbering;

namespace AgreementLang.Rendering.Docx;

/// <summary>Paragraph numbers ("1.", "2.") and points ("(a)", "(b)") as Word numbering (word/numbering.xml), not
/// typed text, so that Word renumbers them when a lawyer inserts or deletes a paragraph. One list definition
/// (abstractNum) has two levels: "%1." for paragraphs and "(%2)" for points, each on a hanging indent; each
/// article gets its own list (num) that restarts both levels, and points restart after each paragraph. The points
/// of an article's single, unnumbered paragraph are level-2 items of the article's list.
///
/// A numbering is used only where Word would print exactly the draft's labels (paragraphs 1, 2, … and points a,
/// b, … in order); otherwise the labels are typed, as before, so that a draft is never misnumbered.</summary>
internal sealed class ParagraphNumbering
{
    // Twentieths of a point: 567 = 1 cm.
    public const int Indent = 567;

    private readonly int _abstractNumId;
    private readonly int _firstNumId;
    private readonly List<NumberingInstance> _instances = [];

    /// <param name="abstractNumId">The id of the list definition: 1, or one above those of a reference document.</param>
    /// <param name="firstNumId">The id of the first article's list.</param>
    public ParagraphNumbering(int abstractNumId = 1, int firstNumId = 1)
    {
        _abstractNumId = abstractNumId;
        _firstNumId = firstNumId;
    }

    /// <summary>Whether Word's numbering prints exactly the labels of this article.</summary>
    public static bool Fits(DraftArticle article)
    {
        for (var i = 0; i < article.Paragraphs.Length; i++)
        {
            var paragraph = article.Paragraphs[i];
            if (paragraph.Number is { } number ? number != i + 1 : article.Paragraphs.Length > 1)
            {
                return false;
            }

            for (var k = 0; k < paragraph.Items.Length; k++)
            {
                if (paragraph.Items[k].Letter != WordLetter(k))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Word's lowerLetter format: a … z, then aa … zz, aaa ….</summary>
    public static string WordLetter(int index) => new((char)('a' + (index % 26)), (index / 26) + 1);

    /// <summary>A new list for the next article, restarting at "1." and "(a)"; returns its id.</summary>
    public int StartArticle()
    {
        var id = _firstNumId + _instances.Count;
        _instances.Add(new NumberingInstance(
            new AbstractNumId { Val = _abstractNumId },
            new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 },
            new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 1 })
        {
            NumberID = id,
        });
        return id;
    }

    public static NumberingProperties Properties(int numId, int level) =>
        new(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId });

    /// <summary>The list definition, then one list per article, added to <paramref name="numbering"/> (empty, or
    /// a reference document's): every abstractNum must precede every num.</summary>
    public void WriteTo(WNumbering numbering)
    {
        var definition = new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.Multilevel },
            new AbstractNumDefinitionName { Val = "Article paragraphs and points" },
            Level(0, NumberFormatValues.Decimal, "%1.", Indent),
            Level(1, NumberFormatValues.LowerLetter, "(%2)", 2 * Indent))
        {
            AbstractNumberId = _abstractNumId,
        };

        var lastDefinition = numbering.Elements<AbstractNum>().LastOrDefault();
        if (lastDefinition is not null)
        {
            lastDefinition.InsertAfterSelf(definition);
        }
        else
        {
            numbering.PrependChild(definition);
        }

        var after = (DocumentFormat.OpenXml.OpenXmlElement?)numbering.Elements<NumberingInstance>().LastOrDefault() ?? definition;
        foreach (var instance in _instances)
        {
            after = after.InsertAfterSelf(instance);
        }
    }

    private static Level Level(int index, NumberFormatValues format, string text, int left) =>
        new(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = format },
            new LevelText { Val = text },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(
                new Indentation
                {
                    Left = left.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Hanging = Indent.ToString(System.Globalization.CultureInfo.InvariantCulture),
                }))
        {
            LevelIndex = index,
        };
}
