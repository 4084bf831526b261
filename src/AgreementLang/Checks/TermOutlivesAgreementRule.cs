using AgreementLang.Diagnostics;
using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>
/// AGR207: a term whose own period runs past the expiry of the agreement that states it (a floor "until 2035",
/// or "for 15 years", in an agreement that expires in 2031). The term lapses with its agreement — the checks
/// compare it only up to the expiry (<see cref="CheckContext.Clamp"/>) — so the text promises a duration it
/// cannot deliver.
/// <list type="bullet">
/// <item>Covered: floors, tariff commitments, export-duty bans, export measures, rules of origin and
/// most-favoured-nation clauses, as stated by the agreement or by an amendment of it.</item>
/// <item>Not covered: financing and offtakes, whose periods are contractual tenors that survive the agreement
/// on purpose (<see cref="CheckContext.Survives"/>); obligations, whose date is a deadline (AGR204); provisions of
/// the form, which have no period of their own.</item>
/// <item>Only a certain expiry counts: an expiry on a date, or a term from a known entry into force. A term
/// counted from an entry into force after notifications is compared with the earliest expiry, which the real
/// one may follow, so it is not reported; an indefinite agreement has no expiry to outlive.</item>
/// </list>
/// </summary>
public sealed class TermOutlivesAgreementRule : IRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.TermOutlivesAgreement;

    public void Check(CheckContext context, List<Diagnostic> diagnostics)
    {
        foreach (var agreement in context.Agreements)
        {
            var certain = agreement.Expiry is Expiry.OnDate ||
                          agreement.EntryIntoForce is EntryIntoForce.OnDate or EntryIntoForce.OnSignature;
            if (!certain || CheckContext.PeriodOf(agreement).Until is not { } expiry)
            {
                continue;
            }

            Check(agreement.Terms, agreement.Name, agreement, expiry, diagnostics);
            foreach (var amendment in Consolidation.AmendmentsOf(context.Set, agreement.Name))
            {
                Check(amendment.Terms, amendment.Name, agreement, expiry, diagnostics);
            }
        }
    }

    private void Check(IEnumerable<AgreementTerm> terms, string instrument, Agreement agreement, DateTime expiry, List<Diagnostic> diagnostics)
    {
        foreach (var term in terms)
        {
            if (!Covered(term) || term.Period.Until is not { } until || until <= expiry)
            {
                continue;
            }

            diagnostics.Add(Diagnostic.TermOutlivesAgreement(term.Location, Describe.Term(term) + " in " + instrument, Show.Date(until),
                    agreement.Name, agreement.Location, Show.Date(expiry))
                .WithRelated(agreement.Location, agreement.Name + ", which expires on " + Show.Date(expiry)));
        }
    }

    private static bool Covered(AgreementTerm term) =>
        !CheckContext.Survives(term) && term is not (Obligation or StatedProvision);
}
