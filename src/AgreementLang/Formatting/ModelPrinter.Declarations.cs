using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using AgreementLang.Model;

namespace AgreementLang.Formatting;

public static partial class ModelPrinter
{
    /// <summary>Writes the declarations (zones, actors, agreements, amendments) line by line; the terms are in
    /// ModelPrinter.Terms.cs.</summary>
    private sealed partial class Writer : ITermVisitor<bool>
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
    }
}
