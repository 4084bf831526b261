using AgreementLang.Diagnostics;
using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>
/// AGR311: a term that outlasts the instrument it rests on.
/// <list type="bullet">
/// <item>An agreement <c>under</c> another (a framework, typically): the agreement, and each of its terms with
/// a period of its own, must end no later than the instrument it rests on. Under an instrument with no fixed
/// term (indefinite — "as long as both participants work in good faith"), a term with a fixed end promises a
/// duration the instrument does not; under one with a fixed end, a term that runs longer, or with no end, outlives
/// its basis.</item>
/// <item>A loan drawn from a facility must be repaid by the facility's end.</item>
/// </list>
/// Financing (loans, equity, grants, guarantees) is repaid on its own schedule, which normally outlives the policy
/// instruments that arrange it — the MP Materials loan runs 12 years in a 10-year deal — so it is checked only
/// against the facility it is drawn from, never against its agreement or the framework that agreement rests on.
/// </summary>
public sealed class TermOutlastsInstrumentRule : IRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.TermOutlastsInstrument;

    public void Check(CheckContext context, List<Diagnostic> diagnostics)
    {
        foreach (var agreement in context.Agreements)
        {
            if (agreement.Under is not { } name || !context.AgreementsByName.TryGetValue(name, out var basis) ||
                (basis.Expiry is not Expiry.Indefinite && basis.EffectiveUntil is null))
            {
                continue;
            }

            var basisText = Describe.Kind(basis) + " " + basis.Name;
            var basisEnd = basis.Expiry is Expiry.Indefinite ? "has no fixed term" : "ends on " + Show.Date(basis.EffectiveUntil!.Value);
            if (Outlasts(agreement.Period.Until, basis))
            {
                diagnostics.Add(Diagnostic.TermOutlastsInstrument(agreement.Location, agreement.Name, Runs(agreement.Period.Until), basisText,
                        basis.Location, basisEnd)
                    .WithRelated(basis.Location, basisText + ", which " + basisEnd));
            }

            if (!context.TermsByAgreement.TryGetValue(agreement.Name, out var terms))
            {
                continue;
            }

            foreach (var term in terms)
            {
                // Terms that simply last as long as their agreement are covered by the agreement's own report;
                // obligations are deadlines, not lasting terms; financing follows its own schedule. The term's own
                // period counts, not the version an amendment cut short.
                var until = term.Term.Period.Until;
                if (term.Term is Obligation or Loan or EquityStake or Grant or Guarantee || until == agreement.Period.Until || !Outlasts(until, basis))
                {
                    continue;
                }

                diagnostics.Add(Diagnostic.TermOutlastsInstrument(term.Location, Describe.Term(term.Term) + " in " + term.Instrument,
                        Runs(until), basisText, basis.Location, basisEnd)
                    .WithRelated(basis.Location, basisText + ", which " + basisEnd));
            }
        }

        foreach (var loan in context.Loans)
        {
            if (loan.Term.Facility is not { } name || !context.Facilities.TryGetValue(name, out var facility) ||
                facility.Validity.Until is not { } end || (loan.Period.Until is { } until && until <= end))
            {
                continue;
            }

            diagnostics.Add(Diagnostic.TermOutlastsInstrument(loan.Location, Describe.Term(loan.Term) + " in " + loan.Instrument, Runs(loan.Period.Until),
                    "facility " + facility.Name, facility.Location, "ends on " + Show.Date(end))
                .WithRelated(facility.Location, "facility " + facility.Name + ", which ends on " + Show.Date(end)));
        }
    }

    private static bool Outlasts(DateTime? until, Agreement basis) =>
        basis.Expiry is Expiry.Indefinite ? until is not null : until is null || until > basis.EffectiveUntil;

    private static string Runs(DateTime? until) => until is { } date ? "runs until " + Show.Date(date) : "has no end date";
}
