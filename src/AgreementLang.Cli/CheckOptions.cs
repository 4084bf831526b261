using System.CommandLine;
using System.Globalization;
using AgreementLang.Configuration;
using AgreementLang.Diagnostics;
using AgreementLang.Syntax;

namespace AgreementLang.Cli;

/// <summary>The options that decide what the checks report — <c>--as-of</c>, <c>--severity</c> and the
/// <c>.editorconfig</c> files beside the sources — shared by <c>check</c> and by the commands that publish
/// (<c>render</c>, <c>schedule</c>, <c>build</c>), so that a set which checks clean also builds, and a
/// diagnostic silenced for one is silenced for all.</summary>
public sealed class CheckOptions
{
    private CheckOptions(Option<string?> asOf, Option<string[]> severity, Option<string?> warnAsError)
    {
        AsOf = asOf;
        Severity = severity;
        WarnAsError = warnAsError;
    }

    /// <summary>The name of <see cref="WarnAsError"/>; <see cref="Program"/> rewrites <c>--warnaserror [CODES]</c>
    /// into <c>--warnaserror=VALUE</c> before parsing, so that a path after a bare <c>--warnaserror</c> stays a path.</summary>
    public const string WarnAsErrorName = "--warnaserror";

    /// <summary>The value a bare <c>--warnaserror</c> is given: every warning.</summary>
    public const string AllWarnings = "*";

    public Option<string?> AsOf { get; }

    public Option<string[]> Severity { get; }

    public Option<string?> WarnAsError { get; }

    /// <summary>The <c>--as-of</c> date given on the command line, or null.</summary>
    public DateTime? AsOfDate(ParseResult result) => result.GetValue(AsOf) is { } date ? ParseDate(date) : null;

    public static CheckOptions Create()
    {
        var asOf = new Option<string?>("--as-of")
        {
            Description = "Evaluate the set as it stands on this date (YYYY-MM-DD): only agreements in force then, with the amendments made by then.",
        };
        asOf.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string?>();
            if (text is not null && ParseDate(text) is null)
            {
                result.AddError($"--as-of: '{text}' is not a date such as 2027-01-01");
            }
        });

        var severity = new Option<string[]>("--severity")
        {
            Description = "Override a code's severity, e.g. AGR310=none (none, info, warning, error); repeatable. Wins over .editorconfig.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        severity.Validators.Add(result =>
        {
            foreach (var text in result.GetValueOrDefault<string[]>() ?? Array.Empty<string>())
            {
                if (!SeverityOption.TryParse(text, out _, out _, out var error))
                {
                    result.AddError("--severity: " + error);
                }
            }
        });

        var warnAsError = new Option<string?>(WarnAsErrorName)
        {
            Description = "Report warnings as errors (exit 1): all of them, or only those of the codes given (--warnaserror AGR301,AGR310).",
        };
        warnAsError.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && text != AllWarnings)
            {
                foreach (var code in SplitCodes(text))
                {
                    if (DiagnosticCatalog.Find(code) is null)
                    {
                        result.AddError($"--warnaserror: '{code}' is not a diagnostic code; run 'agr explain' with one such as AGR301");
                    }
                }
            }
        });

        return new CheckOptions(asOf, severity, warnAsError);
    }

    /// <summary>Compiles the collected sources with the options the command line and the sources'
    /// <c>.editorconfig</c> files give, and returns every diagnostic that is not switched off: the encoding
    /// problems found while reading, then the compilation's.</summary>
    /// <param name="warnings">Where the .editorconfig sections that are ignored (malformed, or beyond the reader's
    /// bounds) are reported, one line each.</param>
    public (Compilation Compilation, Diagnostic[] Diagnostics) Compile(ParseResult result, SourceCollector.Collected collected, TextWriter? warnings = null)
    {
        var (compilation, diagnostics, _) = CompileWithSuppressed(result, collected, warnings);
        return (compilation, diagnostics);
    }

    /// <summary>As <see cref="Compile"/>, with the diagnostics that inline comments suppress (for SARIF).</summary>
    public (Compilation Compilation, Diagnostic[] Diagnostics, Diagnostic[] Suppressed) CompileWithSuppressed(ParseResult result, SourceCollector.Collected collected, TextWriter? warnings = null)
    {
        var overrides = new Dictionary<string, DiagnosticSeverity>(StringComparer.Ordinal);
        foreach (var text in result.GetValue(Severity) ?? Array.Empty<string>())
        {
            SeverityOption.TryParse(text, out var code, out var level, out _);
            overrides[code] = level;
        }

        var editorConfig = EditorConfig.For(collected.Sources.Select(s => s.Path));
        foreach (var problem in editorConfig.Problems)
        {
            warnings?.WriteLine(problem);
        }

        var warnAsError = result.GetValue(WarnAsError) switch
        {
            null => WarningsAsErrors.None,
            AllWarnings => WarningsAsErrors.All,
            var codes => WarningsAsErrors.Of(SplitCodes(codes).Select(c => DiagnosticCatalog.Find(c)!.Code)),
        };
        var options = new CompilationOptions(overrides, result.GetValue(AsOf) is { } date ? ParseDate(date) : null, editorConfig.Severity, warnAsError);
        var compilation = Compilation.Create(collected.Sources, options);
        var encoding = InlineSuppressions.Apply(compilation.Documents,
            collected.EncodingProblems.Select(d => Apply(d, options, editorConfig)).Where(d => d.Severity != DiagnosticSeverity.None));
        var diagnostics = encoding.Where(d => !d.IsSuppressed).Concat(compilation.Diagnostics).ToArray();
        var suppressed = encoding.Where(d => d.IsSuppressed).Concat(compilation.Suppressed).ToArray();
        return (compilation, diagnostics, suppressed);
    }

    /// <summary>The codes of a <c>--warnaserror</c> value: separated by commas or semicolons, as in csc.</summary>
    public static IEnumerable<string> SplitCodes(string text) =>
        text.Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static DateTime? ParseDate(string text) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>Encoding problems are found before compiling, so the overrides are applied to them here.</summary>
    private static Diagnostic Apply(Diagnostic diagnostic, CompilationOptions options, EditorConfig editorConfig) =>
        options.WarningsAsErrors.Apply(
            options.Severities.TryGetValue(diagnostic.Code, out var severity) ? diagnostic.WithSeverity(severity)
            : editorConfig.Severity(diagnostic.Location.Path, diagnostic.Code) is { } fromFile ? diagnostic.WithSeverity(fromFile)
            : diagnostic);
}
