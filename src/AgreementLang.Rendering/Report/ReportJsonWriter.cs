using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgreementLang.Rendering.Report;

/// <summary><c>agr report --format json</c>: the report's figures as data (docs/schemas/report.schema.json), so that
/// other tools can draw them. Property order is the records' declaration order and every list is sorted by the
/// builder, so the same input gives the same bytes. The serializer is generated at compile time
/// (<see cref="ReportJsonContext"/>), so the natively compiled agr writes the same bytes without reflection.</summary>
public static class ReportJsonWriter
{
    private static readonly JsonSerializerOptions Options = new(ReportJsonContext.Default.Options)
    {
        // Names and messages keep their letters ("Côte d'Ivoire", "—"); what HTML would need escaped is escaped anyway.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly ReportJsonContext Context = new(Options);

    public static string Write(ZoneReport report) => JsonSerializer.Serialize(report, Context.ZoneReport) + "\n";
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    NewLine = "\n",
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ZoneReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
