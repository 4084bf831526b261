using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Syntax;
using AgreementLang.Formatting;
using AgreementLang.Text;

namespace AgreementLang.Tests.Formatting;

/// <summary>Bounded and open amounts, benchmarks, upside shares, earnings floors, releases at market price, MFN
/// exceptions, trade areas and deadlines (with none, or counted from another instrument): the formatter keeps them
/// word for word, the binder holds them, and the model printer writes them back (amounts in figures).</summary>
public sealed class NewConstructRoundTripTests
{
    private const string Text = """
        zone FORGE "Forge" {
          members US, JP, AU
          reference price NdPr oxide USD 110.00 per kg from 2025-01-01
        }

        producer MP "MP Materials Corp." in US {
          capacity NdPr magnet 10,000 t per year from 2028-01-01
        }

        stockpile AU-RESERVE "Critical Minerals Strategic Reserve" held by AU zone FORGE {
          release NdPr oxide at market price
        }

        agreement US-AU-2025 "Framework" {
          kind framework
          non-binding
          signed 2025-10-20
          in force on signature
          indefinite
          party US "the Government of the United States of America"
          party AU "the Government of Australia"
          financing grant from US to AU at least USD 1 billion within 6 months
          financing equity AU in MP up to USD 200 million
          financing equity US in MP an amount to be agreed
          obligation US, AU "establish a response group"
        }

        agreement US-MP-2025 "Agreement" {
          kind bilateral
          binding
          establishes customs union
          signed 2025-07-10
          in force on signature
          term 10 years
          party US "the United States of America"
          party MP "MP Materials Corp."
          floor NdPr oxide at USD 110.00 per kg for 10 years {
            enforced by price-gap payment to MP against "Asian Metal NdPr oxide" clawback 10% upside share 30%
          }
          offtake MP -> US 100% of NdPr magnet capacity for 10 years earnings floor USD 140 million per year escalator 2% per year
          most favoured nation MP on NdPr floor except free-trade areas, customs unions, US-AU-2025
          obligation US "designate a contracting officer" within 90 days of entry into force of US-AU-2025
        }

        """;

    [Fact]
    public void The_formatter_leaves_every_new_construct_as_written()
    {
        var result = SafeFormatter.Format(new SourceText("t.agr", Text));
        Assert.True(result.Status == FormatStatus.Unchanged, result.Status + ": " + result.Reason + "\n" + result.Text);
    }

    [Fact]
    public void The_binder_holds_each_new_fact()
    {
        var compilation = Compilation.Create([new SourceText("t.agr", Text)]);
        Assert.DoesNotContain(compilation.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var set = compilation.Model;
        var framework = set.Agreements.Single(a => a.Name == "US-AU-2025");
        var deal = set.Agreements.Single(a => a.Name == "US-MP-2025");

        var amounts = framework.Terms.Select(t => t switch { Grant g => g.Amount, EquityStake e => e.Amount, _ => (CommittedAmount?)null })
            .Where(a => a is not null).Select(a => a!.Value).ToArray();
        Assert.Equal([AmountBound.AtLeast, AmountBound.UpTo, AmountBound.ToBeAgreed], amounts.Select(a => a.Bound));
        Assert.Equal(1_000_000_000m, amounts[0].Least);
        Assert.Equal(0m, amounts[1].Least);
        Assert.Equal(200_000_000m, amounts[1].Most);
        Assert.Null(amounts[2].Stated);
        Assert.Equal(DeadlineAnchor.None, framework.Terms.OfType<Obligation>().Single().Anchor);

        var mechanism = deal.Terms.OfType<Floor>().Single().Mechanism;
        Assert.Equal("Asian Metal NdPr oxide", mechanism.Against!.Index);
        Assert.Equal(30m, mechanism.UpsideShare!.Value.Value);
        Assert.Equal(10m, mechanism.Clawback!.Value.Value);
        var earnings = deal.Terms.OfType<Offtake>().Single().Earnings!;
        Assert.Equal(new Money("USD", 140_000_000m), earnings.PerYear);
        Assert.Equal(2m, earnings.AnnualEscalator!.Value.Value);
        var exceptions = deal.Terms.OfType<MostFavouredNation>().Single().Exceptions!;
        Assert.True(exceptions.FreeTradeAreas && exceptions.CustomsUnions);
        Assert.Equal(["US-AU-2025"], exceptions.Agreements.ToArray());
        Assert.Equal(TradeArea.CustomsUnion, deal.Establishes);
        var obligation = deal.Terms.OfType<Obligation>().Single();
        Assert.Equal(("US-AU-2025", DeadlineAnchor.EntryIntoForce, (DateTime?)null), (obligation.AnchorInstrument, obligation.Anchor, obligation.DueDate));
        Assert.True(set.Stockpiles.Single().Releases.Single().AtMarketPrice);
    }

    [Fact]
    public void The_model_printer_writes_each_new_construct_back()
    {
        var printed = ModelPrinter.Print(Compilation.Create([new SourceText("t.agr", Text)]).Model);
        foreach (var line in new[]
                 {
                     "release NdPr oxide at market price",
                     "financing grant from US to AU at least USD 1,000,000,000 within 6 months",
                     "financing equity AU in MP up to USD 200,000,000",
                     "financing equity US in MP an amount to be agreed",
                     "obligation US, AU \"establish a response group\"\n",
                     "establishes customs union",
                     "enforced by price-gap payment to MP against \"Asian Metal NdPr oxide\" clawback 10% upside share 30%",
                     "offtake MP -> US 100% of NdPr magnet capacity for 10 years earnings floor USD 140,000,000 per year escalator 2% per year",
                     "most favoured nation MP on NdPr floor except free-trade areas, customs unions, US-AU-2025",
                     "obligation US \"designate a contracting officer\" within 90 days of entry into force of US-AU-2025",
                 })
        {
            Assert.Contains(line, printed, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("financing grant from US to AU at most USD 1 billion", "at most")]
    [InlineData("financing grant from US to AU an amount to be decided", "decided")]
    [InlineData("most favoured nation AU on NdPr floor except free-trade zones", "zones")]
    public void A_misspelt_bound_or_exception_is_a_syntax_error_at_the_word(string clause, string word)
    {
        var text = "agreement A \"a\" {\n  kind bilateral\n  signed 2026-02-04\n  in force on signature\n  party US \"u\"\n  party AU \"a\"\n  " + clause + "\n}\n";
        var diagnostic = Assert.Single(Parser.Parse("t.agr", text).Diagnostics);
        Assert.StartsWith("AGR0", diagnostic.Code, StringComparison.Ordinal);
        Assert.Equal(7, diagnostic.Location.Start.Line);
        Assert.Equal(text.Split('\n')[6].IndexOf(word.Split(' ')[^1], StringComparison.Ordinal) + 1, diagnostic.Location.Start.Column);
    }
}
