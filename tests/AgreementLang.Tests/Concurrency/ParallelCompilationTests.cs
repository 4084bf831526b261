using System.Text;
using AgreementLang.Benchmarks;
using AgreementLang.Catalog;
using AgreementLang.Checks;
using AgreementLang.Configuration;
using AgreementLang.Diagnostics;
using AgreementLang.Semantics;
using AgreementLang.Syntax;
using AgreementLang.Tests.Infrastructure;
using AgreementLang.Tests.Properties;
using AgreementLang.Text;

namespace AgreementLang.Tests.Concurrency;

/// <summary>Files are parsed, and rules run, on every core; the result must be exactly that of one thread doing it all
/// in order: the same diagnostics, in the same order, with the same related locations, and the same model.</summary>
public sealed class ParallelCompilationTests
{
    private static readonly CompilationOptions OneThread = new(new Dictionary<string, DiagnosticSeverity>()) { Threads = 1 };

    public static TheoryData<string> Sets => new() { "examples", "conflicts", "zone" };

    [Theory]
    [MemberData(nameof(Sets))]
    public void A_parallel_compilation_reports_what_a_sequential_one_does(string set)
    {
        var sources = Sources(set);
        var sequential = Compilation.Create(sources, OneThread);
        Assert.True(sequential.Diagnostics.Count > 20, $"the {set} set should exercise many diagnostics, has {sequential.Diagnostics.Count}");
        var expected = Describe(sequential);

        // Several runs: a race would show as a difference in one of them.
        for (var run = 0; run < 3; run++)
        {
            Assert.Equal(expected, Describe(Compilation.Create(sources)));
        }
    }

    [Fact]
    public void The_zone_set_has_parse_binding_and_conflict_diagnostics()
    {
        // The comparison above means something only if every stage contributes.
        var codes = Compilation.Create(Sources("zone"), OneThread).Diagnostics.Select(d => d.Code).ToHashSet();
        Assert.Contains(codes, c => string.CompareOrdinal(c, "AGR100") < 0);
        Assert.Contains(codes, c => string.CompareOrdinal(c, "AGR100") >= 0 && string.CompareOrdinal(c, "AGR200") < 0);
        Assert.Contains(codes, c => string.CompareOrdinal(c, "AGR300") >= 0);
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Rules_run_side_by_side_give_the_diagnostics_of_rules_run_in_turn(string set)
    {
        var documents = Sources(set).Select(Parser.Parse).ToArray();
        var (model, _) = Binder.Bind(documents);

        // The reference: every rule in registry order, into one list, on this thread.
        var context = new CheckContext(model, MineralCatalog.Default, CompilationOptions.Default);
        var inTurn = new List<Diagnostic>();
        foreach (var rule in Rules.All)
        {
            rule.Check(context, inTurn);
        }

        Assert.NotEmpty(inTurn);
        var parallel = Checker.Run(model, MineralCatalog.Default, CompilationOptions.Default);
        Assert.Equal(inTurn.Select(Describe), parallel.Select(Describe));
    }

    /// <summary>Every example file as one set; the conflicts example; a generated zone of 12 members in which some
    /// floors are set below the zone's reference price, some offtakes take most of a producer's capacity and some files
    /// are broken by the property tests' mutations (a flipped byte, a deleted range…).</summary>
    internal static SourceText[] Sources(string set) => set switch
    {
        "examples" => Inputs.ExampleFiles.Select(f => new SourceText(f, Encoding.UTF8.GetString(Inputs.Example(f)))).ToArray(),
        "conflicts" => Directory.EnumerateFiles(Repository.PathOf("examples/conflicts"), "*.agr").Order(StringComparer.Ordinal)
            .Select(f => new SourceText(Path.GetFileName(f), File.ReadAllText(f))).ToArray(),
        _ => ZoneCorpus.Files(12).Select((file, i) => new SourceText(file.Path, Change(file.Text, i))).ToArray(),
    };

    private static string Change(string text, int index)
    {
        if (index % 3 == 1)
        {
            text = text.Replace("floor NdPr oxide at reference price", "floor NdPr oxide at USD 95.00 per kg", StringComparison.Ordinal);
        }

        if (index % 4 == 2)
        {
            text = text.Replace("1% of NdPr oxide capacity", "70% of NdPr oxide capacity", StringComparison.Ordinal);
        }

        return index % 7 == 3 ? Encoding.UTF8.GetString(Inputs.Mutate(Encoding.UTF8.GetBytes(text), index, 4)) : text;
    }

    private static string[] Describe(Compilation compilation) =>
        compilation.Diagnostics.Select(Describe)
            .Concat(compilation.Suppressed.Select(d => "suppressed " + Describe(d)))
            .Concat(compilation.Documents.Select(d => $"document {d.Source.Path}: {d.Declarations.Count} declarations, {d.Diagnostics.Count} diagnostics"))
            .Concat(compilation.Model.Agreements.Select(a => $"agreement {a.Name}: {a.Terms.Length} terms"))
            .ToArray();

    private static string Describe(Diagnostic d) =>
        $"{d.Location.Path}({d.Location.Span.Start},{d.Location.Span.Length}) {d.Severity} {d.Code}: {d.Message}" +
        string.Concat(d.Related.Select(r => $" | {r.Location.Path}({r.Location.Span.Start}) {r.Message}"));
}
