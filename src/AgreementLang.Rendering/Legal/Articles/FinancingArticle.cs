using System.Collections.Immutable;
using AgreementLang.Catalog;
using AgreementLang.Model;
using AgreementLang.Rendering.Text;

namespace AgreementLang.Rendering.Legal.Articles;

/// <summary>Financing (<c>financing.hbs</c>): loans, equity stakes, grants and guarantees, in the order of the
/// text. A provider that is not a party is not bound by the agreement: the view says so
/// (<see cref="FinancingView.ProviderIsParty"/>) and the wording records what the parties intend it to do,
/// never an obligation of its own.</summary>
internal sealed class FinancingArticle : IArticleFamily
{
    public string Name => "financing";

    public bool IsPresent(DraftViews views) => views.Financing.Length > 0;

    public void Describe(ArticleScope scope, IReadOnlyList<AgreementTerm> terms, DraftViews views)
    {
        var financing = ImmutableArray.CreateBuilder<FinancingView>(terms.Count);
        foreach (var term in terms)
        {
            var view = View(term, scope.Agreement, scope.Names, scope.Provenance.Mark(term.Location));
            financing.Add(WithTerms(view, term switch
            {
                Loan l => l.Terms,
                EquityStake e => e.Terms,
                Grant g => g.Terms,
                Guarantee g => g.Terms,
                _ => FinancingTerms.None,
            }));
        }

        views.Financing = financing.MoveToImmutable();
    }

    /// <summary>What the financing clause's block states, and nothing it does not.</summary>
    private static FinancingView WithTerms(FinancingView view, FinancingTerms terms) => view with
    {
        Instrument = terms.Instrument is { } instrument ? FinancingInstruments.Word(instrument) : null,
        ConversionPrice = terms.ConversionPrice is { } conversion ? LegalText.Money(conversion) : null,
        HasWarrants = terms.Warrants is not null,
        ExercisePrice = terms.Warrants?.ExercisePrice is { } exercise ? LegalText.Money(exercise) : null,
        WarrantTerm = terms.Warrants?.Term is { } term ? LegalText.Duration(term) : null,
        UseOfProceeds = terms.UseOfProceeds,
    };

    private static FinancingView View(AgreementTerm term, Agreement agreement, Names names, string trace) => term switch
    {
        Loan l => new FinancingView(true, false, false, false, names.Of(l.Lender), names.OfAtStart(l.Lender), names.Of(l.Borrower),
            LegalText.Commitment(l.Amount), l.Rate is { } r ? LegalText.Rate(r) : null, LegalText.Duration(l.Tenor),
            l.Facility is { } facility && facility != l.Lender ? names.Of(facility) : null, null, null, agreement.HasParty(l.Lender), trace),
        EquityStake e => new FinancingView(false, true, false, false, names.Of(e.Investor), names.OfAtStart(e.Investor), names.Of(e.Investee),
            LegalText.Commitment(e.Amount), null, null, null, e.Stake is { } s ? LegalText.Percent(s) : null, null, agreement.HasParty(e.Investor), trace),
        Grant g => new FinancingView(false, false, true, false, names.Of(g.Grantor), names.OfAtStart(g.Grantor), names.Of(g.Grantee),
            LegalText.Commitment(g.Amount), null, null, null, null, g.Within is { } w ? LegalText.Duration(w) : null, agreement.HasParty(g.Grantor), trace),
        Guarantee g => new FinancingView(false, false, false, true, names.Of(g.Guarantor), names.OfAtStart(g.Guarantor), names.Of(g.Beneficiary),
            g.Amount.Bound == AmountBound.Exactly ? "up to " + LegalText.Commitment(g.Amount) : LegalText.Commitment(g.Amount), null,
            g.Tenor is { } t ? LegalText.Duration(t) : null, null, null, null, agreement.HasParty(g.Guarantor), trace),
        _ => throw new ArgumentOutOfRangeException(nameof(term)),
    };
}
