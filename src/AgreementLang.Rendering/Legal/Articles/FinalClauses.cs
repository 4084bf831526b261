using AgreementLang.Catalog;
using AgreementLang.Model;
using AgreementLang.Rendering.Text;

namespace AgreementLang.Rendering.Legal.Articles;

/// <summary>The final provisions that come from the source: entry into force, duration and withdrawal, each
/// citing its clause.</summary>
internal static class FinalClauses
{
    public static FinalView Of(ArticleScope scope)
    {
        var (agreement, binding, party, instrument) = (scope.Agreement, scope.Binding, scope.Party, scope.Instrument);
        var self = "This " + instrument;
        var clauses = agreement.Clauses ?? AgreementClauses.None;
        var entry = agreement.EntryIntoForce switch
        {
            EntryIntoForce.OnDate d => binding ? self + " shall enter into force on " + LegalText.Date(d.Date) + "." : self + " will come into effect on " + LegalText.Date(d.Date) + ".",
            EntryIntoForce.OnSignature => binding ? self + " shall enter into force on the date of its signature." : self + " will come into effect on the date of its signature.",
            EntryIntoForce.AfterNotifications n => binding
                ? self + " shall enter into force " + LegalText.Count(n.Days) + " days after the date on which the " + DraftBuilder.Plural(party) + " have notified each other in writing of the completion of their internal procedures required for its entry into force."
                : self + " will come into effect " + LegalText.Count(n.Days) + " days after the date on which the " + DraftBuilder.Plural(party) + " have notified each other of the completion of their internal procedures.",
            _ => binding ? self + " shall enter into force on a date to be agreed by the Parties." : self + " will come into effect on a date to be decided by the Participants.",
        };
        var duration = agreement.Expiry switch
        {
            Expiry.OnDate d => binding ? self + " shall remain in force until " + LegalText.Date(d.Date) + "." : self + " will continue to have effect until " + LegalText.Date(d.Date) + ".",
            Expiry.AfterTerm t => binding
                ? self + " shall remain in force for a period of " + LegalText.Duration(t.Term) + " from the date of its entry into force."
                : self + " will continue to have effect for a period of " + LegalText.Duration(t.Term) + " from the date on which it comes into effect.",
            _ => binding ? self + " shall remain in force indefinitely." : self + " will continue to have effect indefinitely.",
        };

        // A model bound from text knows whether the source states a term; one built in code states all it holds.
        var durationStated = agreement.Clauses is null || clauses.Expiry is not null;

        // Withdrawal only where the source gives a notice period: a right of withdrawal the source does not
        // state must not appear (the check warns about a binding instrument without one, AGR207).
        string? withdrawal = null;
        if (agreement.WithdrawalNotice is { } notice)
        {
            var other = scope.Many ? "the other " + DraftBuilder.Plural(party) : "the other " + party;
            var any = scope.Many ? "Any " : "Either ";
            withdrawal = scope.Form switch
            {
                InstrumentForm.Contract => any + party + " may terminate this " + instrument + " by written notice to " + other + ". Termination shall take effect " + LegalText.Duration(notice) + " after the date of that notice.",
                _ when binding => any + party + " may withdraw from this " + instrument + " by written notice to " + other + ". Withdrawal shall take effect " + LegalText.Duration(notice) + " after the date of that notice.",
                _ => any + party + " may discontinue its participation in this " + instrument + " by written notice to " + other + ". Discontinuation will take effect " + LegalText.Duration(notice) + " after the date of that notice.",
            };
        }

        var provenance = scope.Provenance;
        return new FinalView(entry, provenance.Mark(clauses.EntryIntoForce ?? agreement.Location),
            durationStated ? duration : null, provenance.Mark(clauses.Expiry ?? (agreement.Clauses is null ? agreement.Location : null)),
            withdrawal, provenance.Mark(clauses.Withdrawal ?? agreement.Location));
    }
}
