using AgreementLang.Checks;
using AgreementLang.Configuration;
using AgreementLang.Diagnostics;
using AgreementLang.Text;
using static AgreementLang.Tests.Checks.CheckSets;

namespace AgreementLang.Tests.Checks;

/// <summary>The engine around the rules: the rule registry, amendments, --as-of, severity overrides and ordering.</summary>
public sealed class CheckEngineTests
{
    private const string Amendment = """
        amendment US-JP-2026-P1 "Protocol amending US-JP-2026" amends US-JP-2026 from 2027-03-01 {
          floor NdPr oxide at USD 110.00 per kg
        }
        """;

    [Fact]
    public void Every_conflict_code_has_exactly_one_rule_and_every_rule_its_own_code()
    {
        var ruleCodes = Rules.All.Select(r => r.Descriptor.Code).ToArray();
        Assert.Equal(ruleCodes.Distinct().Count(), ruleCodes.Length);
        var conflictCodes = DiagnosticCatalog.All.Where(d => d.Code.StartsWith("AGR2", StringComparison.Ordinal) || d.Code.StartsWith("AGR3", StringComparison.Ordinal))
            .Select(d => d.Code);
        Assert.Equal(conflictCodes.OrderBy(c => c, StringComparer.Ordinal), ruleCodes.OrderBy(c => c, StringComparer.Ordinal));
        Assert.Equal(ruleCodes.OrderBy(c => c, StringComparer.Ordinal), ruleCodes);
    }

    /// <summary>Rules are found, not listed: every concrete IRule class of the library is in the registry exactly
    /// once, so a new rule file is run without being added anywhere and none can be run twice.</summary>
    [Fact]
    public void Every_rule_class_of_the_library_is_registered_once()
    {
        var ruleClasses = typeof(IRule).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && !t.IsInterface && typeof(IRule).IsAssignableFrom(t))
            .Select(t => t.FullName!).Order(StringComparer.Ordinal).ToArray();
        var registered = Rules.All.Select(r => r.GetType().FullName!).ToArray();
        Assert.Equal(registered.Length, registered.Distinct().Count());
        Assert.Equal(ruleClasses, registered.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_rule_lives_in_its_own_file_named_after_its_class()
    {
        foreach (var rule in Rules.All)
        {
            Assert.True(File.Exists(Infrastructure.Repository.PathOf("src/AgreementLang/Checks/" + rule.GetType().Name + ".cs")), rule.GetType().Name);
        }
    }

    [Fact]
    public void An_amendment_replaces_a_term_from_its_date_so_the_conflict_ends_the_day_before()
    {
        var diagnostics = Check(Forge,
            Agreement("US-AU-2026", "floor NdPr oxide at USD 110.00 per kg", "US, AU"),
            Agreement("US-JP-2026", "floor NdPr oxide at USD 95.00 per kg", life: "signed 2026-03-10\nin force 2026-04-01\nterm 10 years"),
            Amendment);

        // The original floor conflicts until 2027-02-28; the amended one agrees.
        var d = diagnostics.Single(DiagnosticCatalog.FloorsDisagree);
        Assert.Equal("c.agr", d.Location.Path);
    }

    [Fact]
    public void An_amendment_that_creates_a_conflict_is_reported_at_the_amendment()
    {
        var raising = Amendment.Replace("USD 110.00", "USD 120.00");
        var d = Check(Forge,
            Agreement("US-AU-2026", "floor NdPr oxide at USD 110.00 per kg", "US, AU"),
            Agreement("US-JP-2026", "floor NdPr oxide at USD 110.00 per kg", life: "signed 2026-03-10\nin force 2026-04-01\nterm 10 years"),
            raising).Single(DiagnosticCatalog.FloorsDisagree);
        Assert.Equal("d.agr", d.Location.Path);
        Assert.Equal("floor for NdPr oxide is USD 120.00/kg here but USD 110.00/kg in US-AU-2026 (b.agr(9,1)); floors in zone FORGE must agree from 2027-03-01",
            d.Message);
    }

    [Theory]
    [InlineData(null, 1)]
    [InlineData("2027-02-28", 1)]
    [InlineData("2027-03-01", 0)]
    public void A_removed_floor_stops_applying_the_day_before_the_amendment(string? asOf, int expected)
    {
        var options = new CompilationOptions(new Dictionary<string, DiagnosticSeverity>(),
            asOf is null ? null : DateTime.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));
        var diagnostics = Check(options, Forge,
            Agreement("US-AU-2026", "floor NdPr oxide at USD 110.00 per kg", "US, AU"),
            Agreement("US-JP-2026", "floor NdPr oxide at USD 95.00 per kg", life: "signed 2026-03-10\nin force 2026-04-01\nterm 10 years"),
            """
            amendment US-JP-2026-P1 "Protocol amending US-JP-2026" amends US-JP-2026 from 2027-03-01 {
              remove floor NdPr oxide
            }
            """);
        var conflicts = diagnostics.Only(DiagnosticCatalog.FloorsDisagree);
        Assert.Equal(expected, conflicts.Length);
        if (asOf is null)
        {
            // The removed floor still conflicts until 2027-02-28, and is reported at the agreement.
            Assert.Equal("c.agr", conflicts[0].Location.Path);
        }
    }

    [Theory]
    [InlineData("2026-06-01", 1)]
    [InlineData("2027-02-28", 1)]
    [InlineData("2027-03-01", 0)]
    [InlineData("2040-01-01", 0)]
    public void As_of_a_date_only_the_terms_then_in_force_are_compared(string asOf, int expected)
    {
        var options = new CompilationOptions(new Dictionary<string, DiagnosticSeverity>(), DateTime.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));
        var diagnostics = Check(options, Forge,
            Agreement("US-AU-2026", "floor NdPr oxide at USD 110.00 per kg", "US, AU"),
            Agreement("US-JP-2026", "floor NdPr oxide at USD 95.00 per kg", life: "signed 2026-03-10\nin force 2026-04-01\nterm 10 years"),
            Amendment);
        Assert.Equal(expected, diagnostics.Only(DiagnosticCatalog.FloorsDisagree).Length);
    }

    [Fact]
    public void As_of_a_date_an_agreement_not_yet_in_force_is_left_out()
    {
        var set = new[]
        {
            Forge,
            Agreement("US-AU-2026", "floor NdPr oxide at USD 110.00 per kg", "US, AU"),
            Agreement("US-JP-2027", "floor NdPr oxide at USD 95.00 per kg", life: "signed 2027-03-10\nin force 2027-04-01\nterm 10 years"),
        };
        Check(new CompilationOptions(new Dictionary<string, DiagnosticSeverity>(), new DateTime(2027, 1, 1)), set).None(DiagnosticCatalog.FloorsDisagree);
        Check(new CompilationOptions(new Dictionary<string, DiagnosticSeverity>(), new DateTime(2027, 6, 1)), set).Single(DiagnosticCatalog.FloorsDisagree);
    }

    [Fact]
    public void Severity_overrides_change_or_silence_a_code()
    {
        var set = new[]
        {
            Agreement("US-JP-2026", "tariff JP -> US NdPr metal 2% from entry into force\nmost favoured nation JP on NdPr metal tariff", zone: null),
            Agreement("US-KR-2026", "tariff KR -> US NdPr metal 0% from entry into force", "US, KR", zone: null),
        };
        var error = new CompilationOptions(new Dictionary<string, DiagnosticSeverity> { ["AGR310"] = DiagnosticSeverity.Error });
        Assert.Equal(DiagnosticSeverity.Error, Check(error, set).Single(DiagnosticCatalog.MostFavouredNationTriggered).Severity);
        var none = new CompilationOptions(new Dictionary<string, DiagnosticSeverity> { ["AGR310"] = DiagnosticSeverity.None });
        Check(none, set).None(DiagnosticCatalog.MostFavouredNationTriggered);
    }

    [Fact]
    public void A_file_severity_applies_to_diagnostics_in_that_file_and_the_global_override_wins()
    {
        var set = new[]
        {
            Agreement("US-JP-2026", "tariff JP -> US NdPr metal 2% from entry into force\nmost favoured nation JP on NdPr metal tariff", zone: null),
            Agreement("US-KR-2026", "tariff KR -> US NdPr metal 0% from entry into force", "US, KR", zone: null,
                life: "signed 2026-03-10\nin force 2026-04-01\nterm 10 years"),
        };
        DiagnosticSeverity? FromFile(string path, string code) => path == "b.agr" && code == "AGR310" ? DiagnosticSeverity.Error : null;
        var fileOnly = new CompilationOptions(new Dictionary<string, DiagnosticSeverity>(), null, FromFile);
        Assert.Equal(DiagnosticSeverity.Error, Check(fileOnly, set).Single(DiagnosticCatalog.MostFavouredNationTriggered).Severity);
        var both = new CompilationOptions(new Dictionary<string, DiagnosticSeverity> { ["AGR310"] = DiagnosticSeverity.Info }, null, FromFile);
        Assert.Equal(DiagnosticSeverity.Info, Check(both, set).Single(DiagnosticCatalog.MostFavouredNationTriggered).Severity);
    }

    [Fact]
    public void Diagnostics_do_not_depend_on_the_order_of_the_files()
    {
        var files = Directory.GetFiles(Infrastructure.Repository.PathOf("examples/conflicts"), "*.agr")
            .Select(p => new SourceText(Path.GetFileName(p), File.ReadAllText(p))).ToArray();
        string Run(IEnumerable<SourceText> sources) => Render(Compilation.Create(sources).Diagnostics);
        var forwards = Run(files.OrderBy(f => f.Path, StringComparer.Ordinal));
        Assert.Equal(forwards, Run(files.OrderByDescending(f => f.Path, StringComparer.Ordinal)));
        Assert.Equal(forwards, Run(files.OrderBy(f => f.Path, StringComparer.Ordinal)));
    }

    [Fact]
    public void The_forge_example_has_no_conflicts()
    {
        var files = Directory.GetFiles(Infrastructure.Repository.PathOf("examples/forge"), "*.agr")
            .Select(p => new SourceText(Path.GetFileName(p), File.ReadAllText(p)));
        Assert.Empty(Compilation.Create(files).Diagnostics);
    }
}
