using AgreementLang.Diagnostics;
using Sprache;
using AgreementLang.Text;
using static AgreementLang.Syntax.ValueGrammar;

namespace AgreementLang.Syntax;

/// <summary>Removals (amendments only): <c>remove</c> and the key of the clause to delete. Built on first use, like every clause family (see <see cref="Grammar"/>).</summary>
internal static class RemovalGrammar
{
    private static RemoveClause Removed(string kind, TextSpan kindSpan, TextSpan end, MineralStageSyntax? subject = null,
        NameSyntax? line = null, NameSyntax? mineral = null, NameSyntax? stage = null, StringSyntax? text = null, params NameSyntax[] names) =>
        new(new NameSyntax(kind, kindSpan), names, subject, line, mineral, stage, text, Cover(kindSpan, end));

    internal static readonly Parser<NameSyntax> TaxOrQuota = Tokens.OneOf("tax or quota", "tax", "quota");

    internal static readonly Parser<NameSyntax> LoanGrantOrGuarantee = Tokens.OneOf("loan, grant or guarantee", "loan", "grant", "guarantee");

    internal static readonly Parser<RemoveClause> RemoveFloor =
        from keyword in Kw.Floor
        from subject in MineralStage
        select Removed("floor", keyword, subject.Span, subject);

    internal static readonly Parser<RemoveClause> RemoveTariff =
        from key in TradeGrammar.TariffKey
        select Removed("tariff", key.Keyword, key.Line?.Span ?? key.Subject.Span, key.Subject, key.Line, names: [key.Exporter, key.Importer]);

    internal static readonly Parser<RemoveClause> RemoveExportDuties =
        from duties in Kw.Duties
        select Removed("export duties", duties, duties);

    internal static readonly Parser<RemoveClause> RemoveExportMeasure =
        from kind in TaxOrQuota
        from party in Code
        from onWord in On
        from subject in MineralStage
        select Removed("export " + kind.Text, kind.Span, subject.Span, subject, names: [party]);

    internal static readonly Parser<RemoveClause> AnyExportRemoval =
        RemoveExportDuties.XOr(RemoveExportMeasure).Describe("duties, tax or quota", "duties", "tax", "quota");

    internal static readonly Parser<RemoveClause> RemoveExport =
        from keyword in Kw.Export
        from clause in AnyExportRemoval
        select clause with { Span = Cover(keyword, clause.Span) };

    internal static readonly Parser<RemoveClause> RemoveFromTo =
        from kind in LoanGrantOrGuarantee
        from fromWord in From
        from first in Actor
        from to in To
        from second in Actor
        select Removed(kind.Text, kind.Span, second.Span, names: [first, second]);

    internal static readonly Parser<RemoveClause> RemoveEquity =
        from kind in Kw.Equity
        from investor in Actor
        from inWord in In
        from investee in Actor
        select Removed("equity", kind, investee.Span, names: [investor, investee]);

    internal static readonly Parser<RemoveClause> AnyFinancingRemoval =
        RemoveFromTo.XOr(RemoveEquity).Describe("loan, equity, grant or guarantee", "loan", "equity", "grant", "guarantee");

    internal static readonly Parser<RemoveClause> RemoveFinancing =
        from keyword in Kw.Financing
        from clause in AnyFinancingRemoval
        select clause with { Span = Cover(keyword, clause.Span) };

    internal static readonly Parser<RemoveClause> RemoveOfftake =
        from keyword in Kw.Offtake
        from producer in ProducerName
        from arrow in Arrow
        from buyer in Actor
        from subject in MineralStage
        select Removed("offtake", keyword, subject.Span, subject, names: [producer, buyer]);

    internal static readonly Parser<RemoveClause> RemoveOrigin =
        from keyword in Kw.Origin
        from subject in MineralStage
        select Removed("origin", keyword, subject.Span, subject);

    internal static readonly Parser<RemoveClause> RemoveMostFavouredNation =
        from key in PreferenceGrammar.MostFavouredNationKey
        select Removed("most favoured nation", key.Keyword, key.Subject.Span, mineral: key.Mineral, stage: key.Stage, names: [key.Beneficiary, key.Subject]);

    internal static readonly Parser<RemoveClause> RemoveObligation =
        from keyword in Kw.Obligation
        from parties in CodeList
        from text in Undertaking
        select Removed("obligation", keyword, text.Span, text: text, names: parties.ToArray());

    internal static readonly Parser<RemoveClause> RemoveProvision =
        from keyword in Kw.Provision
        from topic in ObligationGrammar.ProvisionTopic
        select Removed("provision", keyword, topic.Span, names: [topic]);

    internal static readonly Parser<RemoveClause> AnyRemoval =
        RemoveFloor.XOr(RemoveTariff).XOr(RemoveExport).XOr(RemoveFinancing).XOr(RemoveOfftake).XOr(RemoveOrigin)
            .XOr(RemoveMostFavouredNation).XOr(RemoveObligation).XOr(RemoveProvision)
            .Describe("the clause to remove: floor, tariff, export, financing, offtake, origin, most favoured nation, obligation or provision",
                "floor", "tariff", "export", "financing", "offtake", "origin", "most", "obligation", "provision");

    internal static readonly Parser<ClauseSyntax> Remove =
        from keyword in Kw.Remove
        from clause in AnyRemoval
        select (ClauseSyntax)(clause with { Span = Cover(keyword, clause.Span) });
}
