using System.Collections.Immutable;
using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Syntax;

namespace AgreementLang.Semantics;

/// <summary>Binding of the substantive terms of an agreement or amendment.</summary>
public sealed partial class Binder
{
    private ImmutableArray<AgreementTerm> BindTerms(IReadOnlyList<ClauseSyntax> clauses, TermContext context)
    {
        var terms = ImmutableArray.CreateBuilder<AgreementTerm>();
        foreach (var clause in clauses)
        {
            AgreementTerm? term = clause switch
            {
                FloorClause floor => BindFloor(floor, context),
                TariffClause tariff => BindTariff(tariff, context),
                ExportDutyBanClause ban => BindExportDutyBan(ban, context),
                ExportMeasureClause measure => BindExportMeasure(measure, context),
                LoanClause loan => BindLoan(loan, context),
                EquityClause equity => BindEquity(equity, context),
                GrantClause grant => BindGrant(grant, context),
                GuaranteeClause guarantee => BindGuarantee(guarantee, context),
                OfftakeClause offtake => BindOfftake(offtake, context),
                OriginClause origin => BindOrigin(origin, context),
                MostFavouredNationClause mfn => BindMostFavouredNation(mfn, context),
                ObligationClause obligation => BindObligation(obligation, context),
                ProvisionClause provision => new StatedProvision(ProvisionTopics.Parse(provision.Topic.Text)!.Value,
                    Words(provision.Text, "the text of the '" + provision.Topic.Text + "' provision of '" + context.Agreement + "'"), context.Period, Loc(provision)),
                _ => null,
            };
            if (term is not null)
            {
                terms.Add(term);
            }
        }

        return terms.ToImmutable();
    }

    /// <summary>A clause's own period: its dates, or a duration from the agreement's start, else the agreement's.</summary>
    private Period ClausePeriod(TermSyntax? term, TermContext context)
    {
        if (term?.Validity is { } validity)
        {
            return BindValidity(validity);
        }

        if (BindDuration(term?.For) is { } duration)
        {
            return context.Period.From is { } from ? new Period(from, duration.LastDayFrom(from)) : context.Period;
        }

        return context.Period;
    }

    private Floor? BindFloor(FloorClause syntax, TermContext context)
    {
        var subject = BindMineralStage(syntax.Subject);
        if (subject is null)
        {
            return null;
        }

        var period = ClausePeriod(syntax.Term, context);
        var reference = context.Zone?.ReferencePrices.FirstOrDefault(r => r.Subject == subject && r.Validity.Overlaps(period));
        UnitPrice? price;
        if (syntax.Price is null)
        {
            if (context.Zone is null)
            {
                Add(Diagnostic.MissingClause(Loc(syntax.Subject), "agreement", context.Agreement, "zone, which a floor at reference price needs"));
                return null;
            }

            var prices = context.Zone.ReferencePrices.Where(r => r.Subject == subject).Select(r => r.Validity).ToArray();
            var gaps = Uncovered(period, prices);
            if (reference is null || gaps.Count > 0)
            {
                var why = prices.Length == 0
                    ? "the zone declares no reference price for " + subject + DidYouMean(subject.ToString(), context.Zone.ReferencePrices.Select(r => r.Subject.ToString()))
                    : "the zone's reference price for " + subject + " applies only " + string.Join(" and ", prices.OrderBy(p => p.From ?? DateTime.MinValue).Select(p => p.ToString()));
                Add(Diagnostic.NoReferencePriceForPeriod(Loc(syntax.Subject), context.Zone.Name, subject,
                    string.Join(" and ", gaps.Take(3).Select(g => g.ToString())) + (gaps.Count > 3 ? " and at other dates" : ""), why));
                if (reference is null)
                {
                    return null;
                }
            }

            price = reference.Price;
        }
        else
        {
            price = BindPrice(syntax.Price);
            if (price is null)
            {
                return null;
            }

            if (reference is not null)
            {
                CheckSameCurrency(price.Value.Money, reference.Price.Money, syntax.Price.Money, "the floor", "the zone's reference price", context.Rates);
                CheckSameBasis(price.Value.Basis, price.Value.Unit, reference.Price.Basis, reference.Price.Unit, syntax.Price, "the floor", "the zone's reference price");
            }
        }

        var mechanism = new FloorMechanism(FloorMechanismKind.None, null, null, null);
        Percentage? cap = null;
        ReviewPeriod? review = null;
        var seen = new Dictionary<string, ClauseSyntax>(StringComparer.Ordinal);
        var owner = "the floor for " + subject;
        foreach (var clause in syntax.Body)
        {
            switch (clause)
            {
                case MechanismClause m when FirstOfItsKind(seen, "mechanism", m, owner):
                    if (m.Beneficiary is { } beneficiary)
                    {
                        ResolveActor(beneficiary, "beneficiary", null);
                    }

                    mechanism = new FloorMechanism(
                        m.Kind.Text switch
                        {
                            "adjustable tariff" => FloorMechanismKind.AdjustableTariff,
                            "price-gap payment" => FloorMechanismKind.PriceGapPayment,
                            "export tax" => FloorMechanismKind.ExportTax,
                            _ => FloorMechanismKind.MinimumImportPrice,
                        },
                        m.Kind.Text is "adjustable tariff" || (m.Kind.Text == "export tax" && m.Scope is not null) ? BindScope(m.Scope) : null,
                        m.Beneficiary?.Text,
                        BindShare(m.Clawback, "the clawback share"),
                        m.Against switch
                        {
                            StringSyntax index => new Benchmark(Words(index, "the benchmark of the price-gap payment for " + subject)),
                            NameSyntax => Benchmark.MarketPrice,
                            _ => null,
                        },
                        BindShare(m.UpsideShare, "the upside share"),
                        m.ExportTax is { } exportTax ? new Percentage(exportTax.Value) : null);
                    break;
                case TariffCapClause c when FirstOfItsKind(seen, "tariff cap", c, owner):
                    cap = new Percentage(c.Cap.Value);
                    break;
                case ReviewClause r when FirstOfItsKind(seen, "review", r, owner):
                    review = BindPeriod(r.Period);
                    break;
            }
        }

        return new Floor(subject, syntax.Price is null, price, mechanism, cap, review, BindDuration(syntax.Term?.For), period, Loc(syntax));
    }

    /// <summary>The parts of <paramref name="period"/> that none of <paramref name="covers"/> covers, in order (both
    /// ends of a period included).</summary>
    private static List<Period> Uncovered(Period period, IReadOnlyList<Period> covers)
    {
        var gaps = new List<Period>();
        DateTime? cursor = period.From; // null: from the beginning of time
        var done = false;
        foreach (var cover in covers.Where(c => c.Overlaps(period)).OrderBy(c => c.From ?? DateTime.MinValue))
        {
            if (cover.From is { } from && from > DateTime.MinValue.Date && (cursor is null || cursor < from))
            {
                gaps.Add(new Period(cursor, from.AddDays(-1)));
            }

            if (cover.Until is not { } until || until >= DateTime.MaxValue.Date)
            {
                done = true;
                break;
            }

            var next = until.AddDays(1);
            if (cursor is null || next > cursor)
            {
                cursor = next;
            }

            if (period.Until is { } end && cursor > end)
            {
                done = true;
                break;
            }
        }

        if (!done)
        {
            gaps.Add(new Period(cursor, period.Until));
        }

        return gaps;
    }

    private void CheckSameBasis(QuantityBasis basis, MassUnit unit, QuantityBasis otherBasis, MassUnit otherUnit, SyntaxNode at, string what, string otherWhat)
    {
        if (basis != otherBasis)
        {
            Add(Diagnostic.UnitMismatch(Loc(at), what, Units.Symbol(unit) + " " + Units.BasisText(basis), otherWhat,
                Units.Symbol(otherUnit) + " " + Units.BasisText(otherBasis), "the bases differ and no conversion between them is declared"));
        }
    }

    private TariffCommitment? BindTariff(TariffClause syntax, TermContext context)
    {
        var exporter = RequireParty(syntax.Exporter, context);
        var importer = RequireParty(syntax.Importer, context);
        var subject = BindMineralStage(syntax.Subject);
        var line = syntax.Line is null || ValidHsCode(syntax.Line);
        var rate = BindRate(syntax.Rate);
        var baseRate = BindRate(syntax.Base);
        if (!exporter || !importer || subject is null || !line || rate is null)
        {
            return null;
        }

        var staging = syntax.Staging.Category is { } category ? new Staging(StagingKind.Category, null, category.Text)
            : syntax.Staging.From is { } from ? new Staging(StagingKind.Date, from.Value, null)
            : new Staging(StagingKind.EntryIntoForce, null, null);
        var period = staging.Kind == StagingKind.Date ? context.Period with { From = staging.From } : context.Period;
        return new TariffCommitment(syntax.Exporter.Text, syntax.Importer.Text, subject, syntax.Line?.Text, rate, baseRate, staging, period, Loc(syntax));
    }

    private ExportDutyBan? BindExportDutyBan(ExportDutyBanClause syntax, TermContext context)
    {
        var minerals = syntax.Minerals.Select(BindMineral).ToArray();
        if (minerals.Any(m => m is null))
        {
            return null;
        }

        // A mineral named twice (Mn, manganese) is a slip worth a warning; the model keeps the list as written.
        var listed = new Dictionary<string, NameSyntax>(StringComparer.Ordinal);
        for (var i = 0; i < minerals.Length; i++)
        {
            if (!listed.TryGetValue(minerals[i]!, out var first))
            {
                listed[minerals[i]!] = syntax.Minerals[i];
                continue;
            }

            Add(Diagnostic.MineralListedTwice(Loc(syntax.Minerals[i]), syntax.Minerals[i].Text, minerals[i]!,
                first.Text == syntax.Minerals[i].Text ? "" : " as '" + first.Text + "'"));
        }

        return new ExportDutyBan(minerals.Select(m => m!).ToImmutableArray(), context.Parties, context.Period, Loc(syntax));
    }

    private ExportMeasure? BindExportMeasure(ExportMeasureClause syntax, TermContext context)
    {
        var party = RequireParty(syntax.Party, context);
        var subject = BindMineralStage(syntax.Subject);
        var quota = syntax.Quota is null ? null : BindQuantity(syntax.Quota);
        if (!party || subject is null || (syntax.Quota is not null && quota is null))
        {
            return null;
        }

        return new ExportMeasure(syntax.Kind.Text == "tax" ? ExportMeasureKind.Tax : ExportMeasureKind.Quota, syntax.Party.Text, subject,
            syntax.Tax is { } tax ? new Percentage(tax.Value) : null, quota, BindScope(syntax.Scope), context.Period, Loc(syntax));
    }

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

    private Offtake? BindOfftake(OfftakeClause syntax, TermContext context)
    {
        Producer? producer = null;
        if (_producers.TryGetValue(syntax.Producer.Text, out var found))
        {
            producer = found;
        }
        else if (_symbols.TryGetValue(syntax.Producer.Text, out var symbol))
        {
            Add(Diagnostic.WrongKindOfName(Loc(syntax.Producer), syntax.Producer.Text, symbol.Syntax.KindName, "a producer"));
        }
        else
        {
            Add(Diagnostic.UnknownName(Loc(syntax.Producer), "producer", syntax.Producer.Text, DidYouMean(syntax.Producer.Text, SymbolsOfKind("producer"))));
        }

        var buyer = ResolveActor(syntax.Buyer, "buyer", null);
        var subject = BindMineralStage(syntax.Subject);
        var share = BindShare(syntax.Share, "a share of capacity");
        var volume = syntax.Volume is null ? null : BindQuantity(syntax.Volume);
        if (producer is null || !buyer || subject is null || (syntax.Share is not null && share is null) || (syntax.Volume is not null && volume is null))
        {
            return null;
        }

        var capacities = producer.Capacities.Where(c => c.Subject == subject).ToArray();
        if (capacities.Length == 0)
        {
            Add(Diagnostic.UnknownName(Loc(syntax.Subject), "capacity of producer " + producer.Name + " for", subject.ToString(),
                DidYouMean(subject.ToString(), producer.Capacities.Select(c => c.Subject.ToString()))));
            return null;
        }

        if (volume is { } v && capacities[0].PerYear.Basis != v.Basis)
        {
            CheckSameBasis(v.Basis, v.Unit, capacities[0].PerYear.Basis, capacities[0].PerYear.Unit, syntax.Volume!, "the volume", "the producer's capacity");
            return null;
        }

        var duration = syntax.Term.Validity is null ? BindDuration(syntax.Term.For) : null;
        var period = syntax.Term.Validity is { } validity ? BindValidity(validity)
            : duration is { } d ? OfftakePeriod(d, context.Period, capacities)
            : context.Period;
        EarningsFloor? earnings = null;
        if (syntax.Earnings is { } e)
        {
            var perYear = BindPositiveMoney(e.PerYear, "an earnings floor");
            var escalator = BindShare(e.Escalator, "an annual escalator");
            if (perYear is null || (e.Escalator is not null && escalator is null))
            {
                return null;
            }

            earnings = new EarningsFloor(perYear.Value, escalator);
        }

        return new Offtake(producer.Name, syntax.Buyer.Text, subject, share, volume, duration, period, Loc(syntax), earnings);
    }

    /// <summary>An offtake <c>for</c> a duration runs from when both the agreement (or amendment) and the capacity
    /// it draws on exist — the later of their starts — for that duration. A capacity stated without a start
    /// exists from the first; with several statements for the subject, the earliest start counts. With the
    /// agreement's start unknown, the offtake has the agreement's period, as every other clause.</summary>
    private static Period OfftakePeriod(Duration duration, Period agreement, IReadOnlyList<Capacity> capacities)
    {
        if (agreement.From is not { } start)
        {
            return agreement;
        }

        DateTime? capacityFrom = null;
        foreach (var capacity in capacities)
        {
            if (capacity.Validity.From is not { } from)
            {
                capacityFrom = null;
                break;
            }

            capacityFrom = capacityFrom is { } earliest && earliest <= from ? earliest : from;
        }

        if (capacityFrom is { } c && c > start)
        {
            start = c;
        }

        return new Period(start, duration.LastDayFrom(start));
    }

    private OriginRule? BindOrigin(OriginClause syntax, TermContext context)
    {
        var subject = BindMineralStage(syntax.Subject);
        Percentage? content = null;
        OriginValuation? valuation = null;
        Percentage? foreign = null;
        var heading = false;
        var consigned = false;
        var alternatives = ImmutableArray.CreateBuilder<OriginCriterion>();
        foreach (var criterion in syntax.Criteria)
        {
            if (criterion.Alternative)
            {
                // A member of the either/or group: kept as written, apart from the criteria that all apply.
                alternatives.Add(criterion.Kind.Text switch
                {
                    "zone content" => new OriginCriterion(OriginCriterionKind.ZoneContent, BindShare(criterion.Percent, "a zone-content threshold"),
                        OriginWords.Parse(criterion.Valuation?.Text)),
                    "change of tariff heading" => new OriginCriterion(OriginCriterionKind.ChangeOfTariffHeading),
                    "consigned from members only" => new OriginCriterion(OriginCriterionKind.ConsignedFromMembersOnly),
                    _ => new OriginCriterion(OriginCriterionKind.ForeignEntityBelow, BindShare(criterion.Percent, "a foreign-entity ownership threshold")),
                });
                continue;
            }

            switch (criterion.Kind.Text)
            {
                case "zone content":
                    content = BindShare(criterion.Percent, "a zone-content threshold");
                    valuation = OriginWords.Parse(criterion.Valuation?.Text);
                    break;
                case "change of tariff heading":
                    heading = true;
                    break;
                case "consigned from members only":
                    consigned = true;
                    break;
                default:
                    foreign = BindShare(criterion.Percent, "a foreign-entity ownership threshold");
                    break;
            }
        }

        return subject is null ? null : new OriginRule(subject, content, heading, consigned, foreign, context.Period, Loc(syntax),
            valuation, alternatives.Count == 0 ? null : new OriginAlternatives(alternatives.ToImmutable()));
    }

    private MostFavouredNation? BindMostFavouredNation(MostFavouredNationClause syntax, TermContext context)
    {
        var beneficiary = RequireParty(syntax.Beneficiary, context);
        var mineral = BindMineral(syntax.Mineral);
        var stage = syntax.Stage is null ? null : BindStage(syntax.Stage);
        if (!beneficiary || mineral is null || (syntax.Stage is not null && stage is null))
        {
            return null;
        }

        return new MostFavouredNation(syntax.Beneficiary.Text, mineral, stage?.Name,
            syntax.Subject.Text == "floor" ? MfnSubject.Floor : MfnSubject.Tariff, context.Period, Loc(syntax), BindMfnExceptions(syntax.Exceptions));
    }

    private Obligation? BindObligation(ObligationClause syntax, TermContext context)
    {
        var parties = syntax.Parties.Select(p => RequireParty(p, context)).ToArray();
        if (parties.Any(ok => !ok))
        {
            return null;
        }

        var deadline = syntax.Deadline;
        DeadlineAnchor anchor;
        Duration? within = null;
        DateTime? due = null;
        string? instrument = null;
        if (deadline is null)
        {
            anchor = DeadlineAnchor.None;
        }
        else if (deadline.By is { } by)
        {
            anchor = DeadlineAnchor.Date;
            due = by.Value;
        }
        else
        {
            within = BindDuration(deadline.Within);
            anchor = deadline.Anchor?.Text == "signature" ? DeadlineAnchor.Signature : DeadlineAnchor.EntryIntoForce;
            if (deadline.Instrument is { } other)
            {
                // Counted from another instrument's date, which the checks know once every file is bound.
                instrument = ResolveInstrument(other);
                if (instrument is null)
                {
                    return null;
                }
            }
            else
            {
                var start = anchor == DeadlineAnchor.Signature ? context.Signed : context.EntryIntoForce;
                due = start is { } s && within is { } w ? w.AddTo(s) : null;
            }
        }

        return new Obligation(syntax.Parties.Select(p => p.Text).ToImmutableArray(),
            Words(syntax.Text, "the text of the obligation of " + string.Join(", ", syntax.Parties.Select(p => p.Text)) + " in '" + context.Agreement + "'"), anchor, within, due, context.Period, Loc(syntax),
            instrument);
    }
}
