using AgreementLang.Catalog;
using AgreementLang.Diagnostics;
using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>Runs every conflict rule over a bound set. Rules live one per file in this folder and are listed
/// in <see cref="Rules"/>.</summary>
public static class Checker
{
    public static IReadOnlyList<Diagnostic> Run(AgreementSet set, MineralCatalog catalog, CompilationOptions options)
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var rule in Rules.All)
        {
            rule.Check(set, catalog, options, diagnostics);
        }

        return diagnostics;
    }
}

/// <summary>One conflict rule: a single code, checked over the whole set.</summary>
public interface IRule
{
    DiagnosticDescriptor Descriptor { get; }

    void Check(AgreementSet set, MineralCatalog catalog, CompilationOptions options, List<Diagnostic> diagnostics);
}

/// <summary>The registered rules, in code order.</summary>
public static class Rules
{
    public static readonly IReadOnlyList<IRule> All = Array.Empty<IRule>();
}
