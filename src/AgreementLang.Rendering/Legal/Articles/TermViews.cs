using AgreementLang.Model;

namespace AgreementLang.Rendering.Legal.Articles;

/// <summary>Which article states each kind of term. The visitor has a method for every kind, so a new kind does
/// not compile until its article is decided; the family then makes the term's view. Floors are stated in the
/// floors article, and the mechanisms article reads their views; the definitions read every term.</summary>
internal sealed class TermViews : ITermVisitor<IArticleFamily>
{
    public static readonly TermViews Instance = new();

    private TermViews()
    {
    }

    public IArticleFamily Visit(Floor term) => ArticleOrder.Floors;

    public IArticleFamily Visit(TariffCommitment term) => ArticleOrder.Tariffs;

    public IArticleFamily Visit(ExportDutyBan term) => ArticleOrder.ExportDuties;

    public IArticleFamily Visit(ExportMeasure term) => ArticleOrder.ExportDuties;

    public IArticleFamily Visit(Loan term) => ArticleOrder.Financing;

    public IArticleFamily Visit(EquityStake term) => ArticleOrder.Financing;

    public IArticleFamily Visit(Grant term) => ArticleOrder.Financing;

    public IArticleFamily Visit(Guarantee term) => ArticleOrder.Financing;

    public IArticleFamily Visit(Offtake term) => ArticleOrder.Offtake;

    public IArticleFamily Visit(OriginRule term) => ArticleOrder.Origin;

    public IArticleFamily Visit(MostFavouredNation term) => ArticleOrder.Mfn;

    // A provision of the form in the negotiators' words ("provision governing-law …") is a final provision.
    public IArticleFamily Visit(StatedProvision term) => ArticleOrder.FinalProvisions;

    public IArticleFamily Visit(Obligation term) => ArticleOrder.Obligations;

    /// <summary>The terms of each family of <see cref="ArticleOrder.Families"/>, by position, each list in the order of the text.</summary>
    public static List<AgreementTerm>[] Route(System.Collections.Immutable.ImmutableArray<AgreementTerm> terms)
    {
        var routed = new List<AgreementTerm>[ArticleOrder.Families.Length];
        for (var i = 0; i < routed.Length; i++)
        {
            routed[i] = [];
        }

        foreach (var term in terms)
        {
            routed[ArticleOrder.IndexOf(term.Accept(Instance))].Add(term);
        }

        return routed;
    }
}
