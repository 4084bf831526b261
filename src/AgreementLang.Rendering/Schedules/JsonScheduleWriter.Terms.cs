using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Rendering.Legal;
using AgreementLang.Rendering.Text;

namespace AgreementLang.Rendering.Schedules;

/// <summary>The trade terms of the schedule: tariff lines, offtake and rules of origin.</summary>
public static partial class JsonScheduleWriter
{
    /// <summary>One entry per national tariff line of each tariff commitment.</summary>
    private static void WriteTariffLines(Utf8JsonWriter json, Agreement[] agreements, AgreementSet set)
    {
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
    }

    /// <summary>Offtake commitments, with the producer's declared capacity.</summary>
    private static void WriteOfftake(Utf8JsonWriter json, Agreement[] agreements, AgreementSet set)
    {
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
    }

    /// <summary>Rules of origin, each criterion and either/or group as the rule states it.</summary>
    private static void WriteOriginRules(Utf8JsonWriter json, Agreement[] agreements, AgreementSet set)
    {
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
    }
}
