namespace AgreementLang.Rendering.Legal;

// What the templates of the final clauses see (final-provisions.entry-into-force.hbs, …duration.hbs,
// …withdrawal.hbs). Each writes one sentence, which becomes Final.EntryIntoForce, Final.Duration or
// Final.Withdrawal of final-provisions.hbs; the figures arrive in words and figures, as everywhere.

/// <summary>When the instrument enters into force: on <see cref="Date"/>, on signature, some days after the
/// parties' notifications (<see cref="NotificationDays"/>, "sixty (60)"), or, with none of these, on a date still
/// to be agreed.</summary>
public sealed record EntryIntoForceView(string Instrument, bool Binding, string Parties, string? Date, bool OnSignature, string? NotificationDays);

/// <summary>How long the instrument lasts: until <see cref="Date"/>, for <see cref="Term"/> from its entry into
/// force, or, with neither, indefinitely. Made only when the source states a duration.</summary>
public sealed record DurationView(string Instrument, bool Binding, string? Date, string? Term);

/// <summary>A party's right to withdraw (or, in a contract, to terminate) on <see cref="Notice"/>'s written notice;
/// made only when the source states a notice period.</summary>
public sealed record WithdrawalView(string Instrument, bool Binding, bool IsContract, bool Many, string Party, string Parties, string Notice);
