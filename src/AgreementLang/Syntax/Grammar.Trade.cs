using AgreementLang.Diagnostics;
using Sprache;
using AgreementLang.Text;
using static AgreementLang.Syntax.ValueGrammar;

namespace AgreementLang.Syntax;

/// <summary>Tariff commitments and their staging, the ban on export duties, export taxes and quotas. Built on first use, like every clause family (see <see cref="Grammar"/>).</summary>
internal static class TradeGrammar
{
    // Structs of this assembly rather than tuples: ReadyToRun cannot precompile generic code instantiated over a
    // framework value type such as a tuple, so the JIT would compile it at every start.

    /// <summary>When staging starts: entry into force (a null date) or a date, with the span of what was written.</summary>
    internal readonly record struct StagingDate(DateSyntax? Date, TextSpan Span);

    /// <summary>The start of a tariff commitment, which is also its key in a removal.</summary>
    internal readonly record struct TariffKeyParts(TextSpan Keyword, NameSyntax Exporter, NameSyntax Importer, MineralStageSyntax Subject, NameSyntax? Line);

    /// <summary>"entry into force" (a null date) or a date, with the span of what was written.</summary>
    internal static readonly Parser<StagingDate> StagingStart =
        EntryIntoForceWords.Select(words => new StagingDate(null, words.Span)).XOr(Tokens.Date.Select(d => new StagingDate(d, d.Span)));

    internal static readonly Parser<StagingSyntax> Staging =
        ((from fromWord in From
         from start in StagingStart
         select new StagingSyntax(start.Date, null, Cover(fromWord, start.Span)))
        .XOr(from keyword in Kw.Staging
             from category in Category
             select new StagingSyntax(null, category, Cover(keyword, category.Span))))
        .Describe("'from entry into force', 'from' a date, or 'staging' and a category", "from", "staging");

    internal static readonly Parser<NameSyntax?> OptionalLine = (from l in Kw.Line from code in Tokens.HsCode select code).Maybe();

    internal static readonly Parser<RateSyntax?> OptionalBaseRate = (from b in Kw.Base from r in Rate select r).Maybe();

    /// <summary>"tariff JP -> US NdPr metal [line 2805.30]": the start of a tariff commitment, which is also its key
    /// in a removal.</summary>
    internal static readonly Parser<TariffKeyParts> TariffKey =
        from keyword in Kw.Tariff
        from exporter in Code
        from arrow in Arrow
        from importer in Code
        from subject in MineralStage
        from line in OptionalLine
        select new TariffKeyParts(keyword, exporter, importer, subject, line);

    internal static readonly Parser<ClauseSyntax> Tariff =
        from key in TariffKey
        from rate in Rate
        from baseRate in OptionalBaseRate
        from staging in Staging
        select (ClauseSyntax)new TariffClause(key.Exporter, key.Importer, key.Subject, key.Line, rate, baseRate, staging,
            Cover(key.Keyword, staging.Span));

    internal static readonly Parser<ClauseSyntax> ExportDutyBan =
        from keyword in Kw.No
        from export in Kw.Export
        from duties in Kw.Duties
        from onWord in On
        from minerals in MineralList
        let list = minerals.ToArray()
        select (ClauseSyntax)new ExportDutyBanClause(list, Cover(keyword, list[list.Length - 1].Span));

    internal static readonly Parser<ScopeSyntax?> OptionalToScope = (from to in To from scope in Scope select scope).Maybe();

    internal static readonly Parser<ExportMeasureClause> ExportTax =
        from kind in Kw.Tax
        from party in Code
        from onWord in On
        from subject in MineralStage
        from rate in Tokens.Percent
        from scope in OptionalToScope
        select new ExportMeasureClause(new NameSyntax("tax", kind), party, subject, rate, null, scope, Cover(kind, scope?.Span ?? rate.Span));

    internal static readonly Parser<ExportMeasureClause> ExportQuota =
        from kind in Kw.Quota
        from party in Code
        from onWord in On
        from subject in MineralStage
        from quantity in Quantity
        from per in Per
        from year in Year
        from scope in OptionalToScope
        select new ExportMeasureClause(new NameSyntax("quota", kind), party, subject, null, quantity, scope, Cover(kind, scope?.Span ?? year));

    internal static readonly Parser<ExportMeasureClause> AnyExportMeasure = ExportTax.XOr(ExportQuota);

    internal static readonly Parser<ClauseSyntax> ExportMeasure =
        from keyword in Kw.Export
        from clause in AnyExportMeasure
        select (ClauseSyntax)(clause with { Span = Cover(keyword, clause.Span) });
}
