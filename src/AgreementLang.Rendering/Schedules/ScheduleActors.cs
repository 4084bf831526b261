using System.Text.Json;
using AgreementLang.Model;
using AgreementLang.Rendering.Text;

namespace AgreementLang.Rendering.Schedules;

/// <summary>The actors of schedule.json that are not parties: the entities and institutions declared, who owns
/// the producers, and who may buy from each stockpile. A finance or compliance system reads these to screen a
/// producer for foreign-entity ownership without parsing the sources.</summary>
internal static class ScheduleActors
{
    public static void Write(Utf8JsonWriter json, AgreementSet set)
    {
        json.WriteStartArray("entities");
        foreach (var entity in set.Institutions.OrderBy(i => i.Name, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("name", entity.Name);
            json.WriteString("title", entity.Title);
            json.WriteString("country", entity.Country);
            json.WriteString("kind", EntityKinds.Word(entity.Kind));
            JsonScheduleWriter.Source(json, entity.Location);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("ownership");
        foreach (var producer in set.Producers.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            foreach (var owner in producer.Owners)
            {
                json.WriteStartObject();
                json.WriteString("producer", producer.Name);
                json.WriteString("owner", owner.Owner);
                json.WriteString("share", LegalText.Exact(owner.Share.Value));
                JsonScheduleWriter.Period(json, owner.Validity);
                JsonScheduleWriter.Source(json, owner.Location);
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();

        json.WriteStartArray("stockpileBuyers");
        foreach (var stockpile in set.Stockpiles.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            foreach (var buyer in stockpile.Buyers)
            {
                json.WriteStartObject();
                json.WriteString("stockpile", stockpile.Name);
                json.WriteString("buyer", buyer.Name);
                JsonScheduleWriter.Source(json, buyer.Location);
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
    }
}
