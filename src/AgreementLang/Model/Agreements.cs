using System.Collections.Immutable;
using AgreementLang.Text;

namespace AgreementLang.Model;

public enum AgreementKind
{
    Bilateral,
    Plurilateral,
    Framework,
    Memorandum,
    ActionPlan,
}

public enum PartyRole
{
    Party,
    Chair,
    Observer,
    Guarantor,
    Lender,
    Borrower,
    Producer,
    Buyer,
}

public sealed record Party(string Code, string FullName, PartyRole Role, Location Location);

/// <summary>When an agreement enters into force.</summary>
public abstract record EntryIntoForce
{
    public sealed record OnDate(DateTime Date) : EntryIntoForce;

    public sealed record OnSignature : EntryIntoForce;

    /// <summary>A number of days after the parties notify each other of their internal procedures: the date
    /// is unknown when drafting, and at the earliest that many days after signature.</summary>
    public sealed record AfterNotifications(int Days) : EntryIntoForce;

    public sealed record Unstated : EntryIntoForce;
}

/// <summary>When an agreement ends.</summary>
public abstract record Expiry
{
    public sealed record OnDate(DateTime Date) : Expiry;

    public sealed record AfterTerm(Duration Term) : Expiry;

    public sealed record Indefinite : Expiry;
}

/// <summary>An agreement (or, for non-binding kinds, an arrangement between participants).</summary>
public sealed record Agreement(
    string Name,
    string Title,
    AgreementKind Kind,
    bool Binding,
    string? Zone,
    string? Under,
    DateTime? Signed,
    string? Place,
    EntryIntoForce EntryIntoForce,
    Expiry Expiry,
    Duration? WithdrawalNotice,
    ImmutableArray<Party> Parties,
    ImmutableArray<AgreementTerm> Terms,
    ImmutableArray<ExchangeRate> ExchangeRates,
    Location Location,
    AgreementClauses? Clauses = null)
{
    /// <summary>The earliest date on which the agreement can be in force (null if it cannot be known).</summary>
    public DateTime? EffectiveFrom => EntryIntoForce switch
    {
        EntryIntoForce.OnDate d => d.Date,
        EntryIntoForce.OnSignature => Signed,
        EntryIntoForce.AfterNotifications n => Signed is { } signed ? Dates.AddDays(signed, n.Days) : null,
        _ => Signed,
    };

    /// <summary>The last day of the agreement (null when indefinite or not computable).</summary>
    public DateTime? EffectiveUntil => Expiry switch
    {
        Expiry.OnDate d => d.Date,
        Expiry.AfterTerm t when EffectiveFrom is { } from => t.Term.LastDayFrom(from),
        _ => null,
    };

    public Period Period => new(EffectiveFrom, EffectiveUntil);

    /// <summary>The free-trade area or customs union the agreement establishes (<c>establishes free-trade area</c>),
    /// which a most-favoured-nation clause may except (<see cref="MfnExceptions"/>).</summary>
    public TradeArea Establishes { get; init; } = TradeArea.None;

    public bool HasParty(string code)
    {
        // A loop, not Any: the checks and every draft ask this per clause, and a lambda capturing the code
        // allocates a closure and a delegate on each call.
        foreach (var party in Parties)
        {
            if (party.Code == code)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Where the agreement states its identity and life: the clause of each, or null when the source has
/// none (or the model was not bound from a text). Drafts cite them as the source of their final provisions.</summary>
public sealed record AgreementClauses(
    Location? Kind,
    Location? Binding,
    Location? Zone,
    Location? Under,
    Location? Signed,
    Location? EntryIntoForce,
    Location? Expiry,
    Location? Withdrawal)
{
    public static readonly AgreementClauses None = new(null, null, null, null, null, null, null, null);

    /// <summary>The <c>establishes free-trade area</c> (or customs union) clause, if any.</summary>
    public Location? Establishes { get; init; }
}

/// <summary>An amendment: its terms replace, from its date, the terms of the same kind and key in the
/// amended agreement (a term with no counterpart is added), and its <see cref="Removals"/> delete terms.</summary>
public sealed record Amendment(
    string Name,
    string Title,
    string Amends,
    DateTime From,
    DateTime? Signed,
    ImmutableArray<AgreementTerm> Terms,
    Location Location)
{
    /// <summary>The clauses the amendment deletes from the amended agreement (<c>remove floor NdPr oxide</c>),
    /// in source order.</summary>
    public ImmutableArray<Removal> Removals { get; init; } = ImmutableArray<Removal>.Empty;

    /// <summary>The parties the amendment adds (<c>party KR "…"</c>), parties of the amended agreement from the
    /// amendment's date and only from then; one with the code of an existing party restates its name and role.</summary>
    public ImmutableArray<Party> Parties { get; init; } = ImmutableArray<Party>.Empty;
}
