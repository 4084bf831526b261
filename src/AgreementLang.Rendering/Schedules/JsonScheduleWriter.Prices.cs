using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Rendering.Legal;
using AgreementLang.Rendering.Text;

namespace AgreementLang.Rendering.Schedules;

/// <summary>The prices of the schedule: the zones' reference prices and the agreements' floors.</summary>
public static partial class JsonScheduleWriter
{
    /// <summary>Each zone's reference prices, zone by zone.</summary>
    private static void WriteReferencePrices(Utf8JsonWriter json, AgreementSet set)
    {
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
    }

    /// <summary>Every floor of every agreement, with its price (the zone's reference price where it keeps one) and mechanism.</summary>
    private static void WriteFloors(Utf8JsonWriter json, Agreement[] agreements, AgreementSet set)
    {
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
    }
}
