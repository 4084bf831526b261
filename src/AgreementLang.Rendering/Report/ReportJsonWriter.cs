using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgreementLang.Rendering.Report;

/// <summary><c>agr report --format json</c>: the report's figures as data (docs/schemas/report.schema.json), so that
/// other tools can draw them. Property order is the records' declaration order and every list is sorted by the
/// builder, so the same input gives the same bytes.</summary>
public static class ReportJsonWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NewLine = "\n",
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // Names and messages keep their letters ("Côte d'Ivoire", "—"); what HTML would need escaped is escaped anyway.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(ZoneReport report) => JsonSerializer.Serialize(report, Options) + "\n";
}
