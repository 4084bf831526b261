using System.Collections.Immutable;
using AgreementLang.Catalog;
using AgreementLang.Model;
using AgreementLang.Rendering.Text;

namespace AgreementLang.Rendering.Legal;

/// <summary>The financing annex.</summary>
public static partial class Annexes
{
    private static readonly ImmutableArray<string> FinancingColumns =
        ["Instrument", "Provider", "Recipient", "Amount", "Rate or stake", "Term", "Facility"];

    /// <summary>Annex of financing: one row per loan, stake, grant or guarantee.</summary>
    private static AnnexContent FinancingAnnex(Names names, string root, List<AgreementTerm> financing)
    {
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<string>>(financing.Count);
        var sources = ImmutableArray.CreateBuilder<ImmutableArray<DraftSource>>(financing.Count);
        foreach (var term in financing)
        {
            sources.Add(Sources(term.Location, null, root));
            rows.Add(term switch
            {
                Loan l => Row("Loan", names.Of(l.Lender), names.Of(l.Borrower), LegalText.CommitmentFigures(l.Amount),
                    l.Rate is { } r ? LegalText.RateFigures(r) : "—", l.Tenor.ToString(), l.Facility is { } f ? names.Of(f) : "—"),
                EquityStake e => Row("Equity", names.Of(e.Investor), names.Of(e.Investee), LegalText.CommitmentFigures(e.Amount),
                    e.Stake is { } s ? LegalText.PercentFigures(s) + " stake" : "—", "—", "—"),
                Grant g => Row("Grant", names.Of(g.Grantor), names.Of(g.Grantee), LegalText.CommitmentFigures(g.Amount), "—",
                    g.Within is { } w ? "within " + w : "—", "—"),
                Guarantee g => Row("Guarantee", names.Of(g.Guarantor), names.Of(g.Beneficiary), LegalText.CommitmentFigures(g.Amount), "—",
                    g.Tenor?.ToString() ?? "—", "—"),
                _ => throw new InvalidOperationException(),
            });
        }

        return new("financing", "Financing", ImmutableArray<string>.Empty,
            [new DraftTable(null, FinancingColumns, rows.MoveToImmutable(), sources.MoveToImmutable())]);
    }
}
