using AgreementLang.Model;

namespace AgreementLang.Rendering.Legal.Articles;

/// <summary>One family of articles of a draft (floors, tariffs, financing, …): the views its wording template
/// reads, made from the terms that the article states, and whether it has anything to say. Each family is
/// registered once in <see cref="ArticleOrder"/>, whose order is the order of the articles in every draft.</summary>
internal interface IArticleFamily
{
    /// <summary>"floors": the family of <see cref="DraftArticle.Family"/>, by which a protocol finds the same
    /// article again, and the name of its wording template (<c>floors.hbs</c>).</summary>
    string Name { get; }

    /// <summary>Makes this article's views from the terms <see cref="TermViews"/> routes to it, in the order of the
    /// text. Families are described in <see cref="ArticleOrder"/> order, so a family may read the views of one
    /// before it (the mechanisms read the floors).</summary>
    void Describe(ArticleScope scope, IReadOnlyList<AgreementTerm> terms, DraftViews views);

    /// <summary>Whether the article has something to say; an absent article takes no number.</summary>
    bool IsPresent(DraftViews views);

    /// <summary>Makes the views that name other articles by their number ("the duty described in Article 3"):
    /// numbers are known only once every family has said whether it is present, and change when a house
    /// template leaves an article empty, so this runs again each time the articles are numbered. Most families
    /// name no other article.</summary>
    void Cite(ArticleScope scope, ArticleRefs articles, DraftViews views)
    {
    }
}
