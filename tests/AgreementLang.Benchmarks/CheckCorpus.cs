using System.Globalization;
using System.Text;

namespace AgreementLang.Benchmarks;

/// <summary>
/// Generates one preferential zone with many agreements for the check benchmark: 40 member parties, ten
/// mineral-stage reference prices, 200 producers, 20 facilities, and agreements signed over five and a half
/// years, each with floors (at reference price and stated in another unit), tariff commitments, an export-duty
/// ban, a facility loan, an offtake, a rule of origin, an obligation and, for one in ten, a most-favoured-nation
/// clause — every clause family the checks index. Roughly one agreement in a thousand plants conflicts: a lower
/// floor, a non-market party with a duty-free line, an offtake of a whole plant, an export tax against a ban and a
/// looser rule of origin.
/// </summary>
public static class CheckCorpus
{
    private static readonly string[] Members =
    {
        "US", "JP", "AU", "KR", "GB", "IN", "MX", "CA", "DE", "FR", "SG", "CL", "AR", "BR", "ZA", "ID", "IT", "ES", "NL", "SE",
        "FI", "PL", "NO", "DK", "BE", "AT", "PT", "IE", "NZ", "PH", "VN", "TH", "MY", "SA", "AE", "QA", "IL", "TR", "MA", "KE",
    };

    /// <summary>Subjects defended by floors (the first five) and subjects traded at bound rates (the last five)
    /// are kept apart so that generated commitments never contradict each other by accident.</summary>
    private static readonly (string Mineral, string Stage, string Price, string InOtherUnit)[] Subjects =
    {
        ("NdPr", "oxide", "USD 110.00 per kg", "USD 110,000 per t"),
        ("NdPr", "metal", "USD 135.00 per kg", "USD 135,000 per t"),
        ("Dy", "oxide", "USD 800.00 per kg", "USD 800,000 per t"),
        ("Co", "metal", "USD 35,000 per t", "USD 35.00 per kg"),
        ("Ni", "metal", "USD 16,500 per t", "USD 16.50 per kg"),
        ("Ga", "metal", "USD 650.00 per kg", "USD 650,000 per t"),
        ("Ge", "metal", "USD 1,800 per kg", "USD 1,800,000 per t"),
        ("Sb", "metal", "USD 40,000 per t", "USD 40.00 per kg"),
        ("Tb", "oxide", "USD 3,000 per kg", "USD 3,000,000 per t"),
        ("Li", "carbonate", "USD 12,000 per t LCE", "USD 12.00 per kg LCE"),
    };

    public const int Producers = 200;
    public const int Facilities = 20;

    /// <summary>The files of a zone with <paramref name="count"/> agreements, 100 agreements a file.</summary>
    public static IReadOnlyList<(string Path, string Text)> Files(int count)
    {
        var files = new List<(string, string)> { ("zone.agr", Declarations()) };
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Append(Agreement(i));
            if (Planted(i))
            {
                builder.Append(PlantedAgreement(i));
            }

            if (i % 100 == 99 || i == count - 1)
            {
                files.Add(($"agreements-{i / 100:D4}.agr", builder.ToString()));
                builder.Clear();
            }
        }

        return files;
    }

    public static bool Planted(int index) => index % 997 == 13;

    private static string Declarations()
    {
        var text = new StringBuilder();
        text.Append("zone ZONE \"Benchmark preferential zone\" {\n  members ").Append(string.Join(", ", Members)).Append('\n');
        text.Append("  non-market CN\n  foreign entity CN\n  excluded RU\n");
        foreach (var s in Subjects)
        {
            text.Append($"  reference price {s.Mineral} {s.Stage} {s.Price} from 2025-01-01 review quarterly\n");
        }

        text.Append("  exchange rate EUR 1.00 = USD 1.17 from 2025-01-01\n  exchange rate AUD 1.00 = USD 0.65 from 2025-01-01\n}\n\n");
        text.Append("institution BANK \"Benchmark Development Bank\" of US\n\n");
        for (var f = 0; f < Facilities; f++)
        {
            text.Append($"facility FAC{f:D2} \"Facility {f}\" cap USD 100 billion from 2025-01-01 for 30 years {{\n  loan from BANK USD 100 billion for 30 years\n}}\n\n");
        }

        for (var p = 0; p < Producers; p++)
        {
            var first = Subjects[p % 5];
            var second = Subjects[5 + (p % 5)];
            text.Append($"producer P{p:D3} \"Producer {p}\" in {Members[p % Members.Length]} {{\n" +
                        $"  capacity {first.Mineral} {first.Stage} {10_000 + p:N0} t per year from 2025-01-01\n" +
                        $"  capacity {second.Mineral} {second.Stage} {5_000 + p:N0} t per year from 2025-01-01\n}}\n\n");
        }

        return text.ToString();
    }

    private static (string A, string B) Pair(int index)
    {
        var a = Members[index % Members.Length];
        var b = Members[(index / Members.Length + 1 + index) % Members.Length];
        return a == b ? (a, Members[(index + 1) % Members.Length]) : (a, b);
    }

    private static string Date(int index) =>
        new DateTime(2025, 1, 1).AddDays(index % 2000).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A bound rate that depends only on the importer and the subject: every exporter gets the same,
    /// so no most-favoured-nation clause is triggered and no two commitments disagree.</summary>
    private static string Rate(string importer, int subject) => ((importer[0] + importer[1] + subject) % 4 * 0.5m).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Agreement(int i)
    {
        var (a, b) = Pair(i);
        var defended = Subjects[i % 5];
        var stated = Subjects[(i + 1) % 5];
        var tradedIndex = 5 + (i % 5);
        var traded = Subjects[tradedIndex];
        var producer = i % Producers;
        var offtaken = Subjects[producer % 5];
        var text = new StringBuilder();
        text.Append($"agreement A-{i:D5} \"Agreement {i} between {a} and {b} on Critical Minerals\" {{\n");
        text.Append($"  kind bilateral\n  binding\n  zone ZONE\n  signed {Date(i)} at \"Geneva\"\n  in force on signature\n  term {5 + (i % 11)} years\n");
        text.Append($"  party {a} \"the Government of {a}\"\n  party {b} \"the Government of {b}\"\n");
        text.Append($"  floor {defended.Mineral} {defended.Stage} at reference price {{\n    enforced by adjustable tariff on imports from non-members\n    tariff cap 40%\n    review quarterly\n  }}\n");
        text.Append($"  floor {stated.Mineral} {stated.Stage} at {stated.InOtherUnit} {{\n    enforced by minimum import price\n  }}\n");
        text.Append($"  tariff {b} -> {a} {defended.Mineral} {defended.Stage} 0% from entry into force\n");
        text.Append($"  tariff {a} -> {b} {traded.Mineral} {traded.Stage} {Rate(b, tradedIndex)}% base 5% from entry into force\n");
        text.Append($"  no export duties on {defended.Mineral}, {traded.Mineral}\n");
        text.Append($"  financing loan from FAC{i % Facilities:D2} to {b} USD 10 million at 4.00% for 5 years\n");
        text.Append($"  offtake P{producer:D3} -> {a} 1% of {offtaken.Mineral} {offtaken.Stage} capacity for 5 years\n");
        text.Append($"  origin {defended.Mineral} {defended.Stage} requires 60% zone content, consigned from members only\n");
        if (i % 10 == 0)
        {
            text.Append($"  most favoured nation {a} on {traded.Mineral} {traded.Stage} tariff\n");
        }

        text.Append($"  obligation {a}, {b} \"exchange production and trade data\" within 90 days of entry into force\n");
        text.Append("}\n\n");
        return text.ToString();
    }

    /// <summary>An agreement built to conflict: with a non-market party, a lower floor, a whole plant, an export
    /// tax against the parties' own ban and a change-of-heading rule of origin.</summary>
    private static string PlantedAgreement(int i)
    {
        var (a, _) = Pair(i);
        var defended = Subjects[i % 5];
        var producer = (i + 1) % Producers;
        var offtaken = Subjects[producer % 5];
        return $"agreement PLANTED-{i:D5} \"Planted conflicts {i}\" {{\n" +
               $"  kind bilateral\n  zone ZONE\n  signed {Date(i)}\n  in force on signature\n  term 5 years\n" +
               $"  party {a} \"the Government of {a}\"\n  party CN \"the Government of the People's Republic of China\"\n" +
               $"  floor {defended.Mineral} {defended.Stage} at USD 1.00 per kg\n" +
               $"  tariff CN -> {a} {defended.Mineral} {defended.Stage} 0% from entry into force\n" +
               $"  no export duties on {defended.Mineral}\n" +
               $"  export tax {a} on {defended.Mineral} ore 10% to all\n" +
               $"  offtake P{producer:D3} -> {a} 100% of {offtaken.Mineral} {offtaken.Stage} capacity for 5 years\n" +
               $"  origin {defended.Mineral} {defended.Stage} requires change of tariff heading\n" +
               "}\n\n";
    }
}
