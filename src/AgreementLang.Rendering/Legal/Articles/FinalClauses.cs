using AgreementLang.Model;
using AgreementLang.Rendering.Text;

namespace AgreementLang.Rendering.Legal.Articles;

/// <summary>The final provisions that come from the source: entry into force, duration and withdrawal, each
/// citing its clause. Their wording is that of the form, so it lives in templates a house style overrides
/// (<c>final-provisions.entry-into-force.hbs</c>, <c>…duration.hbs</c>, <c>…withdrawal.hbs</c>); here are only the
/// facts: which case the source states, and its date, period or count in words and figures.</summary>
internal static class FinalClauses
{
    public const string EntryIntoForceTemplate = "final-provisions.entry-into-force.hbs";
    public const string DurationTemplate = "final-provisions.duration.hbs";
    public const string WithdrawalTemplate = "final-provisions.withdrawal.hbs";

    public static FinalView Of(ArticleScope scope)
    {
        var (agreement, binding, instrument) = (scope.Agreement, scope.Binding, scope.Instrument);
        var parties = DraftBuilder.Plural(scope.Party);
        var clauses = agreement.Clauses ?? AgreementClauses.None;
        var entry = agreement.EntryIntoForce switch
        {
            EntryIntoForce.OnDate d => new EntryIntoForceView(instrument, binding, parties, LegalText.Date(d.Date), false, null),
            EntryIntoForce.OnSignature => new EntryIntoForceView(instrument, binding, parties, null, true, null),
            EntryIntoForce.AfterNotifications n => new EntryIntoForceView(instrument, binding, parties, null, false, LegalText.Count(n.Days)),
            _ => new EntryIntoForceView(instrument, binding, parties, null, false, null),
        };

        // A model bound from text knows whether the source states a term; one built in code states all it holds.
        var durationStated = agreement.Clauses is null || clauses.Expiry is not null;
        var duration = agreement.Expiry switch
        {
            Expiry.OnDate d => new DurationView(instrument, binding, LegalText.Date(d.Date), null),
            Expiry.AfterTerm t => new DurationView(instrument, binding, null, LegalText.Duration(t.Term)),
            _ => new DurationView(instrument, binding, null, null),
        };

        // Withdrawal only where the source gives a notice period: a right of withdrawal the source does not
        // state must not appear (the check warns about a binding instrument without one, AGR207).
        var withdrawal = agreement.WithdrawalNotice is { } notice
            ? new WithdrawalView(instrument, binding, scope.Form == InstrumentForm.Contract, scope.Many, scope.Party, parties, LegalText.Duration(notice))
            : null;

        var provenance = scope.Provenance;
        return new FinalView(ClauseText.Of(scope, EntryIntoForceTemplate, entry), provenance.Mark(clauses.EntryIntoForce ?? agreement.Location),
            durationStated ? ClauseText.Of(scope, DurationTemplate, duration) : null, provenance.Mark(clauses.Expiry ?? (agreement.Clauses is null ? agreement.Location : null)),
            withdrawal is null ? null : ClauseText.Of(scope, WithdrawalTemplate, withdrawal), provenance.Mark(clauses.Withdrawal ?? agreement.Location));
    }
}
