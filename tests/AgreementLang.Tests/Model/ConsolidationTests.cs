using AgreementLang.Model;
using AgreementLang.Syntax;
using AgreementLang.Formatting;
using AgreementLang.Tests.Infrastructure;
using AgreementLang.Text;

namespace AgreementLang.Tests.Model;

/// <summary>'remove' in amendments, and the agreement as of a date: <see cref="Consolidation"/>.</summary>
public sealed class ConsolidationTests
{
    private const string Zone = """
        zone FORGE "FORGE preferential zone" {
          members US, JP
          reference price NdPr oxide USD 110.00 per kg from 2026-03-01
          reference price Dy oxide USD 800.00 per kg from 2026-03-01
        }
        institution EXIM "Export-Import Bank of the United States" of US
        producer MP "MP Materials" in US {
          capacity NdPr oxide 1,000 t per year from 2026-01-01
        }

        """;

    /// <summary>An agreement with one clause of every kind that has a key.</summary>
    private const string Agreement = """
        agreement US-JP-2026 "Agreement on Critical Minerals" {
          kind bilateral
          zone FORGE
          signed 2026-02-04
          in force 2026-03-01
          expires 2036-02-28
          party US "the Government of the United States of America"
          party JP "the Government of Japan"
          floor NdPr oxide at reference price
          tariff JP -> US NdPr oxide 0% from entry into force
          tariff JP -> US NdPr metal line 2805.30 0% from entry into force
          no export duties on NdPr
          export tax JP on Dy oxide 5%
          export quota US on Dy oxide 100 t per year
          financing loan from EXIM to JP USD 1 billion at 4% for 10 years
          financing equity EXIM in JP USD 1 million
          financing grant from EXIM to JP USD 1 million
          financing guarantee from EXIM to JP USD 1 million
          offtake MP -> JP 10% of NdPr oxide capacity for 5 years
          origin NdPr oxide requires 60% zone content
          most favoured nation JP on NdPr oxide tariff
          most favoured nation JP on Dy floor
          obligation JP "report \"yearly\"" by 2027-01-01
        }

        """;

    private const string Removals = """
        amendment US-JP-2026-P1 "Protocol" amends US-JP-2026 from 2027-03-01 {
          signed 2027-01-15
          remove floor NdPr oxide
          remove tariff JP -> US NdPr oxide
          remove tariff JP -> US NdPr metal line 2805.30
          remove export duties
          remove export tax JP on Dy oxide
          remove export quota US on Dy oxide
          remove financing loan from EXIM to JP
          remove financing equity EXIM in JP
          remove financing grant from EXIM to JP
          remove financing guarantee from EXIM to JP
          remove offtake MP -> JP NdPr oxide
          remove origin NdPr oxide
          remove most favoured nation JP on NdPr oxide tariff
          remove most favoured nation JP on Dy floor
          remove obligation JP "report \"yearly\""
        }
        """;

    [Fact]
    public void A_removal_of_every_kind_of_clause_binds_and_deletes_its_clause_from_the_amendment_date()
    {
        var compilation = Agr.Compile(Zone + Agreement + Removals);
        Assert.DoesNotContain(compilation.Diagnostics, d => d.Code.StartsWith("AGR0", StringComparison.Ordinal) || d.Code.StartsWith("AGR1", StringComparison.Ordinal));
        var set = compilation.Model;
        var agreement = Assert.Single(set.Agreements);
        var amendment = Assert.Single(set.Amendments);
        Assert.Equal(15, amendment.Removals.Length);
        Assert.Equal(agreement.Terms.Select(t => t.Key), amendment.Removals.Select(r => r.Key));
        Assert.Equal("tariff JP -> US NdPr metal line 2805.30", amendment.Removals[2].Clause);

        var before = Consolidation.AsOf(set, agreement, new DateTime(2027, 2, 28));
        Assert.Empty(before.Applied);
        Assert.Equal(15, before.Agreement.Terms.Length);

        var after = Consolidation.AsOf(set, agreement, new DateTime(2027, 3, 1));
        Assert.Equal("US-JP-2026-P1", Assert.Single(after.Applied).Name);
        Assert.Empty(after.Agreement.Terms);
    }

    [Fact]
    public void Amendments_apply_in_date_order_replacing_in_place_adding_at_the_end_and_removing()
    {
        var text = Zone + Agreement + """
            amendment P2 "Second" amends US-JP-2026 from 2028-01-01 {
              floor NdPr oxide at USD 120.00 per kg
              remove origin NdPr oxide
            }
            amendment P1 "First" amends US-JP-2026 from 2027-01-01 {
              floor Dy oxide at reference price
              floor NdPr oxide at USD 115.00 per kg
            }
            """;
        var compilation = Agr.Compile(text);
        Assert.DoesNotContain(compilation.Diagnostics, d => d.Code.StartsWith("AGR1", StringComparison.Ordinal));
        var set = compilation.Model;
        var agreement = set.Agreements[0];
        Assert.Equal(["P1", "P2"], Consolidation.AmendmentsOf(set, "US-JP-2026").Select(a => a.Name));

        var first = Consolidation.AsOf(set, agreement, new DateTime(2027, 6, 1));
        Assert.Equal(["P1"], first.Applied.Select(a => a.Name));
        Assert.Equal(115m, Assert.IsType<Floor>(first.Agreement.Terms[0]).Price!.Value.Money.Amount);
        Assert.Equal("floor Dy oxide", first.Agreement.Terms[^1].Key);
        Assert.Contains(first.Agreement.Terms, t => t is OriginRule);

        var second = set.AsOf(new DateTime(2028, 1, 1));
        var consolidated = second.Agreements[0];
        Assert.Equal(120m, Assert.IsType<Floor>(consolidated.Terms[0]).Price!.Value.Money.Amount);
        Assert.DoesNotContain(consolidated.Terms, t => t is OriginRule);
        Assert.Equal(agreement.Terms.Length, consolidated.Terms.Length);
        Assert.Empty(second.Amendments);
        Assert.Equal(["P2"], set.AsOf(new DateTime(2027, 6, 1)).Amendments.Select(a => a.Name));
    }

    [Fact]
    public void A_removal_that_matches_nothing_names_the_clause_and_the_agreement()
    {
        var text = Zone + Agreement + """
            amendment P1 "First" amends US-JP-2026 from 2027-01-01 {
              remove origin NdPr oxide
            }
            amendment P2 "Second" amends US-JP-2026 from 2028-01-01 {
              remove origin NdPr oxide
              remove floor Dy oxide
            }
            """;
        var diagnostics = Agr.Compile(text).Diagnostics.Where(d => d.Code == "AGR119").ToArray();
        Assert.Equal(2, diagnostics.Length);
        Assert.Equal("'remove origin NdPr oxide' in P2 matches no clause of US-JP-2026 as amended by P1", diagnostics[0].Message);
        Assert.Equal("'remove floor Dy oxide' in P2 matches no clause of US-JP-2026 as amended by P1", diagnostics[1].Message);
    }

    [Fact]
    public void Remove_is_a_clause_of_amendments_only()
    {
        var document = Parser.Parse(new AgreementLang.Text.SourceText("a.agr",
            "agreement A \"a\" {\n  kind bilateral\n  in force 2026-01-01\n  party US \"u\"\n  remove floor NdPr oxide\n}\n"));
        Assert.Equal("AGR007", Assert.Single(document.Diagnostics).Code);
    }

    [Fact]
    public void The_formatter_keeps_removals_and_the_model_printer_writes_them_back()
    {
        var hurried = (Zone + Agreement + Removals).Replace("  remove floor NdPr oxide", "remove    floor   NdPr  oxide");
        var result = Assert.Single(SafeFormatter.FormatSet([new AgreementLang.Text.SourceText("a.agr", hurried)]));
        Assert.Equal(FormatStatus.Formatted, result.Status);
        Assert.Contains("\n  remove floor NdPr oxide\n", result.Text);

        var model = Agr.Compile(Zone + Agreement + Removals).Model;
        var printed = ModelPrinter.Print(model);
        Assert.Contains("  remove obligation JP \"report \\\"yearly\\\"\"\n", printed);
        Assert.True(StructuralDump.Equal(model, Agr.Compile(printed).Model));
    }
}
