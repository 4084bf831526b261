using AgreementLang.Catalog;
using AgreementLang.Concurrency;
using AgreementLang.Configuration;
using AgreementLang.Diagnostics;
using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>Runs every conflict rule over a bound set. Rules live one per file in this folder and are found by
/// <see cref="Rules"/>; they share one <see cref="CheckContext"/>, whose indexes are built once.</summary>
public static class Checker
{
    /// <summary>The rules run side by side on every core, each into a list of its own; the lists are joined in the
    /// rules' order, so the result is the same as running them one after the other. The rules only read the set and
    /// the context (whose lazily built indexes are thread-safe), which is what makes this sound.</summary>
    public static IReadOnlyList<Diagnostic> Run(AgreementSet set, MineralCatalog catalog, CompilationOptions options)
    {
        var context = new CheckContext(set, catalog, options);

        // A silenced rule is not run at all: its indexes are never built.
        var rules = Rules.All
            .Where(rule => !(options.Severities.TryGetValue(rule.Descriptor.Code, out var severity) && severity == DiagnosticSeverity.None))
            .ToArray();
        var found = InputOrder.Map(rules, rule =>
        {
            var diagnostics = new List<Diagnostic>();
            rule.Check(context, diagnostics);
            return diagnostics;
        }, options.Threads);
        return found.SelectMany(list => list).ToArray();
    }
}
