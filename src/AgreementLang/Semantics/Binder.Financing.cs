using System.Collections.Immutable;
using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Syntax;

namespace AgreementLang.Semantics;

/// <summary>Loans, equity stakes, grants and guarantees.</summary>
public sealed partial class Binder
{
    private Loan? BindLoan(LoanClause syntax, TermContext context)
    {
        var lender = ResolveActor(syntax.Lender, "lender", null);
        var borrower = ResolveActor(syntax.Borrower, "borrower", null);
        var amount = BindCommitment(syntax.Amount, "a loan");
        var tenor = BindDuration(syntax.Tenor);
        if (!lender || !borrower || amount is null || tenor is null)
        {
            return null;
        }

        string? facility = null;
        if (_facilities.TryGetValue(syntax.Lender.Text, out var drawn))
        {
            facility = drawn.Name;
            if (amount.Value.Stated is { } stated)
            {
                CheckSameCurrency(stated, drawn.Cap, syntax.Amount.Money!, "the loan", "the cap of facility " + drawn.Name, context.Rates);
            }
        }

        var period = syntax.Validity is not null ? BindValidity(syntax.Validity)
            : context.Period.From is { } from ? new Period(from, tenor.Value.LastDayFrom(from)) : context.Period;
        return new Loan(syntax.Lender.Text, syntax.Borrower.Text, amount.Value, BindRate(syntax.Rate), tenor.Value, facility, period, Loc(syntax))
        {
            Terms = BindFinancingTerms(syntax, "loan", "the loan from " + syntax.Lender.Text + " to " + syntax.Borrower.Text),
        };
    }

    private EquityStake? BindEquity(EquityClause syntax, TermContext context)
    {
        var investor = ResolveActor(syntax.Investor, "investor", null);
        var investee = ResolveActor(syntax.Investee, "investee", null);
        var amount = BindCommitment(syntax.Amount, "an equity investment");
        var stake = BindShare(syntax.Stake, "an equity stake");
        return investor && investee && amount is not null && (syntax.Stake is null || stake is not null)
            ? new EquityStake(syntax.Investor.Text, syntax.Investee.Text, amount.Value, stake, context.Period, Loc(syntax))
            {
                Terms = BindFinancingTerms(syntax, "equity", "the equity of " + syntax.Investor.Text + " in " + syntax.Investee.Text),
            }
            : null;
    }

    private Grant? BindGrant(GrantClause syntax, TermContext context)
    {
        var grantor = ResolveActor(syntax.Grantor, "grantor", null);
        var grantee = ResolveActor(syntax.Grantee, "grantee", null);
        var amount = BindCommitment(syntax.Amount, "a grant");
        return grantor && grantee && amount is not null
            ? new Grant(syntax.Grantor.Text, syntax.Grantee.Text, amount.Value, BindDuration(syntax.Within), context.Period, Loc(syntax))
            {
                Terms = BindFinancingTerms(syntax, "grant", "the grant from " + syntax.Grantor.Text + " to " + syntax.Grantee.Text),
            }
            : null;
    }

    private Guarantee? BindGuarantee(GuaranteeClause syntax, TermContext context)
    {
        var guarantor = ResolveActor(syntax.Guarantor, "guarantor", null);
        var beneficiary = ResolveActor(syntax.Beneficiary, "beneficiary", null);
        var amount = BindCommitment(syntax.Amount, "a guarantee");
        return guarantor && beneficiary && amount is not null
            ? new Guarantee(syntax.Guarantor.Text, syntax.Beneficiary.Text, amount.Value, BindDuration(syntax.Tenor), context.Period, Loc(syntax))
            {
                Terms = BindFinancingTerms(syntax, "guarantee", "the guarantee from " + syntax.Guarantor.Text + " to " + syntax.Beneficiary.Text),
            }
            : null;
    }
}
