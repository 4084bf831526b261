using System.Collections.Immutable;

namespace AgreementLang.Rendering.Legal.Articles;

/// <summary>The one list of article families, in the order a treaty text takes them: this order is the order of
/// the articles in every draft and of the amending articles of a protocol. A family that is not in the list is
/// never drafted (<c>ArticleFamilyTests</c> fails for it), and <see cref="TermViews"/> names the family of each
/// kind of term from these instances.</summary>
internal static class ArticleOrder
{
    public static readonly DefinitionsArticle Definitions = new();
    public static readonly FloorsArticle Floors = new();
    public static readonly MechanismsArticle Mechanisms = new();
    public static readonly TariffsArticle Tariffs = new();
    public static readonly ExportDutiesArticle ExportDuties = new();
    public static readonly FinancingArticle Financing = new();
    public static readonly OfftakeArticle Offtake = new();
    public static readonly OriginArticle Origin = new();
    public static readonly MfnArticle Mfn = new();
    public static readonly ObligationsArticle Obligations = new();
    public static readonly FinalProvisionsArticle FinalProvisions = new();

    // Declared after the instances it lists: static fields are initialised in the order of the text.
    public static readonly ImmutableArray<IArticleFamily> Families =
    [
        Definitions, Floors, Mechanisms, Tariffs, ExportDuties, Financing, Offtake, Origin, Mfn, Obligations, FinalProvisions,
    ];

    /// <summary>The position of a family in <see cref="Families"/>.</summary>
    /// <exception cref="InvalidOperationException">The family is not registered.</exception>
    public static int IndexOf(IArticleFamily family)
    {
        for (var i = 0; i < Families.Length; i++)
        {
            if (ReferenceEquals(Families[i], family))
            {
                return i;
            }
        }

        throw new InvalidOperationException("The article family '" + family.Name + "' is not registered in ArticleOrder.Families.");
    }
}
