using AgreementLang.Model;

namespace AgreementLang.Rendering.Report;

/// <summary>The one walk over an agreement's terms for the report: each kind of term goes to the section that draws
/// it. A new kind of term is a compile error here until it is given a section or said to have none.</summary>
internal sealed class ReportTerms : ITermVisitor<bool>
{
    public ReportTerms(Agreement agreement)
    {
        Agreement = agreement;
    }

    public Agreement Agreement { get; }

    public List<Floor> Floors { get; } = [];

    public List<TariffCommitment> Tariffs { get; } = [];

    public List<Loan> Loans { get; } = [];

    /// <summary>Every transfer of money (loan, equity, grant, guarantee) as (kind, from, to, amount, term).</summary>
    public List<(string Kind, string From, string To, CommittedAmount Amount, AgreementTerm Term)> Financing { get; } = [];

    public List<Offtake> Offtakes { get; } = [];

    public List<Obligation> Obligations { get; } = [];

    /// <summary>The terms in force on <paramref name="asOf"/> (every term when null), sorted into sections.</summary>
    public static ReportTerms Of(Agreement agreement, DateTime? asOf)
    {
        var terms = new ReportTerms(agreement);
        foreach (var term in agreement.Terms)
        {
            if (asOf is not { } date || term.Period.Contains(date))
            {
                term.Accept(terms);
            }
        }

        return terms;
    }

    public bool Visit(Floor term)
    {
        Floors.Add(term);
        return true;
    }

    public bool Visit(TariffCommitment term)
    {
        Tariffs.Add(term);
        return true;
    }

    public bool Visit(Loan term)
    {
        Loans.Add(term);
        Financing.Add(("loan", term.Lender, term.Borrower, term.Amount, term));
        return true;
    }

    public bool Visit(EquityStake term)
    {
        Financing.Add(("equity", term.Investor, term.Investee, term.Amount, term));
        return true;
    }

    public bool Visit(Grant term)
    {
        Financing.Add(("grant", term.Grantor, term.Grantee, term.Amount, term));
        return true;
    }

    public bool Visit(Guarantee term)
    {
        Financing.Add(("guarantee", term.Guarantor, term.Beneficiary, term.Amount, term));
        return true;
    }

    public bool Visit(Offtake term)
    {
        Offtakes.Add(term);
        return true;
    }

    public bool Visit(Obligation term)
    {
        Obligations.Add(term);
        return true;
    }

    // Not drawn: export-duty bans and export measures, rules of origin, most-favoured-nation clauses and stated
    // provisions carry no floor, rate, amount, volume or date the sections plot. Their conflicts still reach the
    // conflict graph through the diagnostics.
    public bool Visit(ExportDutyBan term) => false;

    public bool Visit(ExportMeasure term) => false;

    public bool Visit(OriginRule term) => false;

    public bool Visit(MostFavouredNation term) => false;

    public bool Visit(StatedProvision term) => false;
}
