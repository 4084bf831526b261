using System.Text;
using AgreementLang.Diagnostics;
using AgreementLang.Syntax;
using AgreementLang.Tests.Infrastructure;
using AgreementLang.Text;

namespace AgreementLang.Tests.Diagnostics;

/// <summary>Every diagnostic of the catalogue, raised by a minimal source, must name the value that caused it (the
/// misspelt word, the impossible date, the amount, the name), so that a negotiator can find it without reading the
/// documentation. The table must cover every code: a new code without an entry fails
/// <see cref="Every_code_of_the_catalogue_has_an_entry"/>.</summary>
public sealed class MessageTests
{
    private const string Head = "agreement A \"a\" {\n  kind bilateral\n  signed 2026-02-04\n  in force 2026-03-01\n  party US \"u\"\n  party JP \"j\"\n";

    private static string Agreement(string clauses) => Head + clauses + "\n}\n";

    private const string Zone = "zone FORGE \"f\" {\n  members US, JP\n  reference price W APT USD 600.00 per mtu from 2026-03-01\n" +
                                "  reference price NdPr oxide USD 110.00 per kg from 2026-03-01\n}\n";

    /// <summary>Stands for the files of examples/conflicts, checked as one set.</summary>
    private static readonly string[] Conflicts = { "examples/conflicts" };

    /// <summary>Code → a source that raises it (a string, or bytes for encoding problems) → the value its message
    /// must contain.</summary>
    public static readonly IReadOnlyDictionary<string, (object Source, string Value)> Table = new Dictionary<string, (object, string)>
    {
        ["AGR001"] = ("facility X \"x\" cap 12 billion {\n}", "'12'"),
        ["AGR002"] = ("institution EXIM \"Export-Import Bank of US\n", "\"Export-Import Bank"),
        ["AGR003"] = ("facility X \"x\" cap USD 1,00,0 {\n}", "'1,00,0'"),
        ["AGR004"] = (Agreement("  expires 2026-02-30"), "'2026-02-30'"),
        ["AGR005"] = ("agreement A \"a\" {\n" + new string('{', 40) + new string('}', 40) + "\n}", "32 levels"),
        ["AGR006"] = (new string(' ', Parser.MaxFileLength + 1), "33,554,433 characters"),
        ["AGR007"] = ("agremeent A \"a\" {\n}", "'agremeent'"),
        ["AGR008"] = ("zone Z {\n  members US\n", "zone Z"),
        ["AGR009"] = ("zone Z {\n}\n}", "'}'"),
        ["AGR010"] = ("zone Z \"" + new string('x', Parser.MaxLineLength) + "\" {\n}", "line 1 has 16,395 characters"),
        ["AGR011"] = (Encoding.UTF8.GetBytes("zone Z \"caf").Concat(new byte[] { 0xC3 }).Concat(Encoding.UTF8.GetBytes("\" {\n}")).ToArray(), "0xC3"),
        ["AGR012"] = (string.Concat(Enumerable.Repeat("}\n", Parser.MaxDiagnostics + 1)), "more than 1,000 syntax errors"),
        ["AGR013"] = (Agreement("  party FR \"the French \u0007Republic\""), "U+0007"),
        ["AGR014"] = (Agreement("  obligation JP \"deliver \u202E0001\" within 30 days of signature"), "U+202E (right-to-left override)"),
        ["AGR101"] = (Zone + Agreement("  zone FORGX"), "no zone named 'FORGX' is declared; did you mean 'FORGE'?"),
        ["AGR102"] = ("institution EXIM \"a\" of US\ninstitution EXIM \"b\" of KR\n", "'EXIM'"),
        ["AGR103"] = (Agreement("  floor lithum carbonate at USD 1 per kg"), "'lithum'"),
        ["AGR104"] = (Agreement("  floor NdPr oxyde at USD 1 per kg"), "'oxyde'"),
        ["AGR105"] = (Agreement("  floor NdPr oxide at USX 1 per kg"), "'USX'"),
        ["AGR106"] = (Agreement("  floor NdPr oxide at USD 1 per kilo"), "'kilo'"),
        ["AGR107"] = (Agreement("  party UK \"the United Kingdom\""), "'UK'"),
        ["AGR108"] = (Zone + Agreement("  zone FORGE\n  floor NdPr oxide at AUD 170.00 per kg"), "AUD"),
        ["AGR109"] = (Zone + Agreement("  zone FORGE\n  floor W APT at USD 60.00 per kg gross"), "per kg gross weight"),
        ["AGR110"] = (Agreement("  expires 2025-01-01"), "2025-01-01"),
        ["AGR111"] = ("institution DOD \"d\" of US\n" + Agreement("  financing equity DOD in JP USD 1 million for 150%"), "150%"),
        ["AGR112"] = (Agreement("  tariff KR -> US NdPr oxide 0% from entry into force"), "'KR'"),
        ["AGR113"] = ("institution EXIM \"e\" of US\n" + Agreement("  zone EXIM"), "'EXIM'"),
        ["AGR114"] = (Agreement("  kind framework"), "kind"),
        ["AGR115"] = ("agreement LONELY \"a\" {\n  kind bilateral\n  in force 2026-03-01\n}\n", "'LONELY' states no party"),
        ["AGR116"] = ("tariff line US 28 \"x\" NdPr metal\n", "'28'"),
        ["AGR117"] = ("facility F \"f\" cap USD 1 {\n  private capital USD 0\n}\n", "USD 0"),
        // The conflict checks, each raised by the conflicts example set (one conflict per check), with the value
        // the message must name.
        ["AGR135"] = (Agreement("  no export duties on Co, Mn, manganese"), "'manganese' is Mn, already listed as 'Mn'"),
        ["AGR201"] = (Conflicts, "is USD 120.00/kg here"),
        ["AGR202"] = (Conflicts, "0% tariff on NdPr oxide from JP into US"),
        ["AGR203"] = (Conflicts, "108.33% of its capacity"),
        ["AGR204"] = (Conflicts, "is 2026-03-06"),
        ["AGR205"] = (Conflicts, "export tax of 10% by AU on Li concentrate"),
        ["AGR206"] = (Conflicts, "confidentiality, appropriations ("),
        ["AGR207"] = (Conflicts, "runs until 2035-12-31, but US-CL-2026"),
        ["AGR213"] = (Conflicts, "add up to USD 11,670,000,000, more than its cap of USD 10,000,000,000 by USD 1,670,000,000"),
        ["AGR214"] = (Conflicts, "the loan from EXIM of USD 2,000,000,000 into facility AU-US-PROJECTS"),
        ["AGR215"] = (Conflicts, "until 2035-10-19, but the facility ends on 2030-10-19"),
        ["AGR301"] = (Conflicts, "is USD 95.00/kg here"),
        ["AGR302"] = (Conflicts, "is USD 900.00/kg here"),
        ["AGR303"] = (Conflicts, "0% tariff on NdPr oxide from AU into US"),
        ["AGR304"] = (Conflicts, "export tax of 10% by AU on Li concentrate"),
        ["AGR305"] = (Conflicts, "130% of its capacity"),
        ["AGR306"] = (Conflicts, "add up to USD 12,000,000,000"),
        ["AGR307"] = (Conflicts, "QA is excluded in zone FORGE"),
        ["AGR308"] = (Conflicts, "AUD 1,200.00/kg"),
        ["AGR309"] = (Conflicts, "requires change of tariff heading here"),
        ["AGR310"] = (Conflicts, "a 0% tariff on NdPr metal"),
        ["AGR311"] = (Conflicts, "runs until 2036-02-29"),
        ["AGR312"] = (Conflicts, "at USD 30,000.00/t"),
        ["AGR313"] = (Conflicts, "is 0% here but 1.5%"),
        ["AGR314"] = (Conflicts, "SEPCO is owned 30% by CNRE (of CN) from 2026-01-01"),
        ["AGR123"] = ("institution DOD \"d\" of US\nproducer MP \"m\" in US {\n  owned 60% by DOD\n  owned 50% by US from 2027-01-01\n}\n",
                      "the shares of producer 'MP' add up to 110% on 2027-01-01 (DOD 60%, US 50%)"),
        ["AGR124"] = ("institution DOD \"d\" of US\n" + Agreement("  financing equity DOD in JP USD 1 million {\n    instrument concessional loan\n  }"),
                      "instrument concessional loan does not fit the equity of DOD in JP"),
        ["AGR317"] = (Conflicts, "may add up to AUD 4,500,000,000"),
        ["AGR318"] = (Conflicts, "the loan from CMF to US is of an amount to be agreed"),
        ["AGR319"] = (Conflicts, "stockpile AU-RESERVE releases NdPr oxide at market price"),
        ["AGR320"] = (Conflicts, "USD 480,000,000 (stated as JPY 75,000,000,000, at JPY 1.00 = USD 0.0064) here but USD 500,000,000"),
        ["AGR321"] = (Conflicts, "AUD 1,000,000,000 here but USD 1,000,000,000"),
        ["AGR322"] = (Conflicts, "500 t per year of MP's NdPr magnet output to KR in US-KR-2026 applies on 2027-01-01, before MP's capacity"),
        ["AGR119"] = (Agreement("  floor NdPr oxide at USD 1 per kg") +
                      "amendment A-P1 \"p\" amends A from 2027-03-01 {\n  remove floor NdPr metal\n}\n",
                      "'remove floor NdPr metal' in A-P1 matches no clause of A"),
        ["AGR120"] = ("zone Z \"  \" {\n  members US\n}\n", "the title of zone 'Z' is only white space (\"  \")"),
        ["AGR121"] = ("facility F \"f\" cap USD 1.001 {\n}\n", "a facility's cap of USD 1.001 is finer than the minor unit of USD"),
        ["AGR122"] = (Zone + Agreement("  zone FORGE\n  floor NdPr oxide at reference price from 2026-01-01 until 2026-02-28"),
                      "zone FORGE has no reference price for NdPr oxide from 2026-01-01 until 2026-02-28"),
        ["AGR118"] = ("zone Z {\n  members " + string.Join(", ", Enumerable.Repeat("XX", 1_001)) + "\n}\n", "more than 1,000 problems of meaning"),
    };

    [Fact]
    public void Every_code_of_the_catalogue_has_an_entry()
    {
        var missing = DiagnosticCatalog.All.Select(d => d.Code).Where(code => !Table.ContainsKey(code)).ToArray();
        Assert.True(missing.Length == 0, "add a minimal source for " + string.Join(", ", missing));
    }

    public static TheoryData<string> Codes()
    {
        var data = new TheoryData<string>();
        foreach (var code in Table.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(code);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void The_message_names_the_offending_value(string code)
    {
        var (source, value) = Table[code];
        Diagnostic[] diagnostics;
        if (source is string[] folders)
        {
            var files = folders.SelectMany(f => Directory.EnumerateFiles(Repository.PathOf(f), "*.agr")).Order(StringComparer.Ordinal);
            diagnostics = Compilation.Create(files.Select(f => SourceLoader.Load(f, File.ReadAllBytes(f)).Text)).Diagnostics.ToArray();
        }
        else
        {
            var bytes = source as byte[] ?? Encoding.UTF8.GetBytes((string)source);
            var (text, problem) = SourceLoader.Load("t.agr", bytes);
            diagnostics = Compilation.Create(new[] { text }).Diagnostics.Concat(problem is null ? Array.Empty<Diagnostic>() : new[] { problem }).ToArray();
        }

        var diagnostic = diagnostics.FirstOrDefault(d => d.Code == code);
        Assert.True(diagnostic is not null, $"{code} was not raised; got {string.Join("; ", diagnostics.Select(d => d.Code + ": " + d.Message))}");
        Assert.Contains(value, diagnostic.Message);
    }

    [Theory]
    [InlineData("  floor NdPr oxide at refrence price", "did you mean 'reference'?")]
    [InlineData("  floor NdPr oxide at USD 1 per kg {\n    review quartely\n  }", "did you mean 'quarterly'?")]
    [InlineData("  financing load from US to JP USD 1 million for 10 years", "did you mean 'loan'?")]
    [InlineData("  withdrawal notice 6 monhts", "did you mean 'months'?")]
    [InlineData("  kind bilaterl", "did you mean 'bilateral'?")]
    [InlineData("  flor NdPr oxide at reference price", "did you mean 'floor'?")]
    [InlineData("  floor lithum carbonate at USD 1 per kg", "did you mean 'lithium' (Li)?")]
    [InlineData("  floor Dyy oxide at USD 1 per kg", "did you mean 'Dy' (dysprosium)?")]
    [InlineData("  party UK \"the United Kingdom\"", "did you mean 'GB' (United Kingdom)?")]
    [InlineData("  party Japan \"Japan\"", "did you mean 'JP' (Japan)?")]
    [InlineData("  party Frnace \"France\"", "did you mean 'FR' (France)?")]
    [InlineData("  members US JP", "the items of a list are separated by commas")]
    public void Misspelt_keywords_and_names_get_a_did_you_mean(string clause, string suggestion)
    {
        var source = clause.Contains("members") ? "zone Z {\n" + clause + "\n}" : Agreement(clause);
        var diagnostics = Agr(source);
        Assert.Contains(diagnostics, d => d.Message.Contains(suggestion));
    }

    [Fact]
    public void A_syntax_error_says_what_was_found_and_what_was_expected_in_plain_words()
    {
        var diagnostic = Assert.Single(Agr("facility X \"x\" cap 12 billion {\n}"));
        Assert.Equal("expected a currency code such as USD after 'cap', found '12'", diagnostic.Message);
        Assert.Equal("expected a zone name such as FORGE after 'zone', found '{'", Assert.Single(Agr("zone {\n}")).Message);
        Assert.Equal("expected the full name in quotes, such as \"the Government of Japan\" after 'FR', found the end of the line",
            Assert.Single(Agr(Agreement("  party FR")), d => d.Code == "AGR001").Message);
    }

    private static IReadOnlyList<Diagnostic> Agr(string text) => Compilation.Create(new[] { new SourceText("t.agr", text) }).Diagnostics;
}
