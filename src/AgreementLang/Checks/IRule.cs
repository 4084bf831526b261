using AgreementLang.Diagnostics;

namespace AgreementLang.Checks;

/// <summary>One conflict rule: a single code, checked over the whole set through the shared context. A public class of
/// this assembly that implements it is run by <see cref="Checker"/> without being listed anywhere
/// (<see cref="Rules"/>); it needs a parameterless constructor.</summary>
public interface IRule
{
    DiagnosticDescriptor Descriptor { get; }

    void Check(CheckContext context, List<Diagnostic> diagnostics);
}
