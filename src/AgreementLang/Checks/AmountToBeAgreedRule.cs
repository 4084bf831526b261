using AgreementLang.Diagnostics;
using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>AGR318: a loan of "an amount to be agreed" drawn from a facility with a cap. It has no figure, so the cap
/// checks (AGR306, AGR317) leave it out rather than count it as zero or as anything else; this note says so, so that
/// a clean check is not read as "the facility has room for it".</summary>
public sealed class AmountToBeAgreedRule : IRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.AmountToBeAgreedNotCompared;

    public void Check(CheckContext context, List<Diagnostic> diagnostics)
    {
        foreach (var pair in context.LoansByFacility)
        {
            if (!context.Facilities.TryGetValue(pair.Key, out var facility))
            {
                continue;
            }

            foreach (var loan in pair.Value.Where(l => !l.Term.Amount.IsKnown))
            {
                diagnostics.Add(Diagnostic.AmountToBeAgreedNotCompared(loan.Location, loan.Term.Lender, loan.Term.Borrower, facility.Name,
                        Show.Money(facility.Cap), facility.Location)
                    .WithRelated(facility.Location, "facility " + facility.Name + " with a cap of " + Show.Money(facility.Cap)));
            }
        }
    }
}
