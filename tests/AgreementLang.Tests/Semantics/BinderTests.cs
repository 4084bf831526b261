using System.Globalization;
using AgreementLang.Model;
using AgreementLang.Tests.Infrastructure;
using AgreementLang.Text;

namespace AgreementLang.Tests.Semantics;

public sealed class BinderTests
{
    private const string Zone = """
        zone FORGE "FORGE preferential zone" {
          members US, JP, AU
          non-market CN
          reference price NdPr oxide USD 110.00 per kg from 2026-03-01 review quarterly
          reference price W APT USD 350.00 per mtu from 2026-03-01
        }
        """;

    private static string Agreement(string clauses, string parties = "US, JP") =>
        "agreement US-JP-2026 \"Agreement\" {\n  kind bilateral\n  zone FORGE\n  signed 2026-02-04 at \"Washington, D.C.\"\n  in force 2026-03-01\n" +
        "  expires 2036-02-28\n" + string.Concat(parties.Split(", ").Select(p => $"  party {p} \"the Government of {p}\"\n")) + clauses + "\n}\n";

    [Fact]
    public void Names_bind_across_files_whatever_their_order()
    {
        var compilation = Agr.Compile(("b-agreement.agr", Agreement("  floor NdPr oxide at reference price")), ("a-zone.agr", Zone));
        Assert.Empty(compilation.Diagnostics);
        var floor = Assert.IsType<Floor>(Assert.Single(Assert.Single(compilation.Model.Agreements).Terms));
        Assert.True(floor.AtReferencePrice);
        Assert.Equal(new UnitPrice(new Money("USD", 110.00m), MassUnit.Kilogram, QuantityBasis.Gross), floor.Price);
        Assert.Equal(new Period(new DateTime(2026, 3, 1), new DateTime(2036, 2, 28)), floor.Period);
    }

    [Fact]
    public void A_duplicate_across_files_points_at_both_declarations()
    {
        var compilation = Agr.Compile(("one.agr", Zone), ("two.agr", Zone));
        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal("AGR102", diagnostic.Code);
        Assert.Equal("two.agr", diagnostic.Location.Path);
        Assert.Equal("one.agr", Assert.Single(diagnostic.Related).Location.Path);
    }

    [Fact]
    public void An_unknown_zone_gets_a_did_you_mean()
    {
        var compilation = Agr.Compile(("z.agr", Zone), ("a.agr", Agreement("").Replace("zone FORGE", "zone FORGEE")));
        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal("AGR101", diagnostic.Code);
        Assert.Equal("no zone named 'FORGEE' is declared; did you mean 'FORGE'?", diagnostic.Message);
    }

    [Theory]
    [InlineData("  floor NdPr oxide at AUD 170.00 per kg", "AGR108", "AUD")]
    [InlineData("  floor W APT at USD 40.00 per kg", "AGR109", "WO3")]
    [InlineData("  floor NdPr oxyde at reference price", "AGR104", "oxide")]
    [InlineData("  floor NdPrr oxide at reference price", "AGR103", "NdPr")]
    [InlineData("  floor NdPr oxide at USX 110.00 per kg", "AGR105", "USD")]
    [InlineData("  floor NdPr oxide at USD 110.00 per kgs", "AGR106", "kg")]
    [InlineData("  tariff AU -> US NdPr oxide 0% from entry into force", "AGR112", "AU")]
    [InlineData("  financing equity US in JP USD 400 million for 150%", "AGR111", "150")]
    [InlineData("  financing loan from VAULT to JP USD 1 billion for 10 years", "AGR101", "VAULT")]
    [InlineData("  financing loan from FORGE to JP USD 1 billion for 10 years", "AGR113", "zone")]
    [InlineData("  tariff JP -> US NdPr oxide line 28 0% from entry into force", "AGR116", "28")]
    [InlineData("  financing grant from US to JP USD 0 within 6 months", "AGR117", "USD 0")]
    [InlineData("  kind plurilateral", "AGR114", "kind")]
    public void Meaning_problems_name_the_value_involved(string clause, string code, string named)
    {
        var compilation = Agr.Compile(("z.agr", Zone), ("a.agr", Agreement(clause)));
        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Contains(named, diagnostic.Message);
    }

    [Fact]
    public void An_exchange_rate_assumption_makes_two_currencies_comparable()
    {
        var zone = Zone.Replace("  non-market CN", "  non-market CN\n  exchange rate AUD 1.00 = USD 0.65 from 2026-01-01");
        var compilation = Agr.Compile(("z.agr", zone), ("a.agr", Agreement("  floor NdPr oxide at AUD 170.00 per kg")));
        // Binding accepts the AUD floor; the conflict checks then compare it (USD 110.50 against 110.00) rather
        // than report it as incomparable.
        Assert.Equal(new[] { "AGR301" }, compilation.Codes());
    }

    [Fact]
    public void Expiry_before_entry_into_force_is_impossible()
    {
        var compilation = Agr.Compile(("z.agr", Zone), ("a.agr", Agreement("").Replace("expires 2036-02-28", "expires 2025-02-28")));
        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal("AGR110", diagnostic.Code);
        Assert.Equal("expiry (2025-02-28) is before entry into force (2026-03-01)", diagnostic.Message);
    }

    [Fact]
    public void Relative_entry_into_force_and_deadlines_resolve_when_they_can()
    {
        var text = Agreement("  obligation JP \"notify\" within 30 days of signature\n  obligation US \"report\" within 1 month of entry into force")
            .Replace("in force 2026-03-01", "in force 60 days after notifications");
        var compilation = Agr.Compile(("z.agr", Zone), ("a.agr", text));
        // Binds cleanly; 30 days after signature is before the earliest entry into force, which the checks report.
        Assert.Equal(new[] { "AGR204" }, compilation.Codes());
        var agreement = Assert.Single(compilation.Model.Agreements);
        Assert.Equal(new EntryIntoForce.AfterNotifications(60), agreement.EntryIntoForce);
        Assert.Equal(new DateTime(2026, 4, 5), agreement.EffectiveFrom);
        var obligations = agreement.Terms.OfType<Obligation>().ToArray();
        Assert.Equal(new DateTime(2026, 3, 6), obligations[0].DueDate);
        Assert.Null(obligations[1].DueDate);
    }

    [Fact]
    public void A_declared_producer_is_a_party_even_where_its_name_spells_a_country()
    {
        const string producer = "producer MP \"MP Materials Corp.\" in US {\n  capacity NdPr magnet 10,000 t per year from 2028-01-01\n}\n";
        var text = Agreement("  offtake MP -> US 100% of NdPr magnet capacity for 10 years", "US, MP");
        var compilation = Agr.Compile(("z.agr", Zone), ("p.agr", producer), ("a.agr", text));
        // A contract with a company: only the warning that it states none of a contract's own clauses (AGR206).
        Assert.Equal("AGR206", Assert.Single(compilation.Diagnostics).Code);
        var offtake = Assert.IsType<Offtake>(Assert.Single(Assert.Single(compilation.Model.Agreements).Terms));
        Assert.Equal(new Percentage(100m), offtake.Share);
        Assert.Equal(new Duration(10, TimeUnit.Year), offtake.For);
        // The agreement is in force from 2026-03-01, the plant only from 2028-01-01: the 10 years run from then.
        Assert.Equal(new Period(new DateTime(2028, 1, 1), new DateTime(2037, 12, 31)), offtake.Period);
    }

    [Theory]
    // Capacity before the agreement: the offtake starts with the agreement (in force 2026-03-01).
    [InlineData("capacity NdPr magnet 10,000 t per year from 2025-01-01", "offtake MP -> US 100% of NdPr magnet capacity for 10 years", "2026-03-01", "2036-02-29", 10)]
    // Capacity from the agreement's first day.
    [InlineData("capacity NdPr magnet 10,000 t per year from 2026-03-01", "offtake MP -> US 100% of NdPr magnet capacity for 2 years", "2026-03-01", "2028-02-29", 2)]
    // Several statements for the subject: the earliest start counts.
    [InlineData("capacity NdPr magnet 1,000 t per year from 2027-01-01\n  capacity NdPr magnet 10,000 t per year from 2028-01-01",
        "offtake MP -> US 500 t of NdPr magnet per year for 18 months", "2027-01-01", "2028-06-30", 18)]
    // Stated dates are kept as they are, without a duration.
    [InlineData("capacity NdPr magnet 10,000 t per year from 2028-01-01", "offtake MP -> US 100% of NdPr magnet capacity from 2027-01-01 until 2030-12-31", "2027-01-01", "2030-12-31", 0)]
    public void An_offtake_for_a_duration_starts_when_both_the_agreement_and_the_capacity_exist(string capacity, string clause, string from, string until, int amount)
    {
        var producer = "producer MP \"MP Materials Corp.\" in US {\n  " + capacity + "\n}\n";
        var compilation = Agr.Compile(("z.agr", Zone), ("p.agr", producer), ("a.agr", Agreement("  " + clause, "US, MP")));
        // A contract with a company: only the warning that it states none of a contract's own clauses.
        Assert.Equal("AGR206", Assert.Single(compilation.Diagnostics).Code);
        var offtake = Assert.IsType<Offtake>(Assert.Single(Assert.Single(compilation.Model.Agreements).Terms));
        Assert.Equal(new Period(DateTime.Parse(from, CultureInfo.InvariantCulture), DateTime.Parse(until, CultureInfo.InvariantCulture)), offtake.Period);
        Assert.Equal(amount, offtake.For?.Amount ?? 0);
    }

    [Fact]
    public void A_declared_mineral_and_national_line_are_usable()
    {
        const string declarations = "mineral Mo \"molybdenum\" {\n  stage oxide hs 2825.70\n}\ntariff line US 2825.70.0000 \"Molybdenum oxides\" Mo oxide\n";
        var compilation = Agr.Compile(("z.agr", Zone), ("m.agr", declarations),
            ("a.agr", Agreement("  tariff JP -> US Mo oxide line 2825.70.0000 0% from entry into force")));
        Assert.Empty(compilation.Diagnostics);
        Assert.Equal("Mo", Assert.Single(compilation.Model.Minerals).Code);
        Assert.Equal("2825.70.0000", Assert.Single(compilation.Model.Lines).Code);
    }

    [Fact]
    public void An_amendment_binds_against_the_agreement_it_amends()
    {
        const string amendment = "amendment US-JP-2026-A1 \"First amendment\" amends US-JP-2026 from 2027-01-01 {\n  floor NdPr oxide at USD 120.00 per kg\n}\n";
        var compilation = Agr.Compile(("z.agr", Zone), ("a.agr", Agreement("")), ("b.agr", amendment));
        // Binds cleanly; the amended floor departs from the zone's reference price, which the checks report.
        Assert.Equal(new[] { "AGR301" }, compilation.Codes());
        var bound = Assert.Single(compilation.Model.Amendments);
        Assert.Equal("US-JP-2026", bound.Amends);
        var floor = Assert.IsType<Floor>(Assert.Single(bound.Terms));
        Assert.Equal(new DateTime(2027, 1, 1), floor.Period.From);
        Assert.Equal("floor NdPr oxide", floor.Key);
    }

    [Fact]
    public void The_forge_examples_bind_every_construct_they_state()
    {
        var compilation = Compilation.Create(Directory.EnumerateFiles(Repository.PathOf("examples/forge"), "*.agr")
            .Order(StringComparer.Ordinal)
            .Select(f => new AgreementLang.Text.SourceText(f, File.ReadAllText(f))));
        Assert.Empty(compilation.Diagnostics);
        var model = compilation.Model;
        Assert.Equal("FORGE", Assert.Single(model.Zones).Name);
        Assert.Contains(model.Facilities, f => f.Name == "VAULT" && f.Cap == new Money("USD", 12_000_000_000m));
        Assert.Contains(model.Producers, p => p.Name == "MP");
        var mp = Assert.Single(model.Agreements, a => a.Name == "US-MP-2025");
        var floor = Assert.Single(mp.Terms.OfType<Floor>());
        Assert.Equal(FloorMechanismKind.PriceGapPayment, floor.Mechanism.Kind);
        Assert.Equal(new Percentage(30m), floor.Mechanism.UpsideShare);
        Assert.Equal(Benchmark.MarketPrice, floor.Mechanism.Against);
        var magnets = Assert.Single(mp.Terms.OfType<Offtake>(), o => o.Subject.Stage == "magnet");
        Assert.Equal(new EarningsFloor(new Money("USD", 140_000_000m), new Percentage(2m)), magnets.Earnings);
        var australia = Assert.Single(model.Agreements, a => a.Name == "US-AU-2025");
        Assert.Equal(
            [AmountBound.AtLeast, AmountBound.AtLeast, AmountBound.UpTo, AmountBound.ToBeAgreed, AmountBound.Exactly],
            australia.Terms.Select(t => t switch { Grant g => g.Amount.Bound, EquityStake e => e.Amount.Bound, _ => (AmountBound?)null }).OfType<AmountBound>());
        Assert.Contains(mp.Terms.OfType<EquityStake>(), e => e.Amount == new Money("USD", 400_000_000m));
        Assert.Contains(mp.Terms.OfType<Loan>(), l => l.Amount == new Money("USD", 150_000_000m) && l.Tenor == new Duration(12, TimeUnit.Year));
        Assert.True(model.Agreements.Count(a => !a.Binding) >= 2);
    }
}
