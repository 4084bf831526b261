using System.Collections.Immutable;
using AgreementLang.Text;

namespace AgreementLang.Model;

/// <summary>What an entity that is not a party is: a public body (what <c>institution</c> declares), a private
/// lender or investor, a participant in or agent of a facility, a co-funder, a buyer from a stockpile, or a
/// company. The kind says how drafts and schedules describe the entity; it never makes it a party.</summary>
public enum EntityKind
{
    PublicBody,
    Lender,
    Investor,
    Participant,
    Agent,
    CoFunder,
    Buyer,
    Company,
}

public static class EntityKinds
{
    /// <summary>The words of the language, in the order of <see cref="EntityKind"/>.</summary>
    public static readonly IReadOnlyList<string> Words =
        ["public-body", "lender", "investor", "participant", "agent", "co-funder", "buyer", "company"];

    public static string Word(EntityKind kind) => Words[(int)kind];

    public static EntityKind? Parse(string word)
    {
        for (var i = 0; i < Words.Count; i++)
        {
            if (Words[i] == word)
            {
                return (EntityKind)i;
            }
        }

        return null;
    }
}

/// <summary>A share of a producer held by an owner (a country, or a declared entity with its country) over a
/// period: <c>owned 15% by DOD from 2025-07-10</c>. The owner's country decides whether it is a foreign entity of
/// concern of a zone (AGR314).</summary>
public sealed record Ownership(string Owner, Percentage Share, Period Validity, Location Location);

/// <summary>A participant in a facility, or its agent (who procures or administers for it).</summary>
public sealed record FacilityParticipant(string Name, bool Agent, Location Location);

/// <summary>An entity entitled to buy from a stockpile.</summary>
public sealed record StockpileBuyer(string Name, Location Location);
