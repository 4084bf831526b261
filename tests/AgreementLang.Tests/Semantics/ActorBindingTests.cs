using AgreementLang.Model;
using AgreementLang.Tests.Infrastructure;

namespace AgreementLang.Tests.Semantics;

/// <summary>Entities, ownership of producers, facility participants and agents, stockpile buyers and a
/// financing's further terms bind into the model (AGR123, AGR124 for what cannot).</summary>
public sealed class ActorBindingTests
{
    private const string Declarations = """
        institution DOD "United States Department of Defense" of US
        entity GM "General Motors Company" of US as company
        entity HARTREE "Hartree Partners, LP" of US as agent
        entity CNRE "China Northern Rare Earth (Group) High-Tech Co., Ltd." of CN as investor

        producer MP "MP Materials Corp." in US {
          capacity NdPr oxide 6,000 t per year from 2026-01-01
          owned 15% by DOD from 2025-07-10
          owned 8% by CNRE from 2024-01-01 until 2026-12-31
        }

        facility VAULT "Project Vault" cap USD 12 billion from 2026-02-02 for 15 years {
          private capital USD 2 billion
          participant GM, MP
          agent HARTREE
        }

        stockpile VS "Project Vault strategic stockpile" held by US {
          holds NdPr oxide 2,000 t
          buyer GM
        }
        """;

    private static string Agreement(string clauses) =>
        "agreement US-MP \"Agreement\" {\n  kind bilateral\n  signed 2025-07-10\n  in force on signature\n  term 10 years\n" +
        "  party US \"the United States\"\n  party MP \"MP Materials Corp.\" as producer\n" + clauses + "\n}\n";

    [Fact]
    public void Entities_owners_participants_agents_and_buyers_bind()
    {
        var compilation = Agr.Compile(("a.agr", Declarations));
        Assert.Empty(compilation.Diagnostics);
        var model = compilation.Model;
        Assert.Equal(
            [("DOD", EntityKind.PublicBody, "US"), ("GM", EntityKind.Company, "US"), ("HARTREE", EntityKind.Agent, "US"), ("CNRE", EntityKind.Investor, "CN")],
            model.Institutions.Select(i => (i.Name, i.Kind, i.Country)));
        var owners = Assert.Single(model.Producers).Owners;
        Assert.Equal(
            [("DOD", 15m, (DateTime?)new DateTime(2025, 7, 10), (DateTime?)null), ("CNRE", 8m, new DateTime(2024, 1, 1), new DateTime(2026, 12, 31))],
            owners.Select(o => (o.Owner, o.Share.Value, o.Validity.From, o.Validity.Until)));
        Assert.Equal([("GM", false), ("MP", false), ("HARTREE", true)], Assert.Single(model.Facilities).Participants.Select(p => (p.Name, p.Agent)));
        Assert.Equal(["GM"], Assert.Single(model.Stockpiles).Buyers.Select(b => b.Name));
    }

    [Fact]
    public void A_financing_block_binds_instrument_conversion_price_warrants_and_use_of_proceeds()
    {
        var compilation = Agr.Compile(("a.agr", Declarations), ("b.agr", Agreement("""
              financing equity DOD in MP USD 400 million for 15% {
                instrument convertible preferred equity
                conversion price USD 30.03 per share
                warrants at USD 30.03 per share for 10 years
              }
              financing loan from DOD to MP USD 150 million for 12 years {
                use of proceeds "heavy rare-earth separation"
              }
            """)));
        Assert.DoesNotContain(compilation.Diagnostics, d => d.Severity == AgreementLang.Diagnostics.DiagnosticSeverity.Error);
        var terms = Assert.Single(compilation.Model.Agreements).Terms;
        var equity = Assert.IsType<EquityStake>(terms[0]).Terms;
        Assert.Equal(FinancingInstrument.ConvertiblePreferredEquity, equity.Instrument);
        Assert.Equal(new Money("USD", 30.03m), equity.ConversionPrice);
        Assert.Equal(new Money("USD", 30.03m), equity.Warrants!.ExercisePrice);
        Assert.Equal(new Duration(10, TimeUnit.Year), equity.Warrants.Term);
        var loan = Assert.IsType<Loan>(terms[1]).Terms;
        Assert.Equal("heavy rare-earth separation", loan.UseOfProceeds);
        Assert.Null(loan.Instrument);
    }

    [Theory]
    [InlineData("financing equity DOD in MP USD 1 million {\n  instrument concessional loan\n}", "AGR124", "instrument concessional loan does not fit the equity of DOD in MP")]
    [InlineData("financing loan from DOD to MP USD 1 million for 5 years {\n  instrument common equity\n}", "AGR124", "a loan takes concessional loan or commercial loan")]
    [InlineData("financing grant from US to MP USD 1 million {\n  warrants\n}", "AGR124", "warrants go with an equity financing")]
    [InlineData("financing equity DOD in MP USD 1 million {\n  conversion price USD 30.03 per share\n}", "AGR124", "which states no instrument")]
    [InlineData("financing equity DOD in MP USD 1 million {\n  instrument common equity\n  instrument preferred equity\n}", "AGR114", "instrument is already stated")]
    public void A_term_that_does_not_fit_or_is_stated_twice_is_reported(string clause, string code, string message)
    {
        var compilation = Agr.Compile(("a.agr", Declarations), ("b.agr", Agreement(clause)));
        var diagnostic = Assert.Single(compilation.Diagnostics, d => d.Code == code);
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ownership_that_adds_up_to_100_percent_is_accepted_and_above_is_AGR123()
    {
        var whole = "producer P \"p\" in US {\n  owned 60% by US from 2020-01-01 until 2026-12-31\n  owned 40% by JP\n  owned 60% by GB from 2027-01-01\n}\n";
        Assert.Empty(Agr.Compile(("a.agr", whole)).Diagnostics);
        var over = Agr.Compile(("a.agr", whole.Replace("owned 40% by JP", "owned 41% by JP", StringComparison.Ordinal)));
        var diagnostic = Assert.Single(over.Diagnostics);
        Assert.Equal("AGR123", diagnostic.Code);
        Assert.Contains("add up to 101% on 2020-01-01 (US 60%, JP 41%)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_owner_gets_a_did_you_mean()
    {
        var compilation = Agr.Compile(("a.agr", Declarations.Replace("owned 15% by DOD", "owned 15% by DODD", StringComparison.Ordinal)));
        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Contains("did you mean 'DOD'?", diagnostic.Message, StringComparison.Ordinal);
    }
}
