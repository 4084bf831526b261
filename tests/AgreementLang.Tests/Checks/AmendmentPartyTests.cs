using AgreementLang.Configuration;
using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Tests.Infrastructure;
using static AgreementLang.Tests.Checks.CheckSets;

namespace AgreementLang.Tests.Checks;

/// <summary>A party added by an amendment is a party of the agreement from the amendment's date, and only from
/// then: for the amendment's own clauses (no AGR112), for the agreement as of a date, and for the checks.</summary>
public sealed class AmendmentPartyTests
{
    private const string Declaration = """
        agreement PAX-2025 "Pax Silica Declaration" {
          kind memorandum
          signed 2025-12-12
          in force on signature
          indefinite
          party US "the Government of the United States of America"
          party JP "the Government of Japan"
        }
        """;

    private const string Accession = """
        amendment PAX-2025-ACC "Accession of the State of Qatar and the United Arab Emirates" amends PAX-2025 from 2026-01-15 {
          signed 2026-01-15
          party QA "the State of Qatar"
          party AE "the United Arab Emirates"
          obligation QA, AE "designate a national contact point for supply-chain security" by 2026-06-30
        }
        """;

    [Fact]
    public void The_amendments_own_clauses_may_name_the_parties_it_adds()
    {
        var compilation = Agr.Compile(("a.agr", Declaration), ("b.agr", Accession));
        Assert.Empty(compilation.Diagnostics);
        var amendment = Assert.Single(compilation.Model.Amendments);
        Assert.Equal(new[] { "QA", "AE" }, amendment.Parties.Select(p => p.Code).ToArray());
    }

    [Fact]
    public void The_agreement_has_the_added_parties_from_the_amendments_date_and_only_from_then()
    {
        var compilation = Agr.Compile(("a.agr", Declaration), ("b.agr", Accession));
        var agreement = Assert.Single(compilation.Model.Agreements);
        string[] PartiesOn(int year, int month, int day) =>
            Consolidation.AsOf(compilation.Model, agreement, new DateTime(year, month, day)).Agreement.Parties.Select(p => p.Code).ToArray();

        Assert.Equal(new[] { "US", "JP" }, PartiesOn(2026, 1, 14));
        Assert.Equal(new[] { "US", "JP", "QA", "AE" }, PartiesOn(2026, 1, 15));
        var (before, after) = Consolidation.Around(compilation.Model, agreement, compilation.Model.Amendments[0]);
        Assert.Equal(2, before.Parties.Length);
        Assert.Equal(4, after.Parties.Length);
    }

    [Fact]
    public void The_agreements_own_clauses_naming_a_party_added_later_are_still_AGR112()
    {
        var early = Declaration.Replace("  party JP", "  obligation QA \"designate a national contact point\" by 2026-06-30\n  party JP", StringComparison.Ordinal);
        var compilation = Agr.Compile(("a.agr", early), ("b.agr", Accession));
        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal(("AGR112", "a.agr"), (diagnostic.Code, diagnostic.Location.Path));
    }

    [Fact]
    public void An_earlier_amendments_party_may_be_named_by_a_later_amendment_but_not_the_reverse()
    {
        var later = """
            amendment PAX-2025-P2 "Second protocol" amends PAX-2025 from 2026-06-01 {
              obligation AE "report on the contact point" by 2026-12-31
            }
            """;
        Assert.Empty(Agr.Compile(("a.agr", Declaration), ("b.agr", Accession), ("c.agr", later)).Diagnostics);
        var earlier = later.Replace("from 2026-06-01", "from 2026-01-01", StringComparison.Ordinal);
        Assert.Equal("AGR112", Assert.Single(Agr.Compile(("a.agr", Declaration), ("b.agr", Accession), ("c.agr", earlier)).Diagnostics).Code);
    }

    /// <summary>Australia joins a floor defended by an adjustable tariff on all imports from 2027: from then, and not
    /// before, a 0% tariff Australia grants Chile elsewhere undercuts it (AGR303), in the whole-period check and as of
    /// any date alike.</summary>
    [Fact]
    public void A_party_added_by_an_amendment_defends_the_agreements_floor_from_the_amendments_date()
    {
        var files = new[]
        {
            Agreement("US-JP-2026", "floor NdPr oxide at USD 110.00 per kg {\n  enforced by adjustable tariff on imports from all\n}", zone: null),
            "amendment US-JP-2026-ACC \"Accession of Australia\" amends US-JP-2026 from 2027-01-01 {\n  party AU \"the Government of Australia\"\n}\n",
            Agreement("AU-CL-2026", "tariff CL -> AU NdPr oxide 0% from entry into force", "AU, CL", zone: null,
                life: "signed 2026-04-01\nin force 2026-05-01\nterm 10 years"),
        };

        var d = Check(files).Single(DiagnosticCatalog.TariffUndercutsFloor);
        Assert.EndsWith("from 2027-01-01", d.Message, StringComparison.Ordinal);
        Check(new CompilationOptions(new Dictionary<string, DiagnosticSeverity>(), new DateTime(2026, 12, 31)), files).None(DiagnosticCatalog.TariffUndercutsFloor);
        Check(new CompilationOptions(new Dictionary<string, DiagnosticSeverity>(), new DateTime(2027, 1, 1)), files).Single(DiagnosticCatalog.TariffUndercutsFloor);
        Check(files[0], files[2]).None(DiagnosticCatalog.TariffUndercutsFloor);
    }
}
