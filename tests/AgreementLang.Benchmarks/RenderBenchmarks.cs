using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Rendering;
using BenchmarkDotNet.Attributes;
using AgreementLang.Text;

namespace AgreementLang.Benchmarks;

/// <summary>Markdown rendering of one agreement, warm (templates compiled, model bound): the draft is built from
/// the model (names, figures in words, definitions, annex tables, every wording template) and laid out by the
/// Markdown template. BENCH-000000 is the generated benchmark agreement (<see cref="Corpus.Agreement"/>: every
/// clause family, 0.9 KB from its keyword to its closing brace); of the examples, US-EU-2026 is 0.9 KB (0.8 KB
/// without comments), US-JP-2026 1.7 KB (1.3 KB) and the FORGE plurilateral 1.9 KB (1.6 KB).
/// Target: at most 50 µs per 1 KB agreement.</summary>
[MemoryDiagnoser]
// As agr runs (its project sets ConcurrentGarbageCollection=false), and as ParseBenchmarks measures.
[GcConcurrent(false)]
[MedianColumn]
// The fastest iteration (thousands of renders) is what a quiet host gives: this machine's neighbours have moved
// the median of the same binary from 54 to 81 µs between two runs an hour apart.
[MinColumn]
public class RenderBenchmarks
{
    private AgreementSet _model = AgreementSet.Empty;
    private Agreement _agreement = null!;
    private DraftRenderer _renderer = null!;

    private const string Generated = "BENCH-000000";

    [Params(Generated, "US-EU-2026", "US-JP-2026", "FORGE-2026")]
    public string Agreement { get; set; } = "US-EU-2026";

    [GlobalSetup]
    public void Setup()
    {
        var sources = Agreement == Generated
            ? [new SourceText("zone.agr", Corpus.Zone()), new SourceText("a00000.agr", Corpus.Agreement(0))]
            : Directory.GetFiles(FindExamples(), "*.agr").OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => new SourceText(p, File.ReadAllText(p))).ToArray();
        _model = Compilation.Create(sources).Model;
        _agreement = _model.Agreements.Single(a => a.Name == Agreement);
        _renderer = new DraftRenderer();
        _renderer.Markdown(_renderer.Build(_model, _agreement));
    }

    [Benchmark]
    public string Markdown() => _renderer.Markdown(_renderer.Build(_model, _agreement));

    [Benchmark]
    public byte[] Docx() => _renderer.Render(_renderer.Build(_model, _agreement), DraftFormat.Docx);

    private static string FindExamples()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AgreementLang.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("AgreementLang.sln not found"), "examples", "forge");
    }
}
