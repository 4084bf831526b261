using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using AgreementLang.Syntax;
using LanguageDiagnostic = AgreementLang.Diagnostics.Diagnostic;
using LanguageLocation = AgreementLang.Text.Location;

namespace AgreementLang.Analyzers;

/// <summary>Reports every AgreementLang diagnostic for the <c>.agr</c> files among a project's AdditionalFiles, at
/// the exact place in the <c>.agr</c> file, so that <c>dotnet build</c> and the IDE show them like C# errors.
/// Syntax diagnostics (AGR0xx) depend on one file alone and are reported per file; binding and the conflict
/// checks depend on the whole set and are reported once, at the end of the compilation. Both come from
/// <see cref="Compilation"/>, the entry point <c>agr check</c> uses too.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AgreementAnalyzer : DiagnosticAnalyzer
{
    public const string FileExtension = ".agr";

    private readonly ParseCache _cache;

    public AgreementAnalyzer()
        : this(ParseCache.Shared)
    {
    }

    internal AgreementAnalyzer(ParseCache cache) => _cache = cache;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        // .agr files are never generated C#; the analysis has no state shared between actions but the set below,
        // which is safe to use from several threads.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(StartCompilation);
    }

    private void StartCompilation(CompilationStartAnalysisContext context)
    {
        var set = AgreementFileSet.Create(context.Options, _cache, context.CancellationToken);
        if (set.IsEmpty)
        {
            return;
        }

        context.RegisterAdditionalFileAction(file => set.AnalyzeFile(file));
        context.RegisterCompilationEndAction(end => set.AnalyzeSet(end));
    }

    /// <summary>The <c>.agr</c> files of one compilation.</summary>
    private sealed class AgreementFileSet
    {
        private readonly ImmutableArray<AdditionalText> _files;
        private readonly ParseCache _cache;
        private readonly SeverityConfiguration _severities;

        private AgreementFileSet(ImmutableArray<AdditionalText> files, ParseCache cache, SeverityConfiguration severities)
        {
            _files = files;
            _cache = cache;
            _severities = severities;
        }

        public bool IsEmpty => _files.IsEmpty;

        public static AgreementFileSet Create(AnalyzerOptions options, ParseCache cache, CancellationToken cancellationToken)
        {
            // The same file listed twice (a glob of the package plus an explicit item) is one file, not a duplicate
            // declaration of everything in it; the order is fixed so that diagnostics come out in the same order.
            var files = options.AdditionalFiles
                .Where(IsAgreementFile)
                .GroupBy(f => f.Path, StringComparer.Ordinal)
                .Select(g => g.First())
                .OrderBy(f => f.Path, StringComparer.Ordinal)
                .ToImmutableArray();
            var severities = files.IsEmpty ? SeverityConfiguration.None : SeverityConfiguration.Create(options, cancellationToken);
            return new AgreementFileSet(files, cache, severities);
        }

        public void AnalyzeFile(AdditionalFileAnalysisContext context)
        {
            if (!IsAgreementFile(context.AdditionalFile))
            {
                return;
            }

            var parsed = Parse(context.AdditionalFile, context.CancellationToken);
            if (parsed is null)
            {
                return;
            }

            // An inline '// agr-disable-next-line CODE' comment suppresses here as it does in the Compilation.
            foreach (var diagnostic in InlineSuppressions.Apply(new[] { parsed.Document }, parsed.FileDiagnostics))
            {
                if (!diagnostic.IsSuppressed)
                {
                    Report(diagnostic, context.ReportDiagnostic);
                }
            }
        }

        public void AnalyzeSet(CompilationAnalysisContext context)
        {
            var parsed = new List<ParsedFile>(_files.Length);
            foreach (var file in _files)
            {
                var one = Parse(file, context.CancellationToken);
                if (one is not null)
                {
                    parsed.Add(one);
                }
            }

            // The per-file action has reported what the parser found; everything else the compilation finds
            // (names, units, dates, conflicts inside and across agreements) is reported here, once.
            var reported = new HashSet<LanguageDiagnostic>(
                parsed.SelectMany(p => p.Document.Diagnostics), ReferenceEqualityComparer.Instance);
            var compilation = Compilation.Create(parsed.Select(p => p.Document).ToArray());
            foreach (var diagnostic in compilation.Diagnostics)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (!reported.Contains(diagnostic))
                {
                    Report(diagnostic, context.ReportDiagnostic);
                }
            }
        }

        private ParsedFile? Parse(AdditionalText file, CancellationToken cancellationToken)
        {
            // Null when the compiler could not read the file; it reports that itself.
            var text = file.GetText(cancellationToken);
            return text is null ? null : _cache.GetOrParse(file.Path, text, cancellationToken);
        }

        private void Report(LanguageDiagnostic diagnostic, Action<Diagnostic> report)
        {
            if (!Descriptors.TryGet(diagnostic.Code, out var descriptor))
            {
                return;
            }

            var severity = _severities.Resolve(diagnostic, descriptor);
            if (severity is null)
            {
                return;
            }

            var related = diagnostic.Related;
            var additional = related.Select(r => ToRoslyn(r.Location));
            var properties = ImmutableDictionary<string, string?>.Empty;
            for (var i = 0; i < related.Length; i++)
            {
                // Roslyn's additional locations carry no text of their own; what each one is goes here.
                properties = properties.Add("Related" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), related[i].Message);
            }

            report(Diagnostic.Create(descriptor, ToRoslyn(diagnostic.Location), severity.Value, additional, properties, diagnostic.Message));
        }

        /// <summary>Roslyn counts lines and columns from zero; the language, like an editor, from one.</summary>
        internal static Location ToRoslyn(LanguageLocation location)
        {
            var start = location.Start;
            var end = location.End;
            return Location.Create(
                location.Path,
                new TextSpan(location.Span.Start, location.Span.Length),
                new LinePositionSpan(new LinePosition(start.Line - 1, start.Column - 1), new LinePosition(end.Line - 1, end.Column - 1)));
        }
    }

    private static bool IsAgreementFile(AdditionalText file) =>
        file.Path.EndsWith(FileExtension, StringComparison.OrdinalIgnoreCase);

    private sealed class ReferenceEqualityComparer : IEqualityComparer<LanguageDiagnostic>
    {
        public static readonly ReferenceEqualityComparer Instance = new();

        public bool Equals(LanguageDiagnostic? x, LanguageDiagnostic? y) => ReferenceEquals(x, y);

        public int GetHashCode(LanguageDiagnostic obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
