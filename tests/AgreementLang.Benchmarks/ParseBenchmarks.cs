using AgreementLang.Diagnostics;
using AgreementLang.Semantics;
using AgreementLang.Syntax;
using BenchmarkDotNet.Attributes;
using AgreementLang.Text;

namespace AgreementLang.Benchmarks;

/// <summary>Parsing and binding throughput on a ~20 MB file and on ~2,000 files of ~1 KB.
/// MB/s = 20 / (mean seconds); bytes allocated per input byte = Allocated / 20,971,520.</summary>
[MemoryDiagnoser]
// agr runs with concurrent GC off (its project sets ConcurrentGarbageCollection=false); BenchmarkDotNet would
// otherwise measure the runtime default, which is not what a user of the command line gets.
[GcConcurrent(false)]
[MedianColumn]
[MinColumn]
public class ParseBenchmarks
{
    public const int LargeSize = 20 * 1024 * 1024;

    private SourceText _large = null!;
    private SourceText[] _small = null!;

    [GlobalSetup]
    public void Setup()
    {
        _large = new SourceText("large.agr", Corpus.LargeFile(LargeSize));
        _small = Corpus.SmallFiles(2_000).Select(f => new SourceText(f.Path, f.Text)).ToArray();
        var document = Parser.Parse(_large);
        if (document.Diagnostics.Count > 0)
        {
            throw new InvalidOperationException("the generated corpus has diagnostics: " + document.Diagnostics[0]);
        }
    }

    [Benchmark(Description = "parse 20 MB file")]
    public int ParseLarge() => Parser.Parse(_large).Declarations.Count;

    [Benchmark(Description = "parse+bind 20 MB file")]
    public int ParseAndBindLarge() => Binder.Bind(new[] { Parser.Parse(_large) }).Set.Agreements.Length;

    [Benchmark(Description = "parse 2,000 files of 1 KB")]
    public int ParseSmall()
    {
        var count = 0;
        foreach (var source in _small)
        {
            count += Parser.Parse(source).Declarations.Count;
        }

        return count;
    }

    [Benchmark(Description = "parse+bind 2,000 files of 1 KB")]
    public int ParseAndBindSmall() => Binder.Bind(_small.Select(Parser.Parse).ToArray()).Set.Agreements.Length;
}
