namespace AgreementLang.Rendering.Legal;

// What the clause templates see: each writes one phrase or sentence of an article from its facts, and what it
// writes becomes a variable of the article's template (final-provisions.withdrawal.hbs gives Final.Withdrawal,
// tariffs.staging.hbs each tariff's Staging). Figures arrive in words and figures, as everywhere.

/// <summary>When the instrument enters into force (<c>final-provisions.entry-into-force.hbs</c>): on
/// <see cref="Date"/>, on signature, some days after the parties' notifications (<see cref="NotificationDays"/>,
/// "sixty (60)"), or, with none of these, on a date still to be agreed.</summary>
public sealed record EntryIntoForceView(string Instrument, bool Binding, string Parties, string? Date, bool OnSignature, string? NotificationDays);

/// <summary>How long the instrument lasts (<c>final-provisions.duration.hbs</c>): until <see cref="Date"/>, for
/// <see cref="Term"/> from its entry into force, or, with neither, indefinitely. Made only when the source states
/// a duration.</summary>
public sealed record DurationView(string Instrument, bool Binding, string? Date, string? Term);

/// <summary>A party's right to withdraw (or, in a contract, to terminate) on <see cref="Notice"/>'s written notice
/// (<c>final-provisions.withdrawal.hbs</c>); made only when the source states a notice period.</summary>
public sealed record WithdrawalView(string Instrument, bool Binding, bool IsContract, bool Many, string Party, string Parties, string Notice);

/// <summary>When a tariff commitment applies (<c>tariffs.staging.hbs</c>): on entry into force, on
/// <see cref="Date"/>, or as the staging <see cref="Category"/> the source names.</summary>
public sealed record StagingView(string Instrument, bool Binding, bool AtEntryIntoForce, string? Date, string? Category);

/// <summary>An obligation's deadline (<c>obligations.deadline.hbs</c>): no later than <see cref="Date"/>, or
/// <see cref="Within"/> after signature (<see cref="AfterSignature"/>) or entry into force of this instrument or of
/// <see cref="OtherInstrument"/> ("the Framework between … (US-AU-2026)"), with the date that falls on
/// (<see cref="DueDate"/>) when the model knows it. Made only when the obligation has a deadline.</summary>
public sealed record DeadlineView(string Instrument, bool Binding, string? Date, string? Within, bool AfterSignature, string? OtherInstrument, string? DueDate);

/// <summary>How long an offtake runs, when the source says so (<c>offtake.period.hbs</c>): for <see cref="For"/>
/// from a stated <see cref="Start"/> or from entry into force (<see cref="FromEntryIntoForce"/>, or the later of it
/// and <see cref="LaterThan"/>, the capacity's start), or from <see cref="From"/> until <see cref="Until"/>.</summary>
public sealed record OfftakePeriodView(string Instrument, bool Binding, string? For, string? Start, bool FromEntryIntoForce, string? LaterThan, string? From, string? Until);
