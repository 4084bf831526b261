using System.Text;
using System.Text.Json;
using AgreementLang.Diagnostics;
using AgreementLang.Model.Versions;
using AgreementLang.Text;

namespace AgreementLang.Cli;

/// <summary>The output of <c>agr diff</c> in its three formats; the JSON shape is docs/schemas/diff.schema.json.</summary>
public sealed class DiffReport(string oldPath, string newPath, IReadOnlyList<ModelChange> changes, IReadOnlyList<string> layoutOnly)
{
    /// <summary>One canonical line per change (<c>path(line,col): changed: …</c>), then a count.</summary>
    public void WriteText(TextWriter writer)
    {
        foreach (var change in changes)
        {
            writer.WriteLine($"{Place(change.Primary)}: {TerminalText.Escape(change.Describe())}");
        }

        foreach (var file in layoutOnly)
        {
            writer.WriteLine($"{TerminalText.Escape(file)}: layout only: the text differs, the model does not");
        }

        writer.WriteLine(Summary());
    }

    public void WriteJson(TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("old", oldPath);
            json.WriteString("new", newPath);
            json.WriteBoolean("equal", changes.Count == 0);
            json.WriteStartArray("changes");
            foreach (var change in changes)
            {
                json.WriteStartObject();
                json.WriteString("kind", ModelChange.KindText(change.Kind));
                json.WriteString("declaration", change.Declaration);
                json.WriteString("subject", change.Subject);
                WriteNullable(json, "field", change.Field);
                WriteNullable(json, "old", change.Old);
                WriteNullable(json, "new", change.New);
                WriteNullable(json, "wordDiff", change.WordDiff);
                WriteLocation(json, "oldLocation", change.OldLocation);
                WriteLocation(json, "newLocation", change.NewLocation);
                json.WriteString("text", change.Describe());
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("layoutOnly");
            foreach (var file in layoutOnly)
            {
                json.WriteStringValue(file);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>A heading and a table per agreement (or declaration), in the order the changes come.</summary>
    public void WriteMarkdown(TextWriter writer)
    {
        writer.WriteLine($"# Changes from {Cell(oldPath)} to {Cell(newPath)}");
        writer.WriteLine();
        foreach (var group in changes.GroupBy(c => c.Declaration))
        {
            writer.WriteLine("## " + Cell(group.Key));
            writer.WriteLine();
            writer.WriteLine("| Change | Clause | Field | Old | New | Where |");
            writer.WriteLine("|---|---|---|---|---|---|");
            foreach (var change in group)
            {
                var (old, @new) = (change.Old ?? "", change.WordDiff ?? change.New ?? "");
                if (change.Field is null)
                {
                    (old, @new) = ("", "");
                }

                writer.WriteLine($"| {ModelChange.KindText(change.Kind)} | {Cell(change.Subject)} | {Cell(change.Field ?? "")} | {Cell(old)} | {Cell(@new)} | {Cell(Place(change.Primary))} |");
            }

            writer.WriteLine();
        }

        foreach (var file in layoutOnly)
        {
            writer.WriteLine($"- {Cell(file)}: layout only");
        }

        writer.WriteLine(Summary());
    }

    private string Summary()
    {
        if (changes.Count == 0)
        {
            return "The models are equal.";
        }

        string Count(ChangeKind kind) => changes.Count(c => c.Kind == kind) + " " + ModelChange.KindText(kind);
        return $"{changes.Count} change{(changes.Count == 1 ? "" : "s")}: {Count(ChangeKind.Added)}, {Count(ChangeKind.Removed)}, {Count(ChangeKind.Changed)}.";
    }

    private static string Place(Location? location) => location is null ? "agr" : DiagnosticWriter.Place(location);

    /// <summary>A table cell: pipes and backticks would break the table, line breaks the row; controls are escaped.</summary>
    private static string Cell(string text) =>
        TerminalText.Escape(text).Replace("\\", "\\\\").Replace("|", "\\|").Replace("`", "\\`").Replace("*", "\\*").Replace("_", "\\_");

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
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

    private static void WriteLocation(Utf8JsonWriter json, string name, Location? location)
    {
        if (location is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("path", location.Path);
        json.WriteNumber("line", location.Start.Line);
        json.WriteNumber("column", location.Start.Column);
        json.WriteEndObject();
    }
}
