using System.Collections.Immutable;
using AgreementLang.Catalog;
using AgreementLang.Text;

namespace AgreementLang.Model;

/// <summary>A mineral at a production stage, with the stage's level in the chain (ore → component).</summary>
public sealed record MineralStage(string Mineral, string Stage, StageLevel Level)
{
    public override string ToString() => Mineral + " " + Stage;
}

/// <summary>A preferential zone.</summary>
public sealed record Zone(
    string Name,
    string? Title,
    ImmutableArray<string> Members,
    ImmutableArray<string> NonMarket,
    ImmutableArray<string> Excluded,
    ImmutableArray<string> ForeignEntities,
    ImmutableArray<ReferencePrice> ReferencePrices,
    ImmutableArray<ExchangeRate> ExchangeRates,
    Location Location)
{
    /// <summary>Every code the zone lists, with its status and the place it is listed, in source order: the
    /// conflict checks point at the listing itself, not only at the zone.</summary>
    public ImmutableArray<ZoneListing> Listings { get; init; } = ImmutableArray<ZoneListing>.Empty;

    /// <summary>The share of a producer at or above which an owner that is a foreign entity of concern bars it
    /// from the zone's preferences (<c>foreign entity threshold 25%</c>); null when the zone states none, and the
    /// check then uses <see cref="UsualForeignEntityThreshold"/>.</summary>
    public Percentage? ForeignEntityThreshold { get; init; }

    /// <summary>25%: the usual threshold of "foreign entity of concern" rules (votes, board seats or equity held
    /// by a covered government, as in the IRA section 30D guidance).</summary>
    public static readonly Percentage UsualForeignEntityThreshold = new(25m);
}

/// <summary>How a zone lists a party.</summary>
public enum ZoneStatus
{
    Member,
    NonMarket,
    Excluded,
    ForeignEntity,
}

/// <summary>One code in one of a zone's lists (<c>members</c>, <c>non-market</c>, <c>excluded</c>,
/// <c>foreign entity</c>).</summary>
public sealed record ZoneListing(string Code, ZoneStatus Status, Location Location);

/// <summary>A zone's reference price for a mineral and stage.</summary>
public sealed record ReferencePrice(MineralStage Subject, UnitPrice Price, Period Validity, ReviewPeriod? Review, Location Location);

/// <summary>An exchange-rate assumption: <c>From</c> is worth <c>To</c>.</summary>
public sealed record ExchangeRate(Money From, Money To, Period Validity, Location Location)
{
    /// <summary>Units of <c>To</c>'s currency per unit of <c>From</c>'s.</summary>
    public decimal Rate => Arithmetic.Divide(To.Amount, From.Amount);
}

/// <summary>A financing facility with a cap (Project Vault).</summary>
public sealed record Facility(
    string Name,
    string? Title,
    Money Cap,
    Period Validity,
    ImmutableArray<FacilitySource> Sources,
    Location Location)
{
    /// <summary>Participants and agents the facility names, in source order.</summary>
    public ImmutableArray<FacilityParticipant> Participants { get; init; } = ImmutableArray<FacilityParticipant>.Empty;

    /// <summary>False when a source the declaration states could not be bound (an invalid amount, AGR117): the
    /// sources are then not all known, and their sum is not compared with the cap.</summary>
    public bool AllSourcesBound { get; init; } = true;
}

public enum FacilitySourceKind
{
    Loan,
    PrivateCapital,
}

/// <summary>Where a facility's money comes from.</summary>
public sealed record FacilitySource(FacilitySourceKind Kind, string? Lender, Money Amount, Rate? Rate, Duration? Tenor, Location Location);

/// <summary>A producer and its capacities.</summary>
public sealed record Producer(string Name, string Title, string Country, ImmutableArray<Capacity> Capacities, Location Location)
{
    /// <summary>Who owns what share of the producer, and from when, in source order.</summary>
    public ImmutableArray<Ownership> Owners { get; init; } = ImmutableArray<Ownership>.Empty;
}

/// <summary>Yearly capacity for a mineral and stage over a period.</summary>
public sealed record Capacity(MineralStage Subject, Quantity PerYear, Period Validity, Location Location);

/// <summary>An entity that lends, invests, participates or buys without being a party: a public body declared with
/// <c>institution</c> (EXIM, the Department of Defense), or any other entity declared with <c>entity … as</c> a
/// kind (a private lender, a facility's agent, a buyer from a stockpile). One record for both, so that every clause
/// that may name an institution may name any entity.</summary>
public sealed record Institution(string Name, string Title, string Country, Location Location)
{
    public EntityKind Kind { get; init; } = EntityKind.PublicBody;
}

/// <summary>A stockpile, its holdings and its release rules.</summary>
public sealed record Stockpile(
    string Name,
    string Title,
    string Holder,
    string? Zone,
    ImmutableArray<Holding> Holdings,
    ImmutableArray<ReleaseRule> Releases,
    Location Location)
{
    /// <summary>The entities entitled to buy from the stockpile, in source order.</summary>
    public ImmutableArray<StockpileBuyer> Buyers { get; init; } = ImmutableArray<StockpileBuyer>.Empty;
}

public sealed record Holding(MineralStage Subject, Quantity Quantity, Location Location);

/// <summary>A release rule; a null minimum price means never below the zone's floor, unless <see cref="AtMarketPrice"/>:
/// sales at the market price of the day, a market-linked figure no check can compare with a floor.</summary>
public sealed record ReleaseRule(MineralStage Subject, UnitPrice? MinimumPrice, Location Location, bool AtMarketPrice = false);

/// <summary>A mineral declared in a file because the catalogue lacks it.</summary>
public sealed record DeclaredMineral(string Code, string Name, ImmutableArray<DeclaredStage> Stages, Location Location);

public sealed record DeclaredStage(string Stage, ImmutableArray<string> HsCodes, Location Location);

/// <summary>A national tariff line (8–10 digits) for a mineral and stage.</summary>
public sealed record NationalLine(string Country, string Code, string Description, MineralStage Subject, Location Location);
