using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Rendering.Legal;
using AgreementLang.Rendering.Text;

namespace AgreementLang.Rendering.Schedules;

/// <summary>The machine-readable schedule of a whole set, as JSON that validates against
/// docs/schemas/schedule.schema.json. Amounts, prices and percentages are decimal strings ("110.00"), because a
/// JSON number is read as a binary double by most consumers and customs and finance figures must stay exact.
/// Every entry carries its source location, so a system that consumes a figure can point back to the clause.</summary>
public static class JsonScheduleWriter
{
    public const int Version = 1;

    public static string Write(AgreementSet set, IReadOnlyList<Diagnostic>? unresolvedErrors = null)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("schema", "https://agreementlang.invalid/schemas/schedule.schema.json");
            json.WriteNumber("version", Version);
            json.WriteString("generator", "AgreementLang");

            json.WriteStartArray("unresolvedErrors");
            foreach (var error in unresolvedErrors ?? Array.Empty<Diagnostic>())
            {
                json.WriteStartObject();
                json.WriteString("code", error.Code);
                json.WriteString("message", error.Message);
                Source(json, error.Location);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            var agreements = set.Agreements.OrderBy(a => a.Name, StringComparer.Ordinal).ToArray();
            json.WriteStartArray("agreements");
            foreach (var agreement in agreements)
            {
                WriteAgreement(json, agreement, set);
            }

            json.WriteEndArray();

            json.WriteStartArray("referencePrices");
            foreach (var zone in set.Zones.OrderBy(z => z.Name, StringComparer.Ordinal))
            {
                foreach (var price in zone.ReferencePrices)
                {
                    json.WriteStartObject();
                    json.WriteString("zone", zone.Name);
                    Subject(json, set, price.Subject);
                    json.WritePropertyName("price");
                    Price(json, price.Price);
                    Period(json, price.Validity);
                    Nullable(json, "review", price.Review is { } r ? LegalText.Review(r) : null);
                    Source(json, price.Location);
                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();

            json.WriteStartArray("floors");
            foreach (var agreement in agreements)
            {
                var zone = agreement.Zone is null ? null : set.Zones.FirstOrDefault(z => z.Name == agreement.Zone);
                foreach (var floor in agreement.Terms.OfType<Floor>())
                {
                    json.WriteStartObject();
                    json.WriteString("agreement", agreement.Name);
                    Subject(json, set, floor.Subject);
                    json.WriteBoolean("atReferencePrice", floor.AtReferencePrice);
                    json.WritePropertyName("price");
                    if (Annexes.FloorPrice(floor, zone) is { } price)
                    {
                        Price(json, price);
                    }
                    else
                    {
                        json.WriteNullValue();
                    }

                    json.WriteStartObject("mechanism");
                    json.WriteString("kind", floor.Mechanism.Kind switch
                    {
                        FloorMechanismKind.AdjustableTariff => "adjustable-tariff",
                        FloorMechanismKind.PriceGapPayment => "price-gap-payment",
                        FloorMechanismKind.MinimumImportPrice => "minimum-import-price",
                        FloorMechanismKind.ExportTax => "export-tax",
                        _ => "none",
                    });
                    Nullable(json, "scope", floor.Mechanism.Scope?.ToString());
                    Nullable(json, "beneficiary", floor.Mechanism.Beneficiary);
                    Nullable(json, "clawback", floor.Mechanism.Clawback is { } c ? LegalText.Exact(c.Value) : null);
                    Nullable(json, "benchmark", floor.Mechanism.Against?.ToString());
                    Nullable(json, "upsideShare", floor.Mechanism.UpsideShare is { } u ? LegalText.Exact(u.Value) : null);
                    Nullable(json, "exportTax", floor.Mechanism.ExportTaxRate is { } x ? LegalText.Exact(x.Value) : null);
                    json.WriteEndObject();
                    Nullable(json, "tariffCap", floor.TariffCap is { } cap ? LegalText.Exact(cap.Value) : null);
                    Nullable(json, "review", floor.Review is { } review ? LegalText.Review(review) : null);
                    Period(json, floor.Period);
                    Source(json, floor.Location);
                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();

            json.WriteStartArray("tariffLines");
            foreach (var agreement in agreements)
            {
                foreach (var tariff in agreement.Terms.OfType<TariffCommitment>())
                {
                    foreach (var (code, description) in Annexes.Lines(set, tariff.Importer, tariff.Subject, tariff.Line))
                    {
                        json.WriteStartObject();
                        json.WriteString("agreement", agreement.Name);
                        json.WriteString("importer", tariff.Importer);
                        json.WriteString("exporter", tariff.Exporter);
                        json.WriteString("line", code);
                        json.WriteString("description", description);
                        json.WriteString("mineral", tariff.Subject.Mineral);
                        json.WriteString("stage", tariff.Subject.Stage);
                        json.WritePropertyName("baseRate");
                        Rate(json, tariff.BaseRate);
                        json.WritePropertyName("rate");
                        Rate(json, tariff.Rate);
                        json.WriteStartObject("staging");
                        json.WriteString("kind", tariff.Staging.Kind switch
                        {
                            StagingKind.EntryIntoForce => "entry-into-force",
                            StagingKind.Date => "date",
                            _ => "category",
                        });
                        Nullable(json, "date", tariff.Staging.From is { } from ? Dates.Iso(from) : null);
                        Nullable(json, "category", tariff.Staging.Kind == StagingKind.Category ? tariff.Staging.Category : null);
                        json.WriteEndObject();
                        Period(json, tariff.Period);
                        Source(json, tariff.Location);
                        json.WriteEndObject();
                    }
                }
            }

            json.WriteEndArray();

            json.WriteStartArray("financing");
            foreach (var agreement in agreements)
            {
                foreach (var term in agreement.Terms)
                {
                    WriteFinancing(json, agreement, term);
                }
            }

            json.WriteEndArray();

            json.WriteStartArray("offtake");
            foreach (var agreement in agreements)
            {
                foreach (var offtake in agreement.Terms.OfType<Offtake>())
                {
                    json.WriteStartObject();
                    json.WriteString("agreement", agreement.Name);
                    json.WriteString("producer", offtake.Producer);
                    json.WriteString("buyer", offtake.Buyer);
                    Subject(json, set, offtake.Subject);
                    Nullable(json, "share", offtake.Share is { } share ? LegalText.Exact(share.Value) : null);
                    json.WritePropertyName("volumePerYear");
                    Quantity(json, offtake.VolumePerYear);
                    var capacity = set.Producers.FirstOrDefault(p => p.Name == offtake.Producer)?.Capacities
                        .FirstOrDefault(c => c.Subject.Mineral == offtake.Subject.Mineral && c.Subject.Stage == offtake.Subject.Stage);
                    json.WritePropertyName("capacityPerYear");
                    Quantity(json, capacity?.PerYear);
                    json.WritePropertyName("earningsFloor");
                    if (offtake.Earnings is { } earnings)
                    {
                        json.WriteStartObject();
                        json.WritePropertyName("perYear");
                        Money(json, earnings.PerYear);
                        Nullable(json, "annualEscalator", earnings.AnnualEscalator is { } e ? LegalText.Exact(e.Value) : null);
                        json.WriteEndObject();
                    }
                    else
                    {
                        json.WriteNullValue();
                    }

                    Period(json, offtake.Period);
                    Source(json, offtake.Location);
                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();

            json.WriteStartArray("originRules");
            foreach (var agreement in agreements)
            {
                foreach (var rule in agreement.Terms.OfType<OriginRule>())
                {
                    json.WriteStartObject();
                    json.WriteString("agreement", agreement.Name);
                    Subject(json, set, rule.Subject);
                    Nullable(json, "zoneContent", rule.ZoneContent is { } content ? LegalText.Exact(content.Value) : null);
                    Nullable(json, "valuation", ValuationMethod(rule.Valuation));
                    json.WriteBoolean("changeOfTariffHeading", rule.ChangeOfTariffHeading);
                    json.WriteBoolean("consignedFromMembersOnly", rule.ConsignedFromMembersOnly);
                    Nullable(json, "foreignEntityBelow", rule.ForeignEntityBelow is { } below ? LegalText.Exact(below.Value) : null);
                    json.WriteStartArray("alternatives");
                    foreach (var criterion in rule.Alternatives?.Criteria ?? ImmutableArray<OriginCriterion>.Empty)
                    {
                        json.WriteStartObject();
                        json.WriteString("criterion", criterion.Kind switch
                        {
                            OriginCriterionKind.ZoneContent => "zone-content",
                            OriginCriterionKind.ChangeOfTariffHeading => "change-of-tariff-heading",
                            OriginCriterionKind.ConsignedFromMembersOnly => "consigned-from-members-only",
                            _ => "foreign-entity-below",
                        });
                        Nullable(json, "share", criterion.Share is { } share ? LegalText.Exact(share.Value) : null);
                        Nullable(json, "valuation", ValuationMethod(criterion.Valuation));
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    Period(json, rule.Period);
                    Source(json, rule.Location);
                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();

            json.WriteStartArray("facilities");
            foreach (var facility in set.Facilities.OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("name", facility.Name);
                Nullable(json, "title", facility.Title);
                json.WritePropertyName("cap");
                Money(json, facility.Cap);
                json.WriteStartArray("sources");
                foreach (var source in facility.Sources)
                {
                    json.WriteStartObject();
                    json.WriteString("kind", source.Kind == FacilitySourceKind.Loan ? "loan" : "private-capital");
                    Nullable(json, "lender", source.Lender);
                    json.WritePropertyName("amount");
                    Money(json, source.Amount);
                    Nullable(json, "tenor", source.Tenor?.ToString());
                    Source(json, source.Location);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                Names(json, "participants", facility.Participants.Where(p => !p.Agent).Select(p => p.Name));
                Names(json, "agents", facility.Participants.Where(p => p.Agent).Select(p => p.Name));
                Period(json, facility.Validity);
                Source(json, facility.Location);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            ScheduleActors.Write(json, set);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    private static void WriteAgreement(Utf8JsonWriter json, Agreement agreement, AgreementSet set)
    {
        json.WriteStartObject();
        json.WriteString("name", agreement.Name);
        json.WriteString("title", agreement.Title);
        json.WriteString("kind", DraftBuilder.KindName(agreement.Kind));
        json.WriteBoolean("binding", DraftBuilder.IsBinding(agreement));
        Nullable(json, "zone", agreement.Zone);
        Nullable(json, "signed", agreement.Signed is { } signed ? Dates.Iso(signed) : null);
        Nullable(json, "place", agreement.Place);
        json.WriteStartObject("entryIntoForce");
        switch (agreement.EntryIntoForce)
        {
            case EntryIntoForce.OnDate d:
                json.WriteString("kind", "date");
                json.WriteString("date", Dates.Iso(d.Date));
                break;
            case EntryIntoForce.OnSignature:
                json.WriteString("kind", "signature");
                break;
            case EntryIntoForce.AfterNotifications n:
                json.WriteString("kind", "notifications");
                json.WriteNumber("days", n.Days);
                break;
            default:
                json.WriteString("kind", "unstated");
                break;
        }

        json.WriteEndObject();
        Period(json, agreement.Period);
        json.WriteStartArray("parties");
        foreach (var party in agreement.Parties)
        {
            json.WriteStartObject();
            json.WriteString("code", party.Code);
            json.WriteString("name", party.FullName);
            json.WriteString("role", party.Role.ToString().ToLowerInvariant());
            json.WriteEndObject();
        }

        // A party an amendment adds is a party from the amendment's date only: listed with that date and the
        // amendment, unless the agreement as given (consolidated with --as-of) already holds it as stated.
        foreach (var (amendment, party) in Accessions(agreement, set))
        {
            json.WriteStartObject();
            json.WriteString("code", party.Code);
            json.WriteString("name", party.FullName);
            json.WriteString("role", party.Role.ToString().ToLowerInvariant());
            json.WriteString("from", Dates.Iso(amendment.From));
            json.WriteString("amendment", amendment.Name);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Source(json, agreement.Location);
        json.WriteEndObject();
    }

    private static IEnumerable<(Amendment Amendment, Party Party)> Accessions(Agreement agreement, AgreementSet set) =>
        set.Amendments.Where(a => a.Amends == agreement.Name)
            .OrderBy(a => a.From).ThenBy(a => a.Name, StringComparer.Ordinal)
            .SelectMany(a => a.Parties.Select(p => (a, p)))
            .Where(x => !agreement.Parties.Any(p => p.Code == x.p.Code && p.FullName == x.p.FullName));

    private static void WriteFinancing(Utf8JsonWriter json, Agreement agreement, AgreementTerm term)
    {
        var (instrument, provider, recipient, amount) = term switch
        {
            Loan l => ("loan", l.Lender, l.Borrower, l.Amount),
            EquityStake e => ("equity", e.Investor, e.Investee, e.Amount),
            Grant g => ("grant", g.Grantor, g.Grantee, g.Amount),
            Guarantee g => ("guarantee", g.Guarantor, g.Beneficiary, g.Amount),
            _ => (null, "", "", default(CommittedAmount)),
        };
        if (instrument is null)
        {
            return;
        }

        json.WriteStartObject();
        json.WriteString("agreement", agreement.Name);
        json.WriteString("instrument", instrument);
        json.WriteString("provider", provider);
        json.WriteString("recipient", recipient);
        // The bound as stated; an amount to be agreed has no figure, so "amount" is null rather than zero.
        json.WriteString("bound", amount.Bound switch
        {
            AmountBound.AtLeast => "at-least",
            AmountBound.UpTo => "up-to",
            AmountBound.ToBeAgreed => "to-be-agreed",
            _ => "exactly",
        });
        json.WritePropertyName("amount");
        if (amount.Stated is { } stated)
        {
            Money(json, stated);
        }
        else
        {
            json.WriteNullValue();
        }

        json.WritePropertyName("rate");
        Rate(json, (term as Loan)?.Rate);
        Nullable(json, "stake", term is EquityStake { Stake: { } stake } ? LegalText.Exact(stake.Value) : null);
        Nullable(json, "tenor", term switch
        {
            Loan l => l.Tenor.ToString(),
            Guarantee { Tenor: { } t } => t.ToString(),
            _ => null,
        });
        Nullable(json, "within", term is Grant { Within: { } within } ? within.ToString() : null);
        Nullable(json, "facility", (term as Loan)?.Facility);
        WriteFinancingTerms(json, term switch
        {
            Loan l => l.Terms,
            EquityStake e => e.Terms,
            Grant g => g.Terms,
            Guarantee g => g.Terms,
            _ => FinancingTerms.None,
        });
        Period(json, term.Period);
        Source(json, term.Location);
        json.WriteEndObject();
    }

    /// <summary>What a financing states beyond amount, rate and tenor; null where the source states nothing.</summary>
    private static void WriteFinancingTerms(Utf8JsonWriter json, FinancingTerms terms)
    {
        Nullable(json, "form", terms.Instrument is { } instrument ? FinancingInstruments.Word(instrument) : null);
        json.WritePropertyName("conversionPrice");
        OptionalMoney(json, terms.ConversionPrice);
        if (terms.Warrants is { } warrants)
        {
            json.WriteStartObject("warrants");
            json.WritePropertyName("exercisePrice");
            OptionalMoney(json, warrants.ExercisePrice);
            Nullable(json, "term", warrants.Term?.ToString());
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("warrants");
        }

        Nullable(json, "useOfProceeds", terms.UseOfProceeds);
    }

    private static void OptionalMoney(Utf8JsonWriter json, Money? money)
    {
        if (money is { } value)
        {
            Money(json, value);
        }
        else
        {
            json.WriteNullValue();
        }
    }

    internal static void Names(Utf8JsonWriter json, string property, IEnumerable<string> names)
    {
        json.WriteStartArray(property);
        foreach (var name in names)
        {
            json.WriteStringValue(name);
        }

        json.WriteEndArray();
    }

    private static void Subject(Utf8JsonWriter json, AgreementSet set, MineralStage subject)
    {
        json.WriteString("mineral", subject.Mineral);
        json.WriteString("stage", subject.Stage);
        json.WriteStartArray("hs");
        foreach (var line in Annexes.HsLines(set, subject))
        {
            json.WriteStringValue(line.Code);
        }

        json.WriteEndArray();
    }

    private static void Price(Utf8JsonWriter json, UnitPrice price)
    {
        json.WriteStartObject();
        json.WriteString("currency", price.Money.Currency);
        json.WriteString("amount", LegalText.Exact(price.Money.Amount));
        json.WriteString("unit", Units.Symbol(price.Unit));
        json.WriteString("basis", Units.BasisText(price.Basis));
        json.WriteEndObject();
    }

    private static void Money(Utf8JsonWriter json, Money money)
    {
        json.WriteStartObject();
        json.WriteString("currency", money.Currency);
        json.WriteString("amount", LegalText.Exact(money.Amount));
        json.WriteEndObject();
    }

    private static void Quantity(Utf8JsonWriter json, Quantity? quantity)
    {
        if (quantity is not { } q)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        json.WriteString("amount", LegalText.Exact(q.Amount));
        json.WriteString("unit", Units.Symbol(q.Unit));
        json.WriteString("basis", Units.BasisText(q.Basis));
        json.WriteEndObject();
    }

    private static void Rate(Utf8JsonWriter json, Rate? rate)
    {
        if (rate is null)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        Nullable(json, "percent", rate.Percent is { } p ? LegalText.Exact(p.Value) : null);
        json.WritePropertyName("specific");
        if (rate.Specific is { } specific)
        {
            Price(json, specific);
        }
        else
        {
            json.WriteNullValue();
        }

        Nullable(json, "benchmark", rate.Benchmark);
        json.WriteEndObject();
    }

    internal static void Period(Utf8JsonWriter json, Period period)
    {
        Nullable(json, "from", period.From is { } from ? Dates.Iso(from) : null);
        Nullable(json, "until", period.Until is { } until ? Dates.Iso(until) : null);
    }

    internal static void Source(Utf8JsonWriter json, Location location)
    {
        json.WriteStartObject("source");
        json.WriteString("path", location.Path);
        json.WriteNumber("line", location.Start.Line);
        json.WriteNumber("column", location.Start.Column);
        json.WriteEndObject();
    }

    /// <summary>"transaction-value", "net-cost", or null when the rule states no method.</summary>
    private static string? ValuationMethod(OriginValuation? valuation) => valuation switch
    {
        OriginValuation.NetCost => "net-cost",
        OriginValuation.TransactionValue => "transaction-value",
        _ => null,
    };

    internal static void Nullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
