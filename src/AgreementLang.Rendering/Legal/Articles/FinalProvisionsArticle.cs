using System.Collections.Immutable;
using AgreementLang.Model;
using AgreementLang.Rendering.Text;

namespace AgreementLang.Rendering.Legal.Articles;

/// <summary>Final provisions (<c>final-provisions.hbs</c>), which every draft has: entry into force, duration and
/// withdrawal as the source states them, and the provisions of the form stated in the negotiators' words
/// (<c>provision governing-law "…"</c>). The form's fixed wording (annexes, amendment, authentic text) is in the
/// template.</summary>
internal sealed class FinalProvisionsArticle : IArticleFamily
{
    public string Name => "final-provisions";

    public bool IsPresent(DraftViews views) => true;

    public void Describe(ArticleScope scope, IReadOnlyList<AgreementTerm> terms, DraftViews views)
    {
        var provisions = ImmutableArray.CreateBuilder<ProvisionView>(terms.Count);
        foreach (var term in terms)
        {
            var provision = (StatedProvision)term;
            provisions.Add(new ProvisionView(ProvisionTopics.Word(provision.Topic), provision.Text, scope.Provenance.Mark(provision.Location)));
        }

        views.Provisions = provisions.MoveToImmutable();
        views.Final = FinalClauses.Of(scope);
    }
}
