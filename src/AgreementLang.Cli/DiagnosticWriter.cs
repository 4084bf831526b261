using System.Text.Json;
using AgreementLang.Diagnostics;

namespace AgreementLang.Cli;

/// <summary>Prints diagnostics in MSBuild's canonical form (so editors and CI pick them up) or as JSON.</summary>
public static class DiagnosticWriter
{
    public static void WriteText(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics, int fileCount, bool colour)
    {
        foreach (var diagnostic in diagnostics)
        {
            var severity = Diagnostic.SeverityText(diagnostic.Severity);
            var painted = colour ? Paint(severity, diagnostic.Severity) : severity;
            writer.WriteLine($"{diagnostic.Location}: {painted} {diagnostic.Code}: {diagnostic.Message}");
            foreach (var related in diagnostic.Related)
            {
                writer.WriteLine($"{related.Location}: note: {related.Message}");
            }
        }

        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        writer.WriteLine($"{fileCount} file{(fileCount == 1 ? "" : "s")} checked: {errors} error{(errors == 1 ? "" : "s")}, " +
                         $"{warnings} warning{(warnings == 1 ? "" : "s")}.");
    }

    /// <summary>A JSON array, one object per diagnostic; the shape is documented in docs/cli.md.</summary>
    public static void WriteJson(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var diagnostic in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("code", diagnostic.Code);
                json.WriteString("severity", Diagnostic.SeverityText(diagnostic.Severity));
                json.WriteString("message", diagnostic.Message);
                WriteLocation(json, diagnostic.Location);
                json.WriteString("help", diagnostic.Descriptor.HelpLink);
                json.WriteStartArray("related");
                foreach (var related in diagnostic.Related)
                {
                    json.WriteStartObject();
                    json.WriteString("message", related.Message);
                    WriteLocation(json, related.Location);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteLocation(Utf8JsonWriter json, Location location)
    {
        json.WriteString("file", location.Path);
        json.WriteNumber("line", location.Start.Line);
        json.WriteNumber("column", location.Start.Column);
        json.WriteNumber("endLine", location.End.Line);
        json.WriteNumber("endColumn", location.End.Column);
        json.WriteNumber("offset", location.Span.Start);
        json.WriteNumber("length", location.Span.Length);
    }

    private static string Paint(string text, DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "\u001b[31m" + text + "\u001b[0m",
        DiagnosticSeverity.Warning => "\u001b[33m" + text + "\u001b[0m",
        _ => "\u001b[36m" + text + "\u001b[0m",
    };
}

/// <summary>Colour only on a terminal, and never when NO_COLOR is set.</summary>
public static class ConsoleColours
{
    public static bool Enabled(TextWriter writer) =>
        ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected &&
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
}
