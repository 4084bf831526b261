using AgreementLang.Diagnostics;
using Sprache;
using AgreementLang.Text;
using static AgreementLang.Syntax.ValueGrammar;
using static AgreementLang.Syntax.ClauseGrammar;

namespace AgreementLang.Syntax;

/// <summary>The substantive terms of an agreement: floors, tariffs, duties, financing, offtake, origin, MFN
/// and obligations. Every parser after the first of a query is a field, never built inside a lambda.</summary>
internal static class TermGrammar
{
    /// <summary>"reference price" (a null price) or a stated price, with the span of the words, so that the
    /// floor's span covers "reference price" too.</summary>
    internal static readonly Parser<(PriceSyntax? Price, TextSpan Span)> FloorPrice =
        (from r in Kw.Reference from p in Kw.Price select ((PriceSyntax?)null, Cover(r, p)))
        .XOr(Price.Select(p => ((PriceSyntax?)p, p.Span)))
        .Describe("'reference price' or a price such as USD 110.00 per kg", "reference");

    internal static readonly Parser<ClauseSyntax> Floor =
        from keyword in Kw.Floor
        from subject in MineralStage
        from at in At
        from price in FloorPrice
        from term in OptionalTerm
        select (ClauseSyntax)new FloorClause(subject, price.Price, term, Array.Empty<ClauseSyntax>(),
            Cover(keyword, term?.Span ?? price.Span));

    internal static readonly Parser<ScopeSyntax?> OptionalImportScope =
        (from onWord in On from imports in Kw.Imports from fromWord in From from scope in Scope select scope).Maybe();

    internal static readonly Parser<MechanismClause> AdjustableTariff =
        from kind in Kw.Adjustable
        from tariff in Kw.Tariff
        from scope in OptionalImportScope
        select new MechanismClause(new NameSyntax("adjustable tariff", Cover(kind, tariff)), scope, null, null,
            Cover(kind, scope?.Span ?? tariff));

    internal static readonly Parser<NameSyntax?> OptionalBeneficiary = (from to in To from name in Actor select name).Maybe();

    internal static readonly Parser<PercentSyntax?> OptionalClawback =
        (from c in Kw.Clawback from share in Tokens.Percent select share).Maybe();

    /// <summary>A market-linked price: "market price", or a named index in quotes.</summary>
    internal static readonly Parser<SyntaxNode> BenchmarkName =
        (from market in Kw.Market from price in Kw.Price select (SyntaxNode)new NameSyntax("market price", Cover(market, price)))
        .XOr(Tokens.QuotedText("a benchmark index in quotes, such as \"NdPr oxide, Asian Metal, FOB China\"").Select(s => (SyntaxNode)s))
        .Describe("'market price' or a benchmark index in quotes", "market");

    internal static readonly Parser<SyntaxNode?> OptionalAgainst = (from against in Kw.Against from benchmark in BenchmarkName select benchmark).Maybe();

    /// <summary>"upside share 30%": the payer's share of the gain when the benchmark is above the floor.</summary>
    internal static readonly Parser<PercentSyntax?> OptionalUpsideShare =
        (from upside in Kw.Upside from share in Kw.Share from percent in Tokens.Percent select percent).Maybe();

    internal static readonly Parser<MechanismClause> PriceGapPayment =
        from kind in Kw.PriceGap
        from payment in Kw.Payment
        from beneficiary in OptionalBeneficiary
        from against in OptionalAgainst
        from clawback in OptionalClawback
        from upside in OptionalUpsideShare
        select new MechanismClause(new NameSyntax("price-gap payment", Cover(kind, payment)), null, beneficiary,
            clawback, Cover(kind, upside?.Span ?? clawback?.Span ?? against?.Span ?? beneficiary?.Span ?? payment), against, upside);

    internal static readonly Parser<MechanismClause> MinimumImportPrice =
        from kind in Kw.Minimum
        from import in Kw.Import
        from price in Kw.Price
        select new MechanismClause(new NameSyntax("minimum import price", Cover(kind, price)), null, null, null,
            Cover(kind, price));

    internal static readonly Parser<ScopeSyntax?> OptionalExportScope = (from to in To from scope in Scope select scope).Maybe();

    /// <summary>"export tax 25% [to non-members]": the exporting party taxes exports below the floor.</summary>
    internal static readonly Parser<MechanismClause> ExportTaxMechanism =
        from export in Kw.Export
        from tax in Kw.Tax
        from rate in Tokens.Percent
        from scope in OptionalExportScope
        select new MechanismClause(new NameSyntax("export tax", Cover(export, tax)), scope, null, null, Cover(export, scope?.Span ?? rate.Span),
            ExportTax: rate);

    internal static readonly Parser<MechanismClause> AnyMechanism = AdjustableTariff.XOr(PriceGapPayment).XOr(MinimumImportPrice).XOr(ExportTaxMechanism);

    internal static readonly Parser<ClauseSyntax> Mechanism =
        from keyword in Kw.Enforced
        from byWord in Kw.By
        from mechanism in AnyMechanism
        select (ClauseSyntax)(mechanism with { Span = Cover(keyword, mechanism.Span) });

    internal static readonly Parser<ClauseSyntax> TariffCap =
        from keyword in Kw.Tariff
        from cap in Kw.Cap
        from percent in Tokens.Percent
        select (ClauseSyntax)new TariffCapClause(percent, Cover(keyword, percent.Span));

    internal static readonly Parser<ClauseSyntax> Review =
        from keyword in Kw.Review
        from period in Period
        select (ClauseSyntax)new ReviewClause(period, Cover(keyword, period.Span));

    internal static readonly Parser<NameSyntax> EntryIntoForceWords =
        from e in Kw.Entry from i in Kw.Into from f in Kw.Force select new NameSyntax("entry into force", Cover(e, f));

    /// <summary>"entry into force" (a null date) or a date, with the span of what was written.</summary>
    internal static readonly Parser<(DateSyntax? Date, TextSpan Span)> StagingStart =
        EntryIntoForceWords.Select(words => ((DateSyntax?)null, words.Span)).XOr(Tokens.Date.Select(d => ((DateSyntax?)d, d.Span)));

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
    internal static readonly Parser<(TextSpan Keyword, NameSyntax Exporter, NameSyntax Importer, MineralStageSyntax Subject, NameSyntax? Line)> TariffKey =
        from keyword in Kw.Tariff
        from exporter in Code
        from arrow in Arrow
        from importer in Code
        from subject in MineralStage
        from line in OptionalLine
        select (keyword, exporter, importer, subject, line);

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

    /// <summary>The part of an offtake after the buyer: a share of capacity or a volume per year, and a term.</summary>
    internal static readonly Parser<OfftakeClause> OfftakeAmount =
        (from share in Tokens.Percent
         from ofWord in Of
         from subject in MineralStage
         from capacity in Kw.Capacity
         from term in Term
         select new OfftakeClause(subject.Mineral, subject.Mineral, share, null, subject, term, Cover(share.Span, term.Span)))
        .XOr(from volume in Quantity
             from ofWord in Of
             from subject in MineralStage
             from per in Per
             from year in Year
             from term in Term
             select new OfftakeClause(subject.Mineral, subject.Mineral, null, volume, subject, term, Cover(volume.Span, term.Span)));

    internal static readonly Parser<Escalation?> OptionalEscalator =
        (from escalator in Kw.Escalator
         from percent in Tokens.Percent
         from per in Per
         from year in Year
         select new Escalation(percent, Cover(escalator, year))).Maybe();

    /// <summary>"earnings floor USD 140 million per year [escalator 2% per year]".</summary>
    internal static readonly Parser<EarningsFloorSyntax?> OptionalEarningsFloor =
        (from earnings in Kw.Earnings
         from floor in Kw.Floor
         from money in Money
         from per in Per
         from year in Year
         from escalator in OptionalEscalator
         select new EarningsFloorSyntax(money, escalator?.Percent, Cover(earnings, escalator?.Span ?? year))).Maybe();

    internal static readonly Parser<ClauseSyntax> Offtake =
        from keyword in Kw.Offtake
        from producer in ProducerName
        from arrow in Arrow
        from buyer in Actor
        from clause in OfftakeAmount
        from earnings in OptionalEarningsFloor
        select (ClauseSyntax)(clause with { Producer = producer, Buyer = buyer, Earnings = earnings, Span = Cover(keyword, earnings?.Span ?? clause.Span) });

    /// <summary>"by transaction value" or "by net cost": how a zone-content test is calculated.</summary>
    internal static readonly Parser<NameSyntax> Valuation =
        from byWord in Kw.By
        from method in (from transaction in Kw.Transaction
                        from valueWord in Kw.Value
                        select new NameSyntax("transaction value", Cover(transaction, valueWord)))
            .XOr(from net in Kw.Net
                 from cost in Kw.Cost
                 select new NameSyntax("net cost", Cover(net, cost)))
            .Describe("a valuation method: transaction value or net cost", "transaction", "net")
        select method;

    internal static readonly Parser<NameSyntax?> OptionalValuation = Valuation.Maybe();

    internal static readonly Parser<OriginCriterionSyntax> Criterion =
        (from share in Tokens.Percent
         from zone in Kw.Zone
         from content in Kw.Content
         from method in OptionalValuation
         select new OriginCriterionSyntax(new NameSyntax("zone content", Cover(zone, content)), share, Cover(share.Span, method?.Span ?? content), method))
        .XOr(from change in Kw.Change
             from ofWord in Of
             from tariff in Kw.Tariff
             from heading in Kw.Heading
             select new OriginCriterionSyntax(new NameSyntax("change of tariff heading", Cover(change, heading)), null, Cover(change, heading)))
        .XOr(from consigned in Kw.Consigned
             from fromWord in From
             from members in Kw.Members
             from only in Kw.Only
             select new OriginCriterionSyntax(new NameSyntax("consigned from members only", Cover(consigned, only)), null, Cover(consigned, only)))
        .XOr(from foreign in Kw.Foreign
             from entity in Kw.Entity
             from below in Kw.Below
             from share in Tokens.Percent
             select new OriginCriterionSyntax(new NameSyntax("foreign entity below", Cover(foreign, below)), share, Cover(foreign, share.Span)));

    /// <summary>Criteria joined by "or": one criterion alone, or an either/or group of two or more.</summary>
    internal static readonly Parser<IEnumerable<OriginCriterionSyntax>> CriterionGroup = Criterion.XDelimitedBy(Kw.Or);

    /// <summary>Comma-separated criteria, all of which apply, of which at most one is an either/or group: a second
    /// group is refused where it starts (the rule would otherwise say which alternatives combine with which).</summary>
    internal static readonly Parser<IEnumerable<OriginCriterionSyntax>> Criteria = input =>
    {
        var items = new List<OriginCriterionSyntax>();
        var grouped = false;
        var at = input;
        while (true)
        {
            var group = CriterionGroup(at);
            if (!group.WasSuccessful)
            {
                return Results.Failure<IEnumerable<OriginCriterionSyntax>>(group.Remainder, group.Message, group.Expectations);
            }

            var members = group.Value.ToArray();
            if (members.Length > 1)
            {
                if (grouped)
                {
                    return Results.Failure<IEnumerable<OriginCriterionSyntax>>(at,
                        "a rule of origin has at most one either/or group", new[] { "a criterion not joined by 'or' (a rule of origin has one either/or group)" });
                }

                grouped = true;
                items.AddRange(members.Select(m => m with { Alternative = true }));
            }
            else
            {
                items.Add(members[0]);
            }

            var comma = Comma(group.Remainder);
            if (!comma.WasSuccessful)
            {
                if (!comma.Remainder.Equals(group.Remainder))
                {
                    return Results.Failure<IEnumerable<OriginCriterionSyntax>>(comma.Remainder, comma.Message, comma.Expectations);
                }

                return Results.Success<IEnumerable<OriginCriterionSyntax>>(items, group.Remainder);
            }

            at = comma.Remainder;
        }
    };

    internal static readonly Parser<ClauseSyntax> Origin =
        from keyword in Kw.Origin
        from subject in MineralStage
        from requires in Kw.Requires
        from criteria in Criteria
        let list = criteria.ToArray()
        select (ClauseSyntax)new OriginClause(subject, list, Cover(keyword, list[list.Length - 1].Span));

    internal static readonly Parser<NameSyntax?> OptionalStage = Stage.Maybe();

    internal static readonly Parser<NameSyntax> FloorOrTariff = Tokens.OneOf("floor or tariff", "floor", "tariff");

    /// <summary>"most favoured nation JP on NdPr oxide tariff": the clause, which is also its key in a removal.</summary>
    internal static readonly Parser<(TextSpan Keyword, NameSyntax Beneficiary, NameSyntax Mineral, NameSyntax? Stage, NameSyntax Subject)> MostFavouredNationKey =
        from keyword in Kw.Most
        from favoured in Kw.Favoured
        from nation in Kw.Nation
        from beneficiary in Code
        from onWord in On
        from mineral in Mineral
        from stage in OptionalStage
        from subject in FloorOrTariff
        select (keyword, beneficiary, mineral, stage, subject);

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

    internal static readonly Parser<NameSyntax> DeadlineAnchor =
        Kw.Signature.Select(span => new NameSyntax("signature", span)).XOr(EntryIntoForceWords).Describe("'signature' or 'entry into force'", "signature", "entry");

    /// <summary>"of US-AU-2026" after a deadline's anchor: the anchor is that instrument's date, not this one's.</summary>
    internal static readonly Parser<NameSyntax?> OptionalOfInstrument = (from ofWord in Of from name in AgreementName select name).Maybe();

    internal static readonly Parser<DeadlineSyntax> Deadline =
        (from byWord in Kw.By
         from date in Tokens.Date
         select new DeadlineSyntax(date, null, null, Cover(byWord, date.Span)))
        .XOr(from within in Kw.Within
             from duration in Duration
             from ofWord in Of
             from anchor in DeadlineAnchor
             from instrument in OptionalOfInstrument
             select new DeadlineSyntax(null, duration, anchor, Cover(within, instrument?.Span ?? anchor.Span), instrument));

    internal static readonly Parser<DeadlineSyntax?> OptionalDeadline = Deadline.Maybe();

    // The words are the language's own (the syntax layer knows no model); a test keeps them equal to the
    // model's ProvisionTopic words, as for entity kinds.
    private static readonly string[] ProvisionTopicWords =
        ["governing-law", "dispute-resolution", "assignment", "confidentiality", "appropriations", "depositary", "accession"];

    internal static readonly Parser<NameSyntax> ProvisionTopic =
        Tokens.OneOf("a provision topic: " + string.Join(", ", ProvisionTopicWords), ProvisionTopicWords);

    internal static readonly Parser<StringSyntax> ProvisionText = Tokens.QuotedText("the provision's text, in quotes");

    internal static readonly Parser<ClauseSyntax> Provision =
        from keyword in Kw.Provision
        from topic in ProvisionTopic
        from text in ProvisionText
        select (ClauseSyntax)new ProvisionClause(topic, text, Cover(keyword, text.Span));

    internal static readonly Parser<ClauseSyntax> Obligation =
        from keyword in Kw.Obligation
        from parties in CodeList
        from text in Undertaking
        from deadline in OptionalDeadline
        select (ClauseSyntax)new ObligationClause(parties.ToArray(), text, deadline, Cover(keyword, deadline?.Span ?? text.Span));

    // ---- removals (amendments only): "remove" and the key of the clause to delete

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
        from key in TariffKey
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
        from key in MostFavouredNationKey
        select Removed("most favoured nation", key.Keyword, key.Subject.Span, mineral: key.Mineral, stage: key.Stage, names: [key.Beneficiary, key.Subject]);

    internal static readonly Parser<RemoveClause> RemoveObligation =
        from keyword in Kw.Obligation
        from parties in CodeList
        from text in Undertaking
        select Removed("obligation", keyword, text.Span, text: text, names: parties.ToArray());

    internal static readonly Parser<RemoveClause> RemoveProvision =
        from keyword in Kw.Provision
        from topic in ProvisionTopic
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
