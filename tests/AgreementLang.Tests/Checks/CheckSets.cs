using AgreementLang.Configuration;
using AgreementLang.Diagnostics;
using AgreementLang.Text;

namespace AgreementLang.Tests.Checks;

/// <summary>Builds checked sets from in-memory .agr texts (named a.agr, b.agr, … in order) and refuses inputs
/// that do not parse or bind cleanly, so that a near-miss test cannot pass because of a typo in its input.</summary>
internal static class CheckSets
{
    public const string Forge = """
        zone FORGE "Forum on Resource Geostrategic Engagement" {
          members US, JP, EU, MX, AU, KR, GB, IN
          non-market CN
          foreign entity CN
        }

        institution EXIM "Export-Import Bank of the United States" of US
        institution DOD "United States Department of Defense" of US
        """;

    public static IReadOnlyList<Diagnostic> Check(params string[] files) => Check(CompilationOptions.Default, files);

    public static IReadOnlyList<Diagnostic> Check(CompilationOptions options, params string[] files)
    {
        var sources = files.Select((text, i) => new SourceText((char)('a' + i) + ".agr", text)).ToArray();
        var compilation = Compilation.Create(sources, options);
        var binding = compilation.Diagnostics.Where(d => string.CompareOrdinal(d.Code, "AGR200") < 0).ToArray();
        Assert.True(binding.Length == 0, "the test input does not bind cleanly:\n" + string.Join("\n", binding.Select(d => d.ToString())));
        return compilation.Diagnostics;
    }

    public static Diagnostic[] Only(this IReadOnlyList<Diagnostic> diagnostics, DiagnosticDescriptor descriptor) =>
        diagnostics.Where(d => d.Code == descriptor.Code).ToArray();

    /// <summary>The one diagnostic of a code, or a failure listing all of them.</summary>
    public static Diagnostic Single(this IReadOnlyList<Diagnostic> diagnostics, DiagnosticDescriptor descriptor)
    {
        var found = diagnostics.Only(descriptor);
        Assert.True(found.Length == 1, $"expected one {descriptor.Code}, found {found.Length}:\n" + Render(diagnostics));
        return found[0];
    }

    public static void None(this IReadOnlyList<Diagnostic> diagnostics, DiagnosticDescriptor descriptor) =>
        Assert.True(diagnostics.Only(descriptor).Length == 0, $"expected no {descriptor.Code}:\n" + Render(diagnostics));

    public static string Render(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d => d + string.Concat(d.Related.Select(r => "\n  " + r.Location + ": note: " + r.Message))));

    /// <summary>An agreement with the usual preamble; <paramref name="body"/> holds its terms.</summary>
    public static string Agreement(string name, string body, string parties = "US, JP", string? zone = "FORGE",
        string life = "signed 2026-02-04\nin force 2026-03-01\nterm 10 years", string kind = "bilateral", string? under = null)
    {
        var lines = new List<string> { $"agreement {name} \"Agreement {name}\" {{", "kind " + kind };
        if (zone is not null)
        {
            lines.Add("zone " + zone);
        }

        if (under is not null)
        {
            lines.Add("under " + under);
        }

        lines.AddRange(life.Split('\n'));
        lines.AddRange(parties.Split(',').Select(p => p.Trim()).Select(p => $"party {p} \"the Government of {p}\""));
        lines.AddRange(body.Replace("\r\n", "\n").Split('\n'));
        lines.Add("}");
        return string.Join("\n", lines) + "\n";
    }
}
