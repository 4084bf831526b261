using System.Text.Json;
using AgreementLang.Diagnostics;
using AgreementLang.Syntax;
using AgreementLang.Text;

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
            writer.WriteLine($"{Place(diagnostic.Location)}: {painted} {diagnostic.Code}: {TerminalText.Escape(diagnostic.Message)}");
            foreach (var related in diagnostic.Related)
            {
                writer.WriteLine($"{Place(related.Location)}: note: {TerminalText.Escape(related.Message)}");
            }
        }

        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        writer.WriteLine($"{fileCount} file{(fileCount == 1 ? "" : "s")} checked: {errors} error{(errors == 1 ? "" : "s")}, " +
                         $"{warnings} warning{(warnings == 1 ? "" : "s")}.");
    }

    /// <summary>One diagnostic as a text line, as <see cref="Diagnostic.ToString"/> gives it but with control and bidi
    /// characters escaped (<see cref="TerminalText"/>).</summary>
    public static string Line(Diagnostic diagnostic) =>
        $"{Place(diagnostic.Location)}: {Diagnostic.SeverityText(diagnostic.Severity)} {diagnostic.Code}: {TerminalText.Escape(diagnostic.Message)}";

    /// <summary><c>path(line,col)</c> with the path escaped.</summary>
    public static string Place(Location location) =>
        $"{TerminalText.Escape(location.Path)}({location.Start.Line},{location.Start.Column})";

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

    /// <summary>A SARIF 2.1.0 log of one run: the rules of the codes reported (with their help URIs into
    /// docs/diagnostics.md), one result per diagnostic with its related locations, and the diagnostics suppressed by
    /// inline comments as results with <c>suppressions</c>. A file below <paramref name="baseDirectory"/> (every path
    /// the collector makes relative) gets a relative URI against the base id <c>SRCROOT</c>, which
    /// <c>originalUriBaseIds</c> maps to that folder; any other path an absolute <c>file:</c> URI.</summary>
    public static void WriteSarif(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<Diagnostic> suppressed, string baseDirectory)
    {
        var results = diagnostics.Concat(suppressed)
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Span.Start)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToArray();
        var rules = results.Select(d => d.Descriptor).DistinctBy(d => d.Code).OrderBy(d => d.Code, StringComparer.Ordinal).ToArray();
        var ruleIndex = rules.Select((r, i) => (r.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "agr");
            json.WriteString("informationUri", "https://github.com/agreementlang/agreementlang");
            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Code);
                json.WriteString("name", string.Concat(rule.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray())).Where(w => w.Length > 0)
                    .Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1))));
                json.WriteStartObject("shortDescription");
                json.WriteString("text", rule.Title);
                json.WriteEndObject();
                json.WriteString("helpUri", rule.HelpLink);
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", SarifLevel(rule.DefaultSeverity));
                json.WriteEndObject();
                json.WriteStartObject("properties");
                json.WriteString("category", rule.Category);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SarifBaseId);
            json.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(Path.GetFullPath(baseDirectory)) + "/").AbsoluteUri);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteString("columnKind", "utf16CodeUnits");

            json.WriteStartArray("results");
            foreach (var diagnostic in results)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", diagnostic.Code);
                json.WriteNumber("ruleIndex", ruleIndex[diagnostic.Code]);
                json.WriteString("level", SarifLevel(diagnostic.Severity));
                json.WriteStartObject("message");
                json.WriteString("text", diagnostic.Message);
                json.WriteEndObject();
                json.WriteStartArray("locations");
                json.WriteStartObject();
                WriteSarifLocation(json, diagnostic.Location);
                json.WriteEndObject();
                json.WriteEndArray();
                if (diagnostic.Related.Length > 0)
                {
                    json.WriteStartArray("relatedLocations");
                    for (var i = 0; i < diagnostic.Related.Length; i++)
                    {
                        json.WriteStartObject();
                        json.WriteNumber("id", i + 1);
                        WriteSarifLocation(json, diagnostic.Related[i].Location);
                        json.WriteStartObject("message");
                        json.WriteString("text", diagnostic.Related[i].Message);
                        json.WriteEndObject();
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                }

                if (diagnostic.Suppression is { } suppression)
                {
                    json.WriteStartArray("suppressions");
                    json.WriteStartObject();
                    json.WriteString("kind", "inSource");
                    json.WriteString("status", "accepted");
                    if (suppression.Justification.Length > 0)
                    {
                        json.WriteString("justification", suppression.Justification);
                    }

                    json.WriteStartObject("location");
                    WriteSarifLocation(json, suppression.Location);
                    json.WriteEndObject();
                    json.WriteEndObject();
                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>The base id of relative artifact URIs in SARIF output.</summary>
    public const string SarifBaseId = "SRCROOT";

    private static string SarifLevel(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };

    private static void WriteSarifLocation(Utf8JsonWriter json, Location location)
    {
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        if (Path.IsPathRooted(location.Path))
        {
            json.WriteString("uri", new Uri(Path.GetFullPath(location.Path)).AbsoluteUri);
        }
        else
        {
            json.WriteString("uri", string.Join("/", location.Path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString)));
            json.WriteString("uriBaseId", SarifBaseId);
        }

        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", location.Start.Line);
        json.WriteNumber("startColumn", location.Start.Column);
        json.WriteNumber("endLine", location.End.Line);
        json.WriteNumber("endColumn", location.End.Column);
        json.WriteNumber("charOffset", location.Span.Start);
        json.WriteNumber("charLength", location.Span.Length);
        json.WriteEndObject();
        json.WriteEndObject();
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
