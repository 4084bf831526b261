using AgreementLang.Diagnostics;
using Sprache;
using static AgreementLang.Syntax.ValueGrammar;
using static AgreementLang.Syntax.ClauseGrammar;

namespace AgreementLang.Syntax;

/// <summary>The substantive terms of an agreement: floors, tariffs, duties, financing, offtake, origin, MFN
/// and obligations.</summary>
internal static class TermGrammar
{
    internal static readonly Parser<ClauseSyntax> Floor =
        from keyword in K("floor")
        from subject in MineralStage
        from at in At
        from price in (from r in K("reference") from p in K("price") select (PriceSyntax?)null).XOr(Price.Select(p => (PriceSyntax?)p))
        from term in Term.XOptional()
        select (ClauseSyntax)new FloorClause(subject, price, term.OrNull(), Array.Empty<ClauseSyntax>(),
            Cover(keyword.Span, term.OrNull()?.Span ?? price?.Span ?? at.Span));

    internal static readonly Parser<ScopeSyntax> ImportScope =
        from onWord in On from imports in K("imports") from fromWord in From from scope in Scope select scope;

    internal static readonly Parser<MechanismClause> AdjustableTariff =
        from kind in K("adjustable")
        from tariff in K("tariff")
        from scope in ImportScope.XOptional()
        select new MechanismClause(new NameSyntax("adjustable tariff", Cover(kind.Span, tariff.Span)), scope.OrNull(), null, null,
            Cover(kind.Span, scope.OrNull()?.Span ?? tariff.Span));

    internal static readonly Parser<MechanismClause> PriceGapPayment =
        from kind in K("price-gap")
        from payment in K("payment")
        from beneficiary in (from to in To from name in AnyName select name).XOptional()
        from clawback in (from c in K("clawback") from share in Tokens.Percent select share).XOptional()
        select new MechanismClause(new NameSyntax("price-gap payment", Cover(kind.Span, payment.Span)), null, beneficiary.GetOrDefault(),
            clawback.OrNull(), Cover(kind.Span, clawback.OrNull()?.Span ?? beneficiary.GetOrDefault()?.Span ?? payment.Span));

    internal static readonly Parser<MechanismClause> MinimumImportPrice =
        from kind in K("minimum")
        from import in K("import")
        from price in K("price")
        select new MechanismClause(new NameSyntax("minimum import price", Cover(kind.Span, price.Span)), null, null, null,
            Cover(kind.Span, price.Span));

    internal static readonly Parser<ClauseSyntax> Mechanism =
        from keyword in K("enforced")
        from byWord in K("by")
        from mechanism in AdjustableTariff.XOr(PriceGapPayment).XOr(MinimumImportPrice)
        select (ClauseSyntax)(mechanism with { Span = Cover(keyword.Span, mechanism.Span) });

    internal static readonly Parser<ClauseSyntax> TariffCap =
        from keyword in K("tariff")
        from cap in K("cap")
        from percent in Tokens.Percent
        select (ClauseSyntax)new TariffCapClause(percent, Cover(keyword.Span, percent.Span));

    internal static readonly Parser<ClauseSyntax> Review =
        from keyword in K("review")
        from period in Period
        select (ClauseSyntax)new ReviewClause(period, Cover(keyword.Span, period.Span));

    internal static readonly Parser<StagingSyntax> Staging =
        (from fromWord in From
         from start in (from e in K("entry") from i in K("into") from f in K("force") select (DateSyntax?)null)
             .XOr(Tokens.Date.Select(d => (DateSyntax?)d))
         select new StagingSyntax(start, null, start is null ? fromWord.Span : Cover(fromWord.Span, start.Span)))
        .XOr(from keyword in K("staging")
             from category in AnyName
             select new StagingSyntax(null, category, Cover(keyword.Span, category.Span)));

    internal static readonly Parser<ClauseSyntax> Tariff =
        from keyword in K("tariff")
        from exporter in Code
        from arrow in Tokens.Symbol("->")
        from importer in Code
        from subject in MineralStage
        from line in (from l in K("line") from code in Tokens.HsCode select code).XOptional()
        from rate in Rate
        from baseRate in (from b in K("base") from r in Rate select r).XOptional()
        from staging in Staging
        select (ClauseSyntax)new TariffClause(exporter, importer, subject, line.GetOrDefault(), rate, baseRate.OrNull(), staging,
            Cover(keyword.Span, staging.Span));

    internal static readonly Parser<ClauseSyntax> ExportDutyBan =
        from keyword in K("no")
        from export in K("export")
        from duties in K("duties")
        from onWord in On
        from minerals in MineralList
        let list = minerals.ToArray()
        select (ClauseSyntax)new ExportDutyBanClause(list, Cover(keyword.Span, list[list.Length - 1].Span));

    internal static readonly Parser<ScopeSyntax> ToScope = from to in To from scope in Scope select scope;

    internal static readonly Parser<ClauseSyntax> ExportMeasure =
        from keyword in K("export")
        from clause in
            (from kind in K("tax")
             from party in Code
             from onWord in On
             from subject in MineralStage
             from rate in Tokens.Percent
             from scope in ToScope.XOptional()
             select new ExportMeasureClause(kind, party, subject, rate, null, scope.OrNull(), Cover(keyword.Span, scope.OrNull()?.Span ?? rate.Span)))
            .XOr(from kind in K("quota")
                 from party in Code
                 from onWord in On
                 from subject in MineralStage
                 from quantity in Quantity
                 from per in Per
                 from year in Year
                 from scope in ToScope.XOptional()
                 select new ExportMeasureClause(kind, party, subject, null, quantity, scope.OrNull(), Cover(keyword.Span, scope.OrNull()?.Span ?? year.Span)))
        select (ClauseSyntax)clause;

    internal static readonly Parser<ClauseSyntax> Loan =
        from keyword in K("loan")
        from fromWord in From
        from lender in AnyName
        from to in To
        from borrower in AnyName
        from amount in Money
        from rate in AtRate.XOptional()
        from f in For
        from tenor in Duration
        from validity in Validity.XOptional()
        select (ClauseSyntax)new LoanClause(lender, borrower, amount, rate.OrNull(), tenor, validity.OrNull(),
            Cover(keyword.Span, validity.OrNull()?.Span ?? tenor.Span));

    internal static readonly Parser<ClauseSyntax> Equity =
        from keyword in K("equity")
        from investor in AnyName
        from inWord in In
        from investee in AnyName
        from amount in Money
        from stake in (from f in For from share in Tokens.Percent select share).XOptional()
        select (ClauseSyntax)new EquityClause(investor, investee, amount, stake.OrNull(), Cover(keyword.Span, stake.OrNull()?.Span ?? amount.Span));

    internal static readonly Parser<ClauseSyntax> Grant =
        from keyword in K("grant")
        from fromWord in From
        from grantor in AnyName
        from to in To
        from grantee in AnyName
        from amount in Money
        from within in (from w in K("within") from d in Duration select d).XOptional()
        select (ClauseSyntax)new GrantClause(grantor, grantee, amount, within.OrNull(), Cover(keyword.Span, within.OrNull()?.Span ?? amount.Span));

    internal static readonly Parser<ClauseSyntax> Guarantee =
        from keyword in K("guarantee")
        from fromWord in From
        from guarantor in AnyName
        from to in To
        from beneficiary in AnyName
        from amount in Money
        from tenor in (from f in For from d in Duration select d).XOptional()
        select (ClauseSyntax)new GuaranteeClause(guarantor, beneficiary, amount, tenor.OrNull(), Cover(keyword.Span, tenor.OrNull()?.Span ?? amount.Span));

    internal static readonly Parser<ClauseSyntax> Financing =
        from keyword in K("financing")
        from clause in Loan.XOr(Equity).XOr(Grant).XOr(Guarantee)
        select clause switch
        {
            LoanClause c => (ClauseSyntax)(c with { Span = Cover(keyword.Span, c.Span) }),
            EquityClause c => c with { Span = Cover(keyword.Span, c.Span) },
            GrantClause c => c with { Span = Cover(keyword.Span, c.Span) },
            GuaranteeClause c => c with { Span = Cover(keyword.Span, c.Span) },
            _ => clause,
        };

    internal static readonly Parser<ClauseSyntax> Offtake =
        from keyword in K("offtake")
        from producer in AnyName
        from arrow in Tokens.Symbol("->")
        from buyer in AnyName
        from clause in
            (from share in Tokens.Percent
             from ofWord in Of
             from subject in MineralStage
             from capacity in K("capacity")
             from term in Term
             select new OfftakeClause(producer, buyer, share, null, subject, term, Cover(keyword.Span, term.Span)))
            .XOr(from volume in Quantity
                 from ofWord in Of
                 from subject in MineralStage
                 from per in Per
                 from year in Year
                 from term in Term
                 select new OfftakeClause(producer, buyer, null, volume, subject, term, Cover(keyword.Span, term.Span)))
        select (ClauseSyntax)clause;

    internal static readonly Parser<OriginCriterionSyntax> Criterion =
        (from share in Tokens.Percent
         from zone in K("zone")
         from content in K("content")
         select new OriginCriterionSyntax(new NameSyntax("zone content", Cover(zone.Span, content.Span)), share, Cover(share.Span, content.Span)))
        .XOr(from change in K("change")
             from ofWord in Of
             from tariff in K("tariff")
             from heading in K("heading")
             select new OriginCriterionSyntax(new NameSyntax("change of tariff heading", Cover(change.Span, heading.Span)), null, Cover(change.Span, heading.Span)))
        .XOr(from consigned in K("consigned")
             from fromWord in From
             from members in K("members")
             from only in K("only")
             select new OriginCriterionSyntax(new NameSyntax("consigned from members only", Cover(consigned.Span, only.Span)), null, Cover(consigned.Span, only.Span)))
        .XOr(from foreign in K("foreign")
             from entity in K("entity")
             from below in K("below")
             from share in Tokens.Percent
             select new OriginCriterionSyntax(new NameSyntax("foreign entity below", Cover(foreign.Span, below.Span)), share, Cover(foreign.Span, share.Span)));

    internal static readonly Parser<ClauseSyntax> Origin =
        from keyword in K("origin")
        from subject in MineralStage
        from requires in K("requires")
        from criteria in Criterion.XDelimitedBy(Comma)
        let list = criteria.ToArray()
        select (ClauseSyntax)new OriginClause(subject, list, Cover(keyword.Span, list[list.Length - 1].Span));

    internal static readonly Parser<ClauseSyntax> MostFavouredNation =
        from keyword in K("most")
        from favoured in K("favoured")
        from nation in K("nation")
        from beneficiary in Code
        from onWord in On
        from mineral in Mineral
        from stage in Stage.XOptional()
        from subject in Tokens.OneOf("floor or tariff", "floor", "tariff")
        select (ClauseSyntax)new MostFavouredNationClause(beneficiary, mineral, stage.GetOrDefault(), subject, Cover(keyword.Span, subject.Span));

    internal static readonly Parser<DeadlineSyntax> Deadline =
        (from byWord in K("by")
         from date in Tokens.Date
         select new DeadlineSyntax(date, null, null, Cover(byWord.Span, date.Span)))
        .XOr(from within in K("within")
             from duration in Duration
             from ofWord in Of
             from anchor in K("signature").XOr(from e in K("entry") from i in K("into") from f in K("force") select new NameSyntax("entry into force", Cover(e.Span, f.Span)))
             select new DeadlineSyntax(null, duration, anchor, Cover(within.Span, anchor.Span)));

    internal static readonly Parser<ClauseSyntax> Obligation =
        from keyword in K("obligation")
        from parties in CodeList
        from text in Tokens.String
        from deadline in Deadline
        select (ClauseSyntax)new ObligationClause(parties.ToArray(), text, deadline, Cover(keyword.Span, deadline.Span));
}
