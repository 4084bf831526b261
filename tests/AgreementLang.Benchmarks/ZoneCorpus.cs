using System.Globalization;
using System.Text;

namespace AgreementLang.Benchmarks;

/// <summary>
/// A zone secretariat's repository: one preferential zone of N members and a bilateral agreement between every
/// two of them (54 members give 1,431 agreements), one file each, the way a network of agreements is kept.
/// Every agreement states what the FORGE agreements state — a floor at the zone's reference price defended by an
/// adjustable tariff, a duty-free line, a bound rate, an export-duty ban, a loan drawn on a facility, an offtake
/// from a producer, a rule of origin, an obligation with a deadline — and the set checks clean: the benchmarks
/// that use it (check, diff, language server, report, build) measure the work of a clean zone, and
/// <see cref="Changed"/> makes the one-agreement edit a negotiator makes between two runs.
/// </summary>
public static class ZoneCorpus
{
    /// <summary>ISO 3166 codes of plausible members (never CN or RU, which the zone names as non-market and
    /// excluded); the first N are the zone's members.</summary>
    private static readonly string[] Codes =
    {
        "US", "JP", "AU", "KR", "GB", "IN", "MX", "CA", "DE", "FR", "SG", "CL", "AR", "BR", "ZA", "ID", "IT", "ES", "NL", "SE",
        "FI", "PL", "NO", "DK", "BE", "AT", "PT", "IE", "NZ", "PH", "VN", "TH", "MY", "SA", "AE", "QA", "IL", "TR", "MA", "KE",
        "CZ", "SK", "HU", "RO", "BG", "GR", "HR", "SI", "EE", "LV", "LT", "LU", "CY", "MT", "IS", "CH", "UA", "GE", "KZ", "UZ",
        "MN", "PE", "CO", "EC", "UY", "PY", "BO", "PA", "CR", "DO", "JM", "TT", "GH", "NG", "TZ", "ZM", "ZW", "BW", "NA", "MZ",
        "AO", "CD", "CM", "CI", "SN", "EG", "TN", "JO", "OM", "KW", "BH", "PK", "BD", "LK", "KH", "LA", "MM", "BN", "FJ", "PG",
        "NC", "GL", "AL", "RS", "BA", "MK", "ME", "MD", "AM", "AZ", "KG", "TJ", "TM", "AF", "IQ", "LB", "LY", "DZ", "SD", "ET",
        "UG", "RW", "BI", "MW", "MG", "MU", "SC", "GA", "CG", "GQ", "BJ", "TG", "BF", "ML", "NE", "TD", "CF", "SS", "ER", "DJ",
        "SO", "LR", "SL", "GN", "GW", "GM", "CV", "ST", "KM", "MR", "EH", "BT", "NP", "MV", "TL", "WS", "TO", "VU", "SB", "KI",
        "TV", "NR", "FM", "MH", "PW", "HN", "NI", "SV", "GT", "BZ", "CU", "HT", "BS", "BB", "LC", "VC", "GD", "AG", "KN", "DM",
        "SR", "GY", "VE", "AD", "MC", "SM", "LI", "VA", "BY", "IR", "SY", "YE", "PS", "KP", "TW", "HK", "MO", "PR", "GU", "AS",
    };

    /// <summary>The subjects a floor defends (at the zone's reference price) and those traded at a bound rate are
    /// kept apart, so generated commitments never undercut a floor by accident.</summary>
    private static readonly (string Mineral, string Stage, string Price)[] Defended =
    {
        ("NdPr", "oxide", "USD 110.00 per kg"),
        ("NdPr", "metal", "USD 135.00 per kg"),
        ("Dy", "oxide", "USD 800.00 per kg"),
        ("Tb", "oxide", "USD 3,000 per kg"),
    };

    private static readonly (string Mineral, string Stage)[] Traded =
    {
        ("Ga", "metal"), ("Ge", "metal"), ("Co", "metal"), ("Ni", "metal"), ("Li", "carbonate"),
    };

    public static int MaxMembers => Codes.Length;

    /// <summary>The number of agreements of a zone of <paramref name="members"/> members: one per pair.</summary>
    public static int Agreements(int members) => members * (members - 1) / 2;

    /// <summary>Every file of the zone, as (relative path, text), in a stable order.</summary>
    public static IReadOnlyList<(string Path, string Text)> Files(int members)
    {
        if (members < 2 || members > Codes.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(members), members, $"a zone has 2 to {Codes.Length} members here");
        }

        var files = new List<(string, string)> { ("zone.agr", Declarations(members)) };
        var index = 0;
        for (var a = 0; a < members; a++)
        {
            for (var b = a + 1; b < members; b++)
            {
                files.Add(($"agreements/{Codes[a]}-{Codes[b]}.agr", Agreement(index++, a, b)));
            }
        }

        return files;
    }

    /// <summary>The same zone after one negotiating round on one agreement (the first): its loan doubled and its
    /// obligation's wording edited; the set still checks clean.</summary>
    public static IReadOnlyList<(string Path, string Text)> Changed(int members)
    {
        var files = Files(members).ToList();
        var (path, text) = files[1];
        text = text.Replace("USD 10 million at", "USD 20 million at", StringComparison.Ordinal)
                   .Replace("\"exchange production and trade data\"", "\"exchange production, stock and trade data\"", StringComparison.Ordinal);
        files[1] = (path, text);
        return files;
    }

    /// <summary>Writes <paramref name="files"/> under <paramref name="folder"/> (created if missing).</summary>
    public static void Write(string folder, IReadOnlyList<(string Path, string Text)> files)
    {
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
    }

    private static string Declarations(int members)
    {
        var text = new StringBuilder();
        text.Append("// A generated preferential zone: every member has a bilateral agreement with every other.\n");
        text.Append("zone ZONE \"Generated preferential zone\" {\n  members ").AppendJoin(", ", Codes.Take(members)).Append('\n');
        text.Append("  non-market CN\n  foreign entity CN\n  excluded RU\n");
        foreach (var s in Defended)
        {
            text.Append(CultureInfo.InvariantCulture, $"  reference price {s.Mineral} {s.Stage} {s.Price} from 2025-01-01 review quarterly\n");
        }

        text.Append("  exchange rate EUR 1.00 = USD 1.17 from 2025-01-01\n}\n\n");
        text.Append("institution BANK \"Zone Development Bank\" of US\n\n");
        text.Append("facility FUND \"Zone Minerals Fund\" cap USD 100 billion from 2025-01-01 for 30 years {\n  loan from BANK USD 100 billion for 30 years\n}\n\n");
        for (var p = 0; p < members; p++)
        {
            var defended = Defended[p % Defended.Length];
            text.Append(CultureInfo.InvariantCulture,
                $"producer P{p:D3} \"Producer {p} Ltd\" in {Codes[p]} {{\n  capacity {defended.Mineral} {defended.Stage} {2_000 + 10 * p:N0} t per year from 2025-01-01\n}}\n\n");
        }

        return text.ToString();
    }

    private static string Date(int index) =>
        new DateTime(2025, 1, 1).AddDays(index % 1500).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A bound rate that depends only on the importer and the line, so every exporter gets the same and
    /// no most-favoured-nation clause is triggered.</summary>
    private static string Rate(int importer, int line) => ((importer + line) % 4 * 0.5m).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Agreement(int index, int a, int b)
    {
        var (first, second) = (Codes[a], Codes[b]);
        var defended = Defended[index % Defended.Length];
        var line = index % Traded.Length;
        var traded = Traded[line];
        var offtaken = Defended[a % Defended.Length];
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"agreement {first}-{second}-2026 \"Agreement between {first} and {second} on Critical Minerals\" {{\n");
        text.Append(CultureInfo.InvariantCulture, $"  kind bilateral\n  binding\n  zone ZONE\n  signed {Date(index)} at \"Geneva\"\n  in force on signature\n  term 20 years\n");
        text.Append(CultureInfo.InvariantCulture, $"  party {first} \"the Government of {first}\"\n  party {second} \"the Government of {second}\"\n");
        text.Append(CultureInfo.InvariantCulture, $"  floor {defended.Mineral} {defended.Stage} at reference price {{\n    enforced by adjustable tariff on imports from non-members\n    tariff cap 40%\n  }}\n");
        text.Append(CultureInfo.InvariantCulture, $"  tariff {second} -> {first} {defended.Mineral} {defended.Stage} 0% from entry into force\n");
        text.Append(CultureInfo.InvariantCulture, $"  tariff {first} -> {second} {traded.Mineral} {traded.Stage} {Rate(b, line)}% base 5% from entry into force\n");
        text.Append(CultureInfo.InvariantCulture, $"  no export duties on {defended.Mineral}, {traded.Mineral}\n");
        text.Append(CultureInfo.InvariantCulture, $"  financing loan from FUND to {second} USD 10 million at 4.00% for 5 years\n");
        text.Append(CultureInfo.InvariantCulture, $"  offtake P{a:D3} -> {second} 1% of {offtaken.Mineral} {offtaken.Stage} capacity for 5 years\n");
        text.Append(CultureInfo.InvariantCulture, $"  origin {defended.Mineral} {defended.Stage} requires 60% zone content, consigned from members only\n");
        text.Append(CultureInfo.InvariantCulture, $"  obligation {first}, {second} \"exchange production and trade data\" within 90 days of entry into force\n");
        text.Append("}\n");
        return text.ToString();
    }
}
