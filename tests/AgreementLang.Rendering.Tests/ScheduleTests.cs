using AgreementLang.Diagnostics;
using AgreementLang.Rendering.Schedules;
using AgreementLang.Tests.Infrastructure;
using NJsonSchema;
using AgreementLang.Text;

namespace AgreementLang.Rendering.Tests;

public class ScheduleTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Repository.PathOf("docs/schemas/schedule.schema.json"))).GetAwaiter().GetResult());

    [Fact]
    public void The_forge_schedule_validates_against_the_published_schema()
    {
        var errors = Schema.Value.Validate(JsonScheduleWriter.Write(Forge.Model));
        Assert.Empty(errors.Select(e => e.ToString()));
    }

    [Fact]
    public void A_forced_schedule_with_errors_validates_and_lists_them()
    {
        var error = Diagnostic.UnexpectedToken(Forge.Model.Agreements[0].Location, "'}'", "end of file");
        var json = JsonScheduleWriter.Write(Forge.Model, [error]);
        Assert.Empty(Schema.Value.Validate(json).Select(e => e.ToString()));
        Assert.Contains("\"code\": \"" + error.Code + "\"", json);
    }

    [Fact]
    public void The_schema_rejects_a_schedule_whose_figures_are_not_exact_decimal_strings()
    {
        var json = JsonScheduleWriter.Write(Forge.Model).Replace("\"amount\": \"110.00\"", "\"amount\": 110.0");
        Assert.NotEmpty(Schema.Value.Validate(json));
    }

    [Fact]
    public void Json_keeps_exact_decimals_and_source_locations()
    {
        var json = JsonScheduleWriter.Write(Forge.Model);
        Assert.Contains("\"amount\": \"110.00\"", json);
        Assert.Contains("\"amount\": \"10000000000\"", json);
        Assert.Contains("\"path\": \"examples/forge/us-japan.agr\"", json);
    }

    [Fact]
    public void The_json_offtake_of_a_later_plant_starts_with_the_plant_and_lasts_its_stated_duration()
    {
        // examples/forge/mp-materials.agr: US-MP-2025 is in force on signature, 2025-07-10; the 10X plant has
        // capacity for NdPr magnet from 2028-01-01; the offtake of it is "for 10 years".
        using var json = System.Text.Json.JsonDocument.Parse(JsonScheduleWriter.Write(Forge.Model));
        var offtake = Assert.Single(json.RootElement.GetProperty("offtake").EnumerateArray(),
            o => o.GetProperty("agreement").GetString() == "US-MP-2025" && o.GetProperty("stage").GetString() == "magnet");
        Assert.Equal("2028-01-01", offtake.GetProperty("from").GetString());
        Assert.Equal("2037-12-31", offtake.GetProperty("until").GetString());
    }

    [Fact]
    public void The_json_states_the_MP_financing_terms_the_ownership_and_Project_Vaults_participants_agents_and_buyers()
    {
        using var json = System.Text.Json.JsonDocument.Parse(JsonScheduleWriter.Write(Forge.Model));
        var root = json.RootElement;
        var equity = Assert.Single(root.GetProperty("financing").EnumerateArray(),
            f => f.GetProperty("agreement").GetString() == "US-MP-2025" && f.GetProperty("instrument").GetString() == "equity");
        Assert.Equal("convertible preferred equity", equity.GetProperty("form").GetString());
        Assert.Equal("30.03", equity.GetProperty("conversionPrice").GetProperty("amount").GetString());
        Assert.Equal("30.03", equity.GetProperty("warrants").GetProperty("exercisePrice").GetProperty("amount").GetString());
        Assert.Equal("10 years", equity.GetProperty("warrants").GetProperty("term").GetString());
        var loan = Assert.Single(root.GetProperty("financing").EnumerateArray(),
            f => f.GetProperty("agreement").GetString() == "US-MP-2025" && f.GetProperty("instrument").GetString() == "loan");
        Assert.Equal("the expansion of heavy rare-earth separation at Mountain Pass, California", loan.GetProperty("useOfProceeds").GetString());

        var owner = Assert.Single(root.GetProperty("ownership").EnumerateArray());
        Assert.Equal(("MP", "DOD", "15", "2025-07-10"),
            (owner.GetProperty("producer").GetString(), owner.GetProperty("owner").GetString(), owner.GetProperty("share").GetString(), owner.GetProperty("from").GetString()));

        var vault = Assert.Single(root.GetProperty("facilities").EnumerateArray(), f => f.GetProperty("name").GetString() == "VAULT");
        Assert.Equal(["GM", "STELLANTIS", "BOEING", "GE-VERNOVA"], vault.GetProperty("participants").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["HARTREE", "TRAXYS", "MERCURIA"], vault.GetProperty("agents").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["GM", "STELLANTIS", "BOEING", "GE-VERNOVA"],
            root.GetProperty("stockpileBuyers").EnumerateArray().Where(b => b.GetProperty("stockpile").GetString() == "VAULT-STOCK").Select(b => b.GetProperty("buyer").GetString()));
        var mercuria = Assert.Single(root.GetProperty("entities").EnumerateArray(), e => e.GetProperty("name").GetString() == "MERCURIA");
        Assert.Equal(("CH", "agent"), (mercuria.GetProperty("country").GetString(), mercuria.GetProperty("kind").GetString()));
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"yes\"", "\"say \"\"yes\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\rhere", "\"cr\rhere\"")]
    [InlineData("", "")]
    public void Csv_fields_are_quoted_as_rfc_4180_requires(string value, string expected) =>
        Assert.Equal(expected, CsvScheduleWriter.Field(value));

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1", "\"'+1\"")]
    [InlineData("-2+3", "\"'-2+3\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("\t=1+1", "\"'\t=1+1\"")]
    [InlineData("\r=1+1", "\"'\r=1+1\"")]
    [InlineData("-", "\"'-\"")]
    [InlineData("-1.", "\"'-1.\"")]
    [InlineData("'=1+1", "\"''=1+1\"")]
    [InlineData("'s-Hertogenbosch", "\"''s-Hertogenbosch\"")]
    public void Csv_fields_a_spreadsheet_would_run_as_a_formula_get_a_leading_quote_inside_quotes(string value, string expected) =>
        Assert.Equal(expected, CsvScheduleWriter.Field(value));

    [Theory]
    [InlineData("-2")]
    [InlineData("-0.50")]
    [InlineData("-5%")]
    [InlineData("—")]
    [InlineData("a=b")]
    [InlineData("price-gap payment to MP")]
    public void Csv_negative_numbers_dashes_and_inner_formula_characters_stay_as_they_are(string value) =>
        Assert.Equal(value, CsvScheduleWriter.Field(value));

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    public void A_hostile_line_description_reaches_the_csv_only_as_text(string hostile)
    {
        var source = new AgreementLang.Text.SourceText("hostile.agr",
            "tariff line US 2846.90.0001 " + Quoted(hostile) + " NdPr oxide\n" +
            "agreement US-JP-X " + Quoted(hostile) + " {\n  kind bilateral\n  signed 2026-02-04 at " + Quoted(hostile) +
            "\n  in force on signature\n  indefinite\n  party US " + Quoted(hostile) + "\n  party JP " + Quoted(hostile) + "\n" +
            "  tariff JP -> US NdPr oxide line 2846.90.0001 0% from entry into force\n" +
            "  obligation JP " + Quoted(hostile) + " within 30 days of signature\n}\n");
        var compilation = Compilation.Create([source]);
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        var csv = CsvScheduleWriter.Write(TariffAnnexRows.Build(compilation.Model));
        var fields = csv.Split("\r\n").Skip(1).Where(l => l.Length > 0).SelectMany(SplitCsv).ToArray();
        Assert.Contains("'" + hostile, fields);
        Assert.DoesNotContain(fields, f => f.Length > 0 && "=+-@\t\r".Contains(f[0]) && !System.Text.RegularExpressions.Regex.IsMatch(f, @"^-\d+(\.\d+)?%?$"));
    }

    /// <summary>A party an amendment adds is a party from the amendment's date only (issue 15, check 8): the
    /// whole-period schedule lists it with that date and the amendment; as of a later date it is a party of the
    /// consolidated agreement, listed once without a date; as of an earlier date it is listed only with its date.</summary>
    [Fact]
    public void A_party_added_by_an_amendment_is_listed_from_the_amendments_date()
    {
        var source = new SourceText("pax.agr",
            "agreement PAX-2025 \"Pax Silica Declaration\" {\n  kind plurilateral\n  non-binding\n  signed 2025-12-12\n" +
            "  in force on signature\n  indefinite\n  party US \"the Government of the United States of America\"\n" +
            "  party JP \"the Government of Japan\"\n}\n" +
            "amendment PAX-2025-ACC \"Accession of the State of Qatar\" amends PAX-2025 from 2026-01-15 {\n" +
            "  party QA \"the Government of the State of Qatar\"\n}\n");
        var compilation = Compilation.Create([source]);
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));

        var whole = JsonScheduleWriter.Write(compilation.Model);
        Assert.Empty(Schema.Value.Validate(whole));
        var qatar = Parties(whole).Single(p => p.GetProperty("code").GetString() == "QA");
        Assert.Equal("2026-01-15", qatar.GetProperty("from").GetString());
        Assert.Equal("PAX-2025-ACC", qatar.GetProperty("amendment").GetString());
        Assert.False(Parties(whole).Single(p => p.GetProperty("code").GetString() == "US").TryGetProperty("from", out _));

        var after = Parties(JsonScheduleWriter.Write(AgreementLang.Model.Consolidation.AsOf(compilation.Model, new DateTime(2026, 6, 1))));
        Assert.False(after.Single(p => p.GetProperty("code").GetString() == "QA").TryGetProperty("from", out _));

        var before = Parties(JsonScheduleWriter.Write(AgreementLang.Model.Consolidation.AsOf(compilation.Model, new DateTime(2026, 1, 1))));
        Assert.Equal("2026-01-15", before.Single(p => p.GetProperty("code").GetString() == "QA").GetProperty("from").GetString());
    }

    private static System.Text.Json.JsonElement[] Parties(string json) =>
        System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("agreements")[0].GetProperty("parties").EnumerateArray().ToArray();

    private static string Quoted(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    [Fact]
    public void Csv_has_the_annex_columns_crlf_rows_and_exact_invariant_decimals()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        try
        {
            // A culture with a decimal comma must change nothing.
            Thread.CurrentThread.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
            var csv = CsvScheduleWriter.Write(TariffAnnexRows.Build(Forge.Model));
            var lines = csv.Split("\r\n");
            Assert.Equal("agreement,binding,party,exporter,line,description,mineral,stage,base_rate,commitment,staging,floor,currency,unit,basis,mechanism,cap,review,source,from,until", lines[0]);
            Assert.Equal("", lines[^1]);
            Assert.DoesNotContain(lines, l => l.Contains('\n'));
            Assert.Contains("US-JP-2026,yes,US,JP,2805.30,\"Rare-earth metals, scandium and yttrium, whether or not intermixed or interalloyed\",NdPr,metal,5%,0%,EIF,135.00,USD,kg,gross weight,adjustable tariff on Non-Member imports,40,quarterly,\"examples/forge/us-japan.agr(33,3)\",2026-03-01,2036-02-28", lines);

            // One row per agreement, party, line and stage.
            var keys = lines.Skip(1).Where(l => l.Length > 0).Select(l => string.Join(",", SplitCsv(l).Take(8))).ToArray();
            Assert.Equal(keys.Length, keys.Distinct().Count());
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Csv_rows_give_the_dates_their_clause_applies_from_and_until()
    {
        var csv = CsvScheduleWriter.Write(TariffAnnexRows.Build(Forge.Model));
        var header = SplitCsv(csv.Split("\r\n")[0]);
        var rows = csv.Split("\r\n").Skip(1).Where(l => l.Length > 0).Select(SplitCsv).ToArray();
        var (agreement, source, from, until) = (header.IndexOf("agreement"), header.IndexOf("source"), header.IndexOf("from"), header.IndexOf("until"));
        Assert.True(from >= 0 && until >= 0, "no from/until columns");
        Assert.All(rows, r => Assert.Equal(header.Count, r.Count));

        // Read off the sources by hand: US-JP-2026 is in force from 2026-03-01 and expires 2036-02-28; the US-EU-2026
        // floor applies from 2026-03-01 in an indefinite agreement; the US-MP-2025 floor runs 10 years from
        // signature (2025-07-10, in force on signature); FORGE-2026, signed 2026-02-04, enters into force 60 days
        // after notifications (the model counts them from signature) for a term of 10 years.
        Assert.All(rows.Where(r => r[agreement] == "US-JP-2026"), r => Assert.Equal(("2026-03-01", "2036-02-28"), (r[from], r[until])));
        Assert.All(rows.Where(r => r[agreement] == "US-EU-2026"), r => Assert.Equal(("2026-03-01", ""), (r[from], r[until])));
        Assert.Contains(rows, r => r[agreement] == "US-EU-2026");
        Assert.All(rows.Where(r => r[agreement] == "US-MP-2025"), r => Assert.Equal(("2025-07-10", "2035-07-09"), (r[from], r[until])));
        Assert.All(rows.Where(r => r[agreement] == "FORGE-2026"), r => Assert.Equal(("2026-04-05", "2036-04-04"), (r[from], r[until])));
        Assert.Contains(rows, r => r[agreement] == "US-MP-2025");

        // Every row carries the period of the clause it names, in ISO 8601.
        var terms = Forge.Model.Agreements.SelectMany(a => a.Terms).ToDictionary(t => t.Location.ToString());
        Assert.All(rows, r =>
        {
            var period = terms[r[source]].Period;
            Assert.Equal(period.From is { } f ? f.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "", r[from]);
            Assert.Equal(period.Until is { } u ? u.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "", r[until]);
        });
    }

    [Fact]
    public void Csv_read_back_gives_hs_lines_and_figures_with_every_digit_and_the_csvt_calls_them_text()
    {
        var csv = CsvScheduleWriter.Write(TariffAnnexRows.Build(Forge.Model));
        var lines = csv.Split("\r\n").Where(l => l.Length > 0).Select(SplitCsv).ToArray();
        var header = lines[0];
        var types = SplitCsv(CsvScheduleWriter.WriteTypes().TrimEnd('\r', '\n'));
        Assert.Equal(header.Count, types.Count);
        var rows = lines.Skip(1).ToArray();

        // The exact strings of the sources: the catalogue's HS subheadings and the zone's reference prices.
        var (line, floor) = (header.IndexOf("line"), header.IndexOf("floor"));
        Assert.Contains(rows, r => r[line] == "2846.90" && r[floor] == "110.00");
        Assert.Contains(rows, r => r[line] == "2805.30" && r[floor] == "135.00");
        foreach (var column in new[] { "line", "floor", "cap", "base_rate", "commitment" })
        {
            Assert.Equal("String", types[header.IndexOf(column)]);
        }

        // Every HS or national line is digits and points, written as it is: no trailing zero lost.
        Assert.All(rows, r => Assert.Matches(@"^\d{4}\.\d{2}(\.\d+)?$", r[line]));
    }

    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
