using AgreementLang.Diagnostics;
using Sprache;
using static AgreementLang.Syntax.ValueGrammar;

namespace AgreementLang.Syntax;

/// <summary>The clauses of an agreement's identity and life: its kind, zone, signature, entry into force, expiry,
/// withdrawal and parties. Built on first use, like every clause family (see <see cref="Grammar"/>).</summary>
internal static class ClauseGrammar
{
    internal static readonly Parser<NameSyntax> KindWord =
        Tokens.OneOf("bilateral, plurilateral, framework or memorandum", "bilateral", "plurilateral", "framework", "memorandum")
            .XOr(from a in Kw.Action from p in Kw.Plan select new NameSyntax("action plan", Cover(a, p)))
            .Describe("bilateral, plurilateral, framework, memorandum or action plan", "bilateral", "plurilateral", "framework", "memorandum", "action");

    internal static readonly Parser<ClauseSyntax> Kind =
        from keyword in Kw.Kind
        from kind in KindWord
        select (ClauseSyntax)new KindClause(kind, Cover(keyword, kind.Span));

    internal static readonly Parser<ClauseSyntax> Binding =
        from keyword in Tokens.OneOf("binding or non-binding", "binding", "non-binding")
        select (ClauseSyntax)new BindingClause(keyword.Text == "binding", keyword.Span);

    internal static readonly Parser<ClauseSyntax> ZoneRef =
        from keyword in Kw.Zone
        from zone in ZoneName
        select (ClauseSyntax)new ZoneRefClause(zone, Cover(keyword, zone.Span));

    internal static readonly Parser<ClauseSyntax> Under =
        from keyword in Kw.Under
        from instrument in AgreementName
        select (ClauseSyntax)new UnderClause(instrument, Cover(keyword, instrument.Span));

    internal static readonly Parser<StringSyntax?> OptionalPlace = (from at in At from text in Place select text).Maybe();

    internal static readonly Parser<ClauseSyntax> Signed =
        from keyword in Kw.Signed
        from date in Tokens.Date
        from place in OptionalPlace
        select (ClauseSyntax)new SignedClause(date, place, Cover(keyword, (place?.Span ?? date.Span)));

    /// <summary>The three ways to enter into force; the clause's span is completed by <see cref="InForce"/>.</summary>
    internal static readonly Parser<InForceClause> EntryIntoForceWhen =
        ((from date in Tokens.Date select new InForceClause(date, false, null, date.Span))
        .XOr(from onWord in On from signature in Kw.Signature select new InForceClause(null, true, null, Cover(onWord, signature)))
        .XOr(from days in Tokens.Integer
             from d in Kw.Days
             from after in Kw.After
             from notifications in Kw.Notifications
             select new InForceClause(null, false, days, Cover(days.Span, notifications))))
        .Describe("a date such as 2026-03-01, 'on signature' or a number of days such as '60 days after notifications'", "on");

    internal static readonly Parser<ClauseSyntax> InForce =
        from keyword in In
        from force in Kw.Force
        from clause in EntryIntoForceWhen
        select (ClauseSyntax)(clause with { Span = Cover(keyword, clause.Span) });

    internal static readonly Parser<ClauseSyntax> Expires =
        from keyword in Kw.Expires
        from date in Tokens.Date
        select (ClauseSyntax)new ExpiryClause(date, null, Cover(keyword, date.Span));

    internal static readonly Parser<ClauseSyntax> TermClause =
        from keyword in Kw.Term
        from duration in Duration
        select (ClauseSyntax)new ExpiryClause(null, duration, Cover(keyword, duration.Span));

    internal static readonly Parser<ClauseSyntax> Indefinite =
        from keyword in Kw.Indefinite
        select (ClauseSyntax)new ExpiryClause(null, null, keyword);

    internal static readonly Parser<ClauseSyntax> Withdrawal =
        from keyword in Kw.Withdrawal
        from notice in Kw.Notice
        from duration in Duration
        select (ClauseSyntax)new WithdrawalClause(duration, Cover(keyword, duration.Span));

    internal static readonly string[] RoleWords = { "chair", "observer", "guarantor", "lender", "borrower", "producer", "buyer" };

    internal static readonly Parser<NameSyntax> Role = Tokens.OneOf("a role such as chair or observer", RoleWords);

    internal static readonly Parser<NameSyntax?> OptionalRole = (from a in Kw.As from r in Role select r).Maybe();

    internal static readonly Parser<ClauseSyntax> Party =
        from keyword in Kw.Party
        from code in Code
        from name in FullName
        from role in OptionalRole
        select (ClauseSyntax)new PartyClause(code, name, role, Cover(keyword, (role?.Span ?? name.Span)));
}
