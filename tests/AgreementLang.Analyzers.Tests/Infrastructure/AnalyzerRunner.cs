using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AgreementLang.Analyzers.Tests.Infrastructure;

/// <summary>An additional file held in memory, as the IDE hands over an open, unsaved document.</summary>
public sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryAdditionalText(string path, string text, Encoding? encoding = null)
        : this(path, SourceText.From(text, encoding ?? new UTF8Encoding(false)))
    {
    }

    public InMemoryAdditionalText(string path, SourceText text)
    {
        Path = path;
        _text = text;
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>What one run of the analyzer over an in-memory compilation gave.</summary>
public sealed record AnalyzerRun(
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableDictionary<string, ImmutableArray<Diagnostic>> PerFile,
    ImmutableArray<Diagnostic> CompilationEnd,
    IReadOnlyList<Exception> Exceptions)
{
    /// <summary>Each diagnostic as the build prints it, with one-based line and column.</summary>
    public IEnumerable<string> Lines => Diagnostics.Select(Describe);

    public static string Describe(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        return $"{System.IO.Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): " +
               $"{d.Severity.ToString().ToLowerInvariant()} {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }
}

/// <summary>Runs the analyzer the way the compiler does, through <see cref="CompilationWithAnalyzers"/>, over a
/// one-class C# compilation whose additional files are the given texts.</summary>
public static class AnalyzerRunner
{
    private static readonly MetadataReference[] References = { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) };

    public static Task<AnalyzerRun> RunAsync(params AdditionalText[] files) => RunAsync(files, new AgreementAnalyzer(new ParseCache(1000, 1 << 26)));

    public static async Task<AnalyzerRun> RunAsync(IEnumerable<AdditionalText> files, DiagnosticAnalyzer analyzer)
    {
        var compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText("namespace Consumer; public static class Marker { }") },
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(files.ToImmutableArray()),
            onAnalyzerException: (exception, _, _) =>
            {
                lock (exceptions)
                {
                    exceptions.Add(exception);
                }
            },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create(analyzer), options);
        var result = await withAnalyzers.GetAnalysisResultAsync(CancellationToken.None);
        var perFile = result.AdditionalFileDiagnostics.ToImmutableDictionary(
            kv => kv.Key.Path,
            kv => kv.Value.Values.SelectMany(v => v).ToImmutableArray());
        var end = result.CompilationDiagnostics.Values.SelectMany(v => v).ToImmutableArray();
        var all = (await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None))
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        return new AnalyzerRun(all, perFile, end, exceptions);
    }
}
