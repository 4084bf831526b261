using AgreementLang.Catalog;
using AgreementLang.Configuration;
using AgreementLang.Diagnostics;
using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>Runs every conflict rule over a bound set. Rules live one per file in this folder and are found by
/// <see cref="Rules"/>; they share one <see cref="CheckContext"/>, whose indexes are built once.</summary>
public static class Checker
{
    public static IReadOnlyList<Diagnostic> Run(AgreementSet set, MineralCatalog catalog, CompilationOptions options)
    {
        var context = new CheckContext(set, catalog, options);
        var diagnostics = new List<Diagnostic>();
        foreach (var rule in Rules.All)
        {
            // A silenced rule is not run at all: its indexes are never built.
            if (options.Severities.TryGetValue(rule.Descriptor.Code, out var severity) && severity == DiagnosticSeverity.None)
            {
                continue;
            }

            rule.Check(context, diagnostics);
        }

        return diagnostics;
    }
}
