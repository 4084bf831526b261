using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using AgreementLang.Model;
using AgreementLang.Formatting;

namespace AgreementLang.Formatting;

/// <summary>Writes a bound model back as <c>.agr</c> text that binds to the same model (the unparser). Every value
/// is written explicitly (kind, binding, indefinite term), so the text does not depend on the binder's defaults.
/// A term's period is written only when it differs from the one the binder would derive from the agreement, the
/// way an author writes it. Parts of a model that no text can produce — a period with an end but no start, a
/// string with a line break, a WO3 basis on a unit other than mtu — are written as near as the grammar allows, and
/// the property tests never generate them.
///
/// Used by the property tests (generated model → text → parse and bind → the same model) and available to tools
/// that build models in code.</summary>
public static class ModelPrinter
{
    public static string Print(AgreementSet set)
    {
        var writer = new Writer(set);
        foreach (var zone in set.Zones)
        {
            writer.Zone(zone);
        }

        foreach (var institution in set.Institutions)
        {
            writer.Line(0, institution.Kind == EntityKind.PublicBody
                ? $"institution {institution.Name} {Quote(institution.Title)} of {institution.Country}"
                : $"entity {institution.Name} {Quote(institution.Title)} of {institution.Country} as {EntityKinds.Word(institution.Kind)}").Blank();
        }

        foreach (var producer in set.Producers)
        {
            writer.Producer(producer);
        }

        foreach (var facility in set.Facilities)
        {
            writer.Facility(facility);
        }

        foreach (var mineral in set.Minerals)
        {
            writer.Line(0, $"mineral {mineral.Code} {Quote(mineral.Name)} {{");
            foreach (var stage in mineral.Stages)
            {
                writer.Line(1, $"stage {stage.Stage} hs {string.Join(", ", stage.HsCodes)}");
            }

            writer.Line(0, "}").Blank();
        }

        foreach (var line in set.Lines)
        {
            writer.Line(0, $"tariff line {line.Country} {line.Code} {Quote(line.Description)} {line.Subject}").Blank();
        }

        foreach (var stockpile in set.Stockpiles)
        {
            writer.Stockpile(stockpile);
        }

        foreach (var agreement in set.Agreements)
        {
            writer.Agreement(agreement);
        }

        foreach (var amendment in set.Amendments)
        {
            writer.Amendment(amendment);
        }

        return writer.ToString();
    }

    /// <summary>One amendment of <paramref name="target"/>, alone (a generated protocol): its terms' periods are
    /// written where they differ from what the binder derives from the amendment's date and the target's expiry.</summary>
    public static string Print(Amendment amendment, Agreement target)
    {
        var context = AgreementSet.Empty with { Agreements = ImmutableArray.Create(target), Amendments = ImmutableArray.Create(amendment) };
        var writer = new Writer(context);
        writer.Amendment(amendment);
        return writer.ToString();
    }

    /// <summary>A string literal: quotes and backslashes escaped.</summary>
    public static string Quote(string? text) => "\"" + (text ?? "").Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    public static string Amount(decimal amount) => FormatLexer.CanonicalAmount(amount.ToString(CultureInfo.InvariantCulture));

    public static string Money(Money money) => money.Currency + " " + Amount(money.Amount);

    public static string Percent(Percentage percent) => Amount(percent.Value) + "%";

    /// <summary>"USD 1 billion", "at least USD 1 billion", "up to USD 2 billion" or "an amount to be agreed".</summary>
    public static string Commitment(CommittedAmount amount) =>
        amount.Stated is { } money ? amount.BoundWords + Money(money) : "an amount to be agreed";

    public static string Price(UnitPrice price) =>
        Money(price.Money) + " per " + Units.Symbol(price.Unit) + Basis(price.Basis, price.Unit);

    public static string Quantity(Quantity quantity) =>
        Amount(quantity.Amount) + " " + Units.Symbol(quantity.Unit) + Basis(quantity.Basis, quantity.Unit);

    public static string Validity(Period period) =>
        period.From is { } from ? "from " + Dates.Iso(from) + (period.Until is { } until ? " until " + Dates.Iso(until) : "") : "";

    public static string Rate(Rate rate) =>
        rate.Specific is { } price ? Price(price)
        : rate.Benchmark is { } benchmark ? Quote(benchmark) + " + " + Percent(rate.Percent ?? new Percentage(0))
        : Percent(rate.Percent ?? new Percentage(0));

    public static string Scope(Scope scope) => scope.Kind switch
    {
        ScopeKind.NonMembers => "non-members",
        ScopeKind.All => "all",
        _ => string.Join(", ", scope.Codes),
    };

    private static string Basis(QuantityBasis basis, MassUnit unit) =>
        basis == Units.DefaultBasis(unit) ? "" : basis switch
        {
            QuantityBasis.Gross => " gross",
            QuantityBasis.ContainedMetal => " contained",
            QuantityBasis.RareEarthOxide => " REO",
            QuantityBasis.LithiumCarbonateEquivalent => " LCE",
            _ => "",
        };

    private static string Period(ReviewPeriod period) => period switch
    {
        ReviewPeriod.Monthly => "monthly",
        ReviewPeriod.Quarterly => "quarterly",
        ReviewPeriod.SemiAnnually => "semi-annually",
        _ => "annually",
    };

    private static string Kind(AgreementKind kind) => kind switch
    {
        AgreementKind.Bilateral => "bilateral",
        AgreementKind.Plurilateral => "plurilateral",
        AgreementKind.Framework => "framework",
        AgreementKind.Memorandum => "memorandum",
        _ => "action plan",
    };

    private static string Suffix(string text) => text.Length == 0 ? "" : " " + text;

    private sealed class Writer : ITermVisitor<bool>
    {
        private readonly AgreementSet _set;
        private readonly StringBuilder _builder = new();

        public Writer(AgreementSet set)
        {
            _set = set;
        }

        public Writer Line(int depth, string text)
        {
            _builder.Append(' ', depth * 2).Append(text).Append('\n');
            return this;
        }

        public Writer Blank()
        {
            _builder.Append('\n');
            return this;
        }

        public override string ToString() => _builder.ToString();

        public void Zone(Zone zone)
        {
            Line(0, $"zone {zone.Name}{(zone.Title is null ? "" : " " + Quote(zone.Title))} {{");
            CodeList("members", zone.Members);
            CodeList("non-market", zone.NonMarket);
            CodeList("excluded", zone.Excluded);
            CodeList("foreign entity", zone.ForeignEntities);
            if (zone.ForeignEntityThreshold is { } threshold)
            {
                Line(1, "foreign entity threshold " + Percent(threshold));
            }

            foreach (var price in zone.ReferencePrices)
            {
                Line(1, $"reference price {price.Subject} {Price(price.Price)} {Validity(price.Validity)}" +
                        (price.Review is { } review ? " review " + Period(review) : ""));
            }

            foreach (var rate in zone.ExchangeRates)
            {
                ExchangeRate(rate);
            }

            Line(0, "}").Blank();
        }

        private void CodeList(string keyword, IEnumerable<string> codes)
        {
            var list = string.Join(", ", codes);
            if (list.Length > 0)
            {
                Line(1, keyword + " " + list);
            }
        }

        private void ExchangeRate(ExchangeRate rate) =>
            Line(1, $"exchange rate {Money(rate.From)} = {Money(rate.To)}{Suffix(Validity(rate.Validity))}");

        public void Producer(Producer producer)
        {
            Line(0, $"producer {producer.Name} {Quote(producer.Title)} in {producer.Country} {{");
            foreach (var capacity in producer.Capacities)
            {
                Line(1, $"capacity {capacity.Subject} {Quantity(capacity.PerYear)} per year {Validity(capacity.Validity)}");
            }

            foreach (var owner in producer.Owners)
            {
                Line(1, $"owned {Percent(owner.Share)} by {owner.Owner}{Suffix(Validity(owner.Validity))}");
            }

            Line(0, "}").Blank();
        }

        public void Facility(Facility facility)
        {
            Line(0, $"facility {facility.Name}{(facility.Title is null ? "" : " " + Quote(facility.Title))} cap {Money(facility.Cap)}" +
                    $"{Suffix(Validity(facility.Validity))} {{");
            foreach (var source in facility.Sources)
            {
                Line(1, source.Kind == FacilitySourceKind.Loan
                    ? $"loan from {source.Lender} {Money(source.Amount)}{(source.Rate is { } rate ? " at " + Rate(rate) : "")} for {source.Tenor}"
                    : $"private capital {Money(source.Amount)}");
            }

            foreach (var participant in facility.Participants)
            {
                Line(1, (participant.Agent ? "agent " : "participant ") + participant.Name);
            }

            Line(0, "}").Blank();
        }

        public void Stockpile(Stockpile stockpile)
        {
            Line(0, $"stockpile {stockpile.Name} {Quote(stockpile.Title)} held by {stockpile.Holder}" +
                    $"{(stockpile.Zone is null ? "" : " zone " + stockpile.Zone)} {{");
            foreach (var holding in stockpile.Holdings)
            {
                Line(1, $"holds {holding.Subject} {Quantity(holding.Quantity)}");
            }

            foreach (var release in stockpile.Releases)
            {
                Line(1, $"release {release.Subject} at {(release.MinimumPrice is { } price ? Price(price) : release.AtMarketPrice ? "market price" : "not below floor")}");
            }

            foreach (var buyer in stockpile.Buyers)
            {
                Line(1, "buyer " + buyer.Name);
            }

            Line(0, "}").Blank();
        }

        public void Agreement(Agreement agreement)
        {
            Line(0, $"agreement {agreement.Name} {Quote(agreement.Title)} {{");
            Line(1, "kind " + Kind(agreement.Kind));
            Line(1, agreement.Binding ? "binding" : "non-binding");
            if (agreement.Zone is { } zone)
            {
                Line(1, "zone " + zone);
            }

            if (agreement.Under is { } under)
            {
                Line(1, "under " + under);
            }

            if (agreement.Establishes != TradeArea.None)
            {
                Line(1, "establishes " + (agreement.Establishes == TradeArea.CustomsUnion ? "customs union" : "free-trade area"));
            }

            if (agreement.Signed is { } signed)
            {
                Line(1, "signed " + Dates.Iso(signed) + (agreement.Place is { } place ? " at " + Quote(place) : ""));
            }

            switch (agreement.EntryIntoForce)
            {
                case EntryIntoForce.OnDate d:
                    Line(1, "in force " + Dates.Iso(d.Date));
                    break;
                case EntryIntoForce.OnSignature:
                    Line(1, "in force on signature");
                    break;
                case EntryIntoForce.AfterNotifications n:
                    Line(1, $"in force {n.Days.ToString(CultureInfo.InvariantCulture)} days after notifications");
                    break;
            }

            Line(1, agreement.Expiry switch
            {
                Expiry.OnDate d => "expires " + Dates.Iso(d.Date),
                Expiry.AfterTerm t => "term " + t.Term,
                _ => "indefinite",
            });
            if (agreement.WithdrawalNotice is { } notice)
            {
                Line(1, "withdrawal notice " + notice);
            }

            foreach (var party in agreement.Parties)
            {
                Party(party);
            }

            foreach (var rate in agreement.ExchangeRates)
            {
                ExchangeRate(rate);
            }

            Terms(agreement.Terms, agreement.Period);
            Line(0, "}").Blank();
        }

        private void Party(Party party) =>
            Line(1, $"party {party.Code} {Quote(party.FullName)}" + (party.Role == PartyRole.Party ? "" : " as " + party.Role.ToString().ToLowerInvariant()));

        public void Amendment(Amendment amendment)
        {
            Line(0, $"amendment {amendment.Name} {Quote(amendment.Title)} amends {amendment.Amends} from {Dates.Iso(amendment.From)} {{");
            if (amendment.Signed is { } signed)
            {
                Line(1, "signed " + Dates.Iso(signed));
            }

            foreach (var party in amendment.Parties)
            {
                Party(party);
            }

            var target = _set.Agreements.FirstOrDefault(a => a.Name == amendment.Amends);
            Terms(amendment.Terms, new Period(amendment.From, target?.EffectiveUntil));
            foreach (var removal in amendment.Removals)
            {
                Line(1, "remove " + removal.Clause);
            }

            Line(0, "}").Blank();
        }

        // The period of the instrument whose terms are being written: a term's own period is written only where
        // it differs from what the binder derives from it.
        private Period _termContext;

        /// <summary>The terms, each with its period written only where the binder would not derive it. The writer
        /// is a visitor over the kinds of term, so that a new kind does not compile until it can be printed.</summary>
        private void Terms(IEnumerable<AgreementTerm> terms, Period context)
        {
            _termContext = context;
            foreach (var term in terms)
            {
                term.Accept(this);
            }
        }

        public bool Visit(Floor floor)
        {
            WriteFloor(floor, _termContext);
            return true;
        }

        public bool Visit(TariffCommitment t)
        {
            Line(1, $"tariff {t.Exporter} -> {t.Importer} {t.Subject}{(t.Line is null ? "" : " line " + t.Line)} {Rate(t.Rate)}" +
                    $"{(t.BaseRate is { } b ? " base " + Rate(b) : "")} " + t.Staging.Kind switch
                    {
                        StagingKind.EntryIntoForce => "from entry into force",
                        StagingKind.Date => "from " + Dates.Iso(t.Staging.From!.Value),
                        _ => "staging " + t.Staging.Category,
                    });
            return true;
        }

        public bool Visit(ExportDutyBan ban)
        {
            Line(1, "no export duties on " + string.Join(", ", ban.Minerals));
            return true;
        }

        public bool Visit(ExportMeasure m)
        {
            Line(1, (m.Kind == ExportMeasureKind.Tax
                        ? $"export tax {m.Party} on {m.Subject} {Percent(m.Tax ?? new Percentage(0))}"
                        : $"export quota {m.Party} on {m.Subject} {Quantity(m.QuotaPerYear!.Value)} per year") +
                    (m.Scope.Kind == ScopeKind.All ? "" : " to " + Scope(m.Scope)));
            return true;
        }

        public bool Visit(Loan loan)
        {
            var derived = _termContext.From is { } from ? new Period(from, loan.Tenor.LastDayFrom(from)) : _termContext;
            Line(1, $"financing loan from {loan.Lender} to {loan.Borrower} {Commitment(loan.Amount)}" +
                    $"{(loan.Rate is { } rate ? " at " + Rate(rate) : "")} for {loan.Tenor}" +
                    (loan.Period == derived ? "" : Suffix(Validity(loan.Period))) + Opens(loan.Terms));
            FinancingBlock(loan.Terms);
            return true;
        }

        public bool Visit(EquityStake e)
        {
            Line(1, $"financing equity {e.Investor} in {e.Investee} {Commitment(e.Amount)}{(e.Stake is { } s ? " for " + Percent(s) : "")}" + Opens(e.Terms));
            FinancingBlock(e.Terms);
            return true;
        }

        public bool Visit(Grant g)
        {
            Line(1, $"financing grant from {g.Grantor} to {g.Grantee} {Commitment(g.Amount)}{(g.Within is { } w ? " within " + w : "")}" + Opens(g.Terms));
            FinancingBlock(g.Terms);
            return true;
        }

        public bool Visit(Guarantee g)
        {
            Line(1, $"financing guarantee from {g.Guarantor} to {g.Beneficiary} {Commitment(g.Amount)}{(g.Tenor is { } tenor ? " for " + tenor : "")}" + Opens(g.Terms));
            FinancingBlock(g.Terms);
            return true;
        }

        private static string Opens(FinancingTerms terms) => terms.IsEmpty ? "" : " {";

        /// <summary>The block of a financing clause, when it states anything beyond amount, rate and tenor.</summary>
        private void FinancingBlock(FinancingTerms terms)
        {
            if (terms.IsEmpty)
            {
                return;
            }

            if (terms.Instrument is { } instrument)
            {
                Line(2, "instrument " + FinancingInstruments.Word(instrument));
            }

            if (terms.ConversionPrice is { } conversion)
            {
                Line(2, $"conversion price {Money(conversion)} per share");
            }

            if (terms.Warrants is { } warrants)
            {
                Line(2, "warrants" + (warrants.ExercisePrice is { } price ? $" at {Money(price)} per share" : "") +
                        (warrants.Term is { } term ? " for " + term : ""));
            }

            if (terms.UseOfProceeds is { } proceeds)
            {
                Line(2, "use of proceeds " + Quote(proceeds));
            }

            Line(1, "}");
        }

        public bool Visit(Offtake o)
        {
            Line(1, $"offtake {o.Producer} -> {o.Buyer} " +
                    (o.Share is { } share ? $"{Percent(share)} of {o.Subject} capacity" : $"{Quantity(o.VolumePerYear!.Value)} of {o.Subject} per year") +
                    " " + (o.For is { } duration ? "for " + duration : Validity(o.Period)) +
                    (o.Earnings is { } earnings
                        ? " earnings floor " + Money(earnings.PerYear) + " per year" +
                          (earnings.AnnualEscalator is { } escalator ? " escalator " + Percent(escalator) + " per year" : "")
                        : ""));
            return true;
        }

        public bool Visit(OriginRule r)
        {
            var criteria = new List<string>();
            if (r.ZoneContent is { } content)
            {
                criteria.Add(Percent(content) + " zone content" + OriginWords.By(r.Valuation));
            }

            if (r.ChangeOfTariffHeading)
            {
                criteria.Add("change of tariff heading");
            }

            if (r.ConsignedFromMembersOnly)
            {
                criteria.Add("consigned from members only");
            }

            if (r.ForeignEntityBelow is { } below)
            {
                criteria.Add("foreign entity below " + Percent(below));
            }

            if (r.Alternatives is { } alternatives)
            {
                criteria.Add(alternatives.ToString());
            }

            Line(1, $"origin {r.Subject} requires {string.Join(", ", criteria)}");
            return true;
        }

        public bool Visit(MostFavouredNation mfn)
        {
            Line(1, $"most favoured nation {mfn.Beneficiary} on {mfn.Mineral}{(mfn.Stage is null ? "" : " " + mfn.Stage)} " +
                    (mfn.Subject == MfnSubject.Floor ? "floor" : "tariff") +
                    (mfn.Exceptions is { IsEmpty: false } exceptions ? " except " + exceptions : ""));
            return true;
        }

        public bool Visit(StatedProvision p)
        {
            Line(1, $"provision {ProvisionTopics.Word(p.Topic)} {Quote(p.Text)}");
            return true;
        }

        public bool Visit(Obligation o)
        {
            var of = o.AnchorInstrument is { } instrument ? " of " + instrument : "";
            Line(1, $"obligation {string.Join(", ", o.Parties)} {Quote(o.Text)}" + o.Anchor switch
            {
                DeadlineAnchor.None => "",
                DeadlineAnchor.Date => " by " + Dates.Iso(o.DueDate!.Value),
                DeadlineAnchor.Signature => $" within {o.Within} of signature{of}",
                _ => $" within {o.Within} of entry into force{of}",
            });
            return true;
        }

        private void WriteFloor(Floor floor, Period context)
        {
            var price = floor.AtReferencePrice || floor.Price is null ? "reference price" : Price(floor.Price.Value);
            var term = floor.For is { } duration ? " for " + duration : floor.Period == context ? "" : Suffix(Validity(floor.Period));
            var body = new List<string>();
            var mechanism = floor.Mechanism;
            switch (mechanism.Kind)
            {
                case FloorMechanismKind.AdjustableTariff:
                    body.Add("enforced by adjustable tariff" +
                             (mechanism.Scope is null || mechanism.Scope.Kind == ScopeKind.All ? "" : " on imports from " + Scope(mechanism.Scope)));
                    break;
                case FloorMechanismKind.PriceGapPayment:
                    body.Add("enforced by price-gap payment" + (mechanism.Beneficiary is null ? "" : " to " + mechanism.Beneficiary) +
                             (mechanism.Against is { } against ? " against " + (against.Index is { } index ? Quote(index) : "market price") : "") +
                             (mechanism.Clawback is { } clawback ? " clawback " + Percent(clawback) : "") +
                             (mechanism.UpsideShare is { } upside ? " upside share " + Percent(upside) : ""));
                    break;
                case FloorMechanismKind.MinimumImportPrice:
                    body.Add("enforced by minimum import price");
                    break;
                case FloorMechanismKind.ExportTax:
                    body.Add("enforced by export tax " + Percent(mechanism.ExportTaxRate ?? new Percentage(0)) +
                             (mechanism.Scope is null ? "" : " to " + Scope(mechanism.Scope)));
                    break;
            }

            if (floor.TariffCap is { } cap)
            {
                body.Add("tariff cap " + Percent(cap));
            }

            if (floor.Review is { } review)
            {
                body.Add("review " + Period(review));
            }

            if (body.Count == 0)
            {
                Line(1, $"floor {floor.Subject} at {price}{term}");
                return;
            }

            Line(1, $"floor {floor.Subject} at {price}{term} {{");
            foreach (var line in body)
            {
                Line(2, line);
            }

            Line(1, "}");
        }
    }
}
