using System.Globalization;
using System.Text;

namespace AgreementLang.Benchmarks;

/// <summary>Generates realistic agreement text for the benchmarks: a zone with reference prices, then
/// bilateral agreements of about 1 KB each, every clause family represented, all binding cleanly.</summary>
public static class Corpus
{
    private static readonly string[] Parties = { "US", "JP", "AU", "KR", "GB", "IN", "MX", "CA", "DE", "FR", "SG", "CL", "AR", "BR", "ZA", "ID" };

    private static readonly (string Mineral, string Stage, string Price)[] Prices =
    {
        ("NdPr", "oxide", "USD 110.00 per kg"), ("NdPr", "metal", "USD 135.00 per kg"), ("Li", "carbonate", "USD 12,000 per t LCE"),
        ("Co", "metal", "USD 35,000 per t"), ("Ni", "metal", "USD 16,500 per t"), ("Ga", "metal", "USD 650.00 per kg"),
        ("Ge", "metal", "USD 1,800 per kg"), ("Sb", "metal", "USD 40,000 per t"), ("W", "APT", "USD 350.00 per mtu"),
        ("graphite", "ore", "USD 600.00 per t"),
    };

    public static string Zone() =>
        "zone BENCH \"Benchmark preferential zone\" {\n" +
        "  members " + string.Join(", ", Parties) + "\n" +
        "  non-market CN\n" +
        string.Concat(Prices.Select(p => $"  reference price {p.Mineral} {p.Stage} {p.Price} from 2026-03-01 review quarterly\n")) +
        "}\n\nproducer BENCHCO \"Benchmark Mining Ltd\" in AU {\n  capacity NdPr oxide 1,000,000 t per year from 2026-01-01\n}\n\n" +
        "institution BENCHBANK \"Benchmark Development Bank\" of US\n\n";

    /// <summary>One agreement of about 1 KB; <paramref name="index"/> makes its name and parties vary.</summary>
    public static string Agreement(int index)
    {
        var a = Parties[index % Parties.Length];
        var b = Parties[(index / Parties.Length + 1 + index) % Parties.Length];
        if (a == b)
        {
            b = Parties[(index + 1) % Parties.Length];
        }

        var price = Prices[index % Prices.Length];
        var day = 1 + (index % 28);
        var id = index.ToString("D6", CultureInfo.InvariantCulture);
        var builder = new StringBuilder(1100);
        builder.Append("// Generated agreement ").Append(id).Append('\n');
        builder.Append("agreement BENCH-").Append(id).Append(" \"Agreement on critical minerals number ").Append(id).Append("\" {\n");
        builder.Append("  kind bilateral\n  zone BENCH\n");
        builder.Append("  signed 2026-02-").Append(day.ToString("D2", CultureInfo.InvariantCulture)).Append(" at \"Washington, D.C.\"\n");
        builder.Append("  in force 2026-03-01\n  expires 2036-02-28\n  withdrawal notice 6 months\n");
        builder.Append("  party ").Append(a).Append(" \"the Government of party ").Append(a).Append("\"\n");
        builder.Append("  party ").Append(b).Append(" \"the Government of party ").Append(b).Append("\"\n");
        builder.Append("  floor ").Append(price.Mineral).Append(' ').Append(price.Stage).Append(" at reference price {\n");
        builder.Append("    enforced by adjustable tariff on imports from non-members\n    tariff cap 40%\n    review quarterly\n  }\n");
        builder.Append("  tariff ").Append(b).Append(" -> ").Append(a).Append(' ').Append(price.Mineral).Append(' ').Append(price.Stage)
            .Append(" 0% from entry into force\n");
        builder.Append("  no export duties on NdPr, Li, Co, Ni, graphite\n");
        builder.Append("  financing loan from BENCHBANK to ").Append(b).Append(" USD 1.5 million at 4.25% for 10 years\n");
        builder.Append("  offtake BENCHCO -> ").Append(a).Append(" 10 t of NdPr oxide per year for 5 years\n");
        builder.Append("  origin ").Append(price.Mineral).Append(' ').Append(price.Stage).Append(" requires 60% zone content, consigned from members only\n");
        builder.Append("  most favoured nation ").Append(b).Append(" on ").Append(price.Mineral).Append(" tariff\n");
        builder.Append("  obligation ").Append(b).Append(" \"conclude a memorandum of understanding on supply-chain security\" within 30 days of signature\n");
        builder.Append("}\n\n");
        return builder.ToString();
    }

    /// <summary>One file of about <paramref name="bytes"/> characters.</summary>
    public static string LargeFile(int bytes)
    {
        var builder = new StringBuilder(bytes + 2048);
        builder.Append(Zone());
        for (var i = 0; builder.Length < bytes; i++)
        {
            builder.Append(Agreement(i));
        }

        return builder.ToString();
    }

    /// <summary>The zone in one file and <paramref name="count"/> files of one agreement each.</summary>
    public static IReadOnlyList<(string Path, string Text)> SmallFiles(int count)
    {
        var files = new List<(string, string)> { ("zone.agr", Zone()) };
        for (var i = 0; i < count; i++)
        {
            files.Add(($"a{i:D5}.agr", Agreement(i)));
        }

        return files;
    }
}
