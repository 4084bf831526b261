using AgreementLang.Diagnostics;
using Sprache;
using AgreementLang.Text;
using static AgreementLang.Syntax.ValueGrammar;

namespace AgreementLang.Syntax;

/// <summary>Financing clauses: loans, equity, grants and guarantees, and the commitments they state. Built on first use, like every clause family (see <see cref="Grammar"/>).</summary>
internal static class FinancingGrammar
{
    internal static readonly Parser<NameSyntax> AmountToBeAgreed =
        from an in Kw.An
        from amount in Kw.Amount
        from to in To
        from be in Kw.Be
        from agreed in Kw.Agreed
        select new NameSyntax("an amount to be agreed", Cover(an, agreed));

    /// <summary>commitment = ["at least" | "up to"] money | "an amount to be agreed".</summary>
    internal static readonly Parser<CommitmentSyntax> Commitment =
        (from at in At
         from least in Kw.Least
         from money in Money
         select new CommitmentSyntax(new NameSyntax("at least", Cover(at, least)), money, Cover(at, money.Span)))
        .XOr(from up in Kw.Up
             from to in To
             from money in Money
             select new CommitmentSyntax(new NameSyntax("up to", Cover(up, to)), money, Cover(up, money.Span)))
        .XOr(AmountToBeAgreed.Select(words => new CommitmentSyntax(words, null, words.Span)))
        .XOr(Money.Select(money => new CommitmentSyntax(null, money, money.Span)))
        .Describe("an amount such as USD 150 million, 'at least' or 'up to' an amount, or 'an amount to be agreed'", "at", "up", "an");

    internal static readonly Parser<ClauseSyntax> Loan =
        from keyword in Kw.Loan
        from fromWord in From
        from lender in Actor
        from to in To
        from borrower in Actor
        from amount in Commitment
        from rate in OptionalAtRate
        from f in For
        from tenor in Duration
        from validity in OptionalValidity
        select (ClauseSyntax)new LoanClause(lender, borrower, amount, rate, tenor, validity,
            Cover(keyword, validity?.Span ?? tenor.Span));

    internal static readonly Parser<PercentSyntax?> OptionalStake = (from f in For from share in Tokens.Percent select share).Maybe();

    internal static readonly Parser<ClauseSyntax> Equity =
        from keyword in Kw.Equity
        from investor in Actor
        from inWord in In
        from investee in Actor
        from amount in Commitment
        from stake in OptionalStake
        select (ClauseSyntax)new EquityClause(investor, investee, amount, stake, Cover(keyword, stake?.Span ?? amount.Span));

    internal static readonly Parser<DurationSyntax?> OptionalWithin = (from w in Kw.Within from d in Duration select d).Maybe();

    internal static readonly Parser<ClauseSyntax> Grant =
        from keyword in Kw.Grant
        from fromWord in From
        from grantor in Actor
        from to in To
        from grantee in Actor
        from amount in Commitment
        from within in OptionalWithin
        select (ClauseSyntax)new GrantClause(grantor, grantee, amount, within, Cover(keyword, within?.Span ?? amount.Span));

    internal static readonly Parser<ClauseSyntax> Guarantee =
        from keyword in Kw.Guarantee
        from fromWord in From
        from guarantor in Actor
        from to in To
        from beneficiary in Actor
        from amount in Commitment
        from tenor in OptionalForDuration
        select (ClauseSyntax)new GuaranteeClause(guarantor, beneficiary, amount, tenor, Cover(keyword, tenor?.Span ?? amount.Span));

    internal static readonly Parser<ClauseSyntax> AnyFinancing =
        Loan.XOr(Equity).XOr(Grant).XOr(Guarantee).Describe("loan, equity, grant or guarantee", "loan", "equity", "grant", "guarantee");

    internal static readonly Parser<ClauseSyntax> Financing =
        from keyword in Kw.Financing
        from clause in AnyFinancing
        select clause switch
        {
            LoanClause c => (ClauseSyntax)(c with { Span = Cover(keyword, c.Span) }),
            EquityClause c => c with { Span = Cover(keyword, c.Span) },
            GrantClause c => c with { Span = Cover(keyword, c.Span) },
            GuaranteeClause c => c with { Span = Cover(keyword, c.Span) },
            _ => clause,
        };
}
