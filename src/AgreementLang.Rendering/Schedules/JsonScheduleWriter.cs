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
public static partial class JsonScheduleWriter
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

            WriteReferencePrices(json, set);
            WriteFloors(json, agreements, set);
            WriteTariffLines(json, agreements, set);
            WriteFinancingSection(json, agreements, set);
            WriteOfftake(json, agreements, set);
            WriteOriginRules(json, agreements, set);
            WriteFacilities(json, set);
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
}
