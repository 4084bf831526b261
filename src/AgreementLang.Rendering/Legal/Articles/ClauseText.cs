namespace AgreementLang.Rendering.Legal.Articles;

/// <summary>Renders a clause template: the fixed wording of one phrase or sentence of an article, in a template a
/// house style overrides, around the facts a family computes.</summary>
internal static class ClauseText
{
    /// <summary>What the template wrote, as one line: a house template may wrap its text, as an article template
    /// may, and the line ends and runs of white space read as one space.</summary>
    public static string Of(ArticleScope scope, string template, object view)
    {
        var text = scope.Templates.Render(template, view);
        return string.Join(' ', text.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
    }
}
