using AgreementLang.Diagnostics;
using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>AGR213: a facility whose stated sources do not add up to its cap — Project Vault's USD 12 billion is
/// USD 10 billion from EXIM and USD 2 billion of private capital; one report put the private capital at "nearly
/// USD 1.67 billion", which would leave the cap unfunded by USD 330 million. A warning: the cap may be funded
/// by sources not yet stated, or the figures may be a drafting slip; either way the draft states both. A facility
/// with no sources stated, one whose source could not be bound (AGR117), or with one source above the cap
/// (AGR214), is not reported here.</summary>
public sealed class FacilityCapNotSumOfSourcesRule : IRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.FacilityCapNotSumOfSources;

    public void Check(CheckContext context, List<Diagnostic> diagnostics)
    {
        foreach (var facility in context.Set.Facilities)
        {
            var sources = FacilitySources.InCapCurrency(facility);
            // A source in another currency would make any sum a guess.
            if (sources.Count == 0 || sources.Count != facility.Sources.Length || !facility.AllSourcesBound || FacilitySources.AnyAboveCap(facility))
            {
                continue;
            }

            var total = sources.Aggregate(0m, (sum, s) => Arithmetic.Add(sum, s.Amount.Amount));
            if (total == facility.Cap.Amount)
            {
                continue;
            }

            var parts = sources.Select(s => Show.Money(s.Amount) + " " + FacilitySources.Name(s).Replace("the ", "")).ToList();
            var diagnostic = Diagnostic.FacilityCapNotSumOfSources(facility.Location, facility.Name, Show.Money(total, facility.Cap.Currency),
                total < facility.Cap.Amount ? "less than" : "more than", Show.Money(facility.Cap),
                Show.Money(Math.Abs(Arithmetic.Subtract(total, facility.Cap.Amount)), facility.Cap.Currency), Describe.List(parts));
            foreach (var source in sources.Take(10))
            {
                diagnostic = diagnostic.WithRelated(source.Location, FacilitySources.Name(source) + " of " + Show.Money(source.Amount));
            }

            diagnostics.Add(diagnostic);
        }
    }
}
