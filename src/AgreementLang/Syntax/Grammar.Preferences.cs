using AgreementLang.Diagnostics;
using Sprache;
using AgreementLang.Text;
using static AgreementLang.Syntax.ValueGrammar;

namespace AgreementLang.Syntax;

/// <summary>Most-favoured-nation treatment and its exceptions, and the free-trade area or customs union an agreement
/// establishes. Built on first use, like every clause family (see <see cref="Grammar"/>).</summary>
internal static class PreferenceGrammar
{
    /// <summary>A most-favoured-nation clause's key while it is parsed. A struct of this assembly rather than a tuple:
    /// ReadyToRun cannot precompile generic code instantiated over a framework value type such as a tuple.</summary>
    internal readonly record struct MostFavouredNationKeyParts(TextSpan Keyword, NameSyntax Beneficiary, NameSyntax Mineral, NameSyntax? Stage, NameSyntax Subject);

    internal static readonly Parser<NameSyntax?> OptionalStage = Stage.Maybe();

    internal static readonly Parser<NameSyntax> FloorOrTariff = Tokens.OneOf("floor or tariff", "floor", "tariff");

    /// <summary>"most favoured nation JP on NdPr oxide tariff": the clause, which is also its key in a removal.</summary>
    internal static readonly Parser<MostFavouredNationKeyParts> MostFavouredNationKey =
        from keyword in Kw.Most
        from favoured in Kw.Favoured
        from nation in Kw.Nation
        from beneficiary in Code
        from onWord in On
        from mineral in Mineral
        from stage in OptionalStage
        from subject in FloorOrTariff
        select new MostFavouredNationKeyParts(keyword, beneficiary, mineral, stage, subject);

    /// <summary>What a most-favoured-nation clause may except: free-trade areas, customs unions, a named agreement.</summary>
    internal static readonly Parser<NameSyntax> MfnException =
        (from free in Kw.FreeTrade from areas in Kw.Areas select new NameSyntax("free-trade areas", Cover(free, areas)))
        .XOr(from customs in Kw.Customs from unions in Kw.Unions select new NameSyntax("customs unions", Cover(customs, unions)))
        .XOr(AgreementName)
        .Describe("'free-trade areas', 'customs unions' or an agreement identifier such as US-MX-2026", "free-trade", "customs");

    internal static readonly Parser<IEnumerable<NameSyntax>?> OptionalMfnExceptions =
        (from except in Kw.Except from list in MfnException.XDelimitedBy(Comma) select list).Maybe();

    internal static readonly Parser<ClauseSyntax> MostFavouredNation =
        from key in MostFavouredNationKey
        from exceptions in OptionalMfnExceptions
        let list = exceptions?.ToArray()
        select (ClauseSyntax)new MostFavouredNationClause(key.Beneficiary, key.Mineral, key.Stage, key.Subject,
            Cover(key.Keyword, list is { Length: > 0 } ? list[list.Length - 1].Span : key.Subject.Span), list);

    internal static readonly Parser<ClauseSyntax> Establishes =
        from keyword in Kw.Establishes
        from area in (from free in Kw.FreeTrade from a in Kw.Area select new NameSyntax("free-trade area", Cover(free, a)))
            .XOr(from customs in Kw.Customs from union in Kw.Union select new NameSyntax("customs union", Cover(customs, union)))
            .Describe("'free-trade area' or 'customs union'", "free-trade", "customs")
        select (ClauseSyntax)new EstablishesClause(area, Cover(keyword, area.Span));
}
