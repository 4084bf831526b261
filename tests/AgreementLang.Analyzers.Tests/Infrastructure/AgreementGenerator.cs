using System.Globalization;
using System.Text;

namespace AgreementLang.Analyzers.Tests.Infrastructure;

/// <summary>Generates a large, clean set of agreements for the caching and performance tests: one FORGE zone and
/// bilateral agreements between the United States and the zone's members, each with the zone's floors, a tariff
/// line and an origin rule — the shape of the real ones in examples/forge.</summary>
public static class AgreementGenerator
{
    private static readonly string[] Partners = { "JP", "EU", "MX", "AU", "KR", "GB", "IN" };

    public const string Zone = """
        // Generated: the FORGE zone of the generated set.
        zone FORGE "Forum on Resource Geostrategic Engagement preferential zone" {
          members US, JP, EU, MX, AU, KR, GB, IN
          non-market CN
          foreign entity CN
          reference price NdPr oxide USD 110.00 per kg from 2026-03-01 review quarterly
          reference price NdPr metal USD 135.00 per kg from 2026-03-01 review quarterly
        }

        """;

    /// <summary>The files of a set of <paramref name="agreements"/> agreements plus the zone, by file name.</summary>
    public static IReadOnlyList<(string Name, string Text)> Generate(int agreements)
    {
        var files = new List<(string, string)> { ("zone.agr", Zone) };
        for (var i = 1; i <= agreements; i++)
        {
            files.Add(($"agreement-{i:0000}.agr", Agreement(i, revision: 0)));
        }

        return files;
    }

    /// <summary>One generated agreement; a different <paramref name="revision"/> changes a comment only, as a
    /// negotiator's edit that changes the text but not the terms.</summary>
    public static string Agreement(int number, int revision)
    {
        var partner = Partners[number % Partners.Length];
        var year = 2026 + (number % 5);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"// Generated agreement {number}, revision {revision}.\n");
        text.Append(CultureInfo.InvariantCulture, $"agreement US-{partner}-G{number:0000} \"Generated agreement {number} between the United States of America and {partner}\" {{\n");
        text.Append("  kind bilateral\n  binding\n  zone FORGE\n");
        text.Append(CultureInfo.InvariantCulture, $"  signed {year}-02-04 at \"Washington, D.C.\"\n  in force {year}-03-01\n  expires {year + 10}-02-28\n  withdrawal notice 6 months\n\n");
        text.Append(CultureInfo.InvariantCulture, $"  party US \"the Government of the United States of America\"\n  party {partner} \"the Government of {partner}\"\n\n");
        text.Append("  floor NdPr oxide at reference price {\n    enforced by adjustable tariff on imports from non-members\n    tariff cap 40%\n    review quarterly\n  }\n");
        text.Append(CultureInfo.InvariantCulture, $"  tariff {partner} -> US NdPr oxide 0% from entry into force\n");
        text.Append("  no export duties on NdPr, Li\n");
        text.Append("  origin NdPr oxide requires 60% zone content, consigned from members only\n}\n");
        return text.ToString();
    }
}
