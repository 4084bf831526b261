using System.Collections.Immutable;
using AgreementLang.Text;

namespace AgreementLang.Model;

/// <summary>A substantive term of an agreement, in force over <see cref="Period"/> (the clause's own dates, or
/// the agreement's).</summary>
public abstract record AgreementTerm(Period Period, Location Location)
{
    /// <summary>What an amendment's term must share with an earlier one to replace it.</summary>
    public abstract string Key { get; }

    /// <summary>Calls the visitor's method for this kind of term (see <see cref="ITermVisitor{TResult}"/>).</summary>
    public abstract TResult Accept<TResult>(ITermVisitor<TResult> visitor);
}

/// <summary>An interest or duty rate: a percentage, a specific amount per unit, or a benchmark plus a margin.</summary>
public sealed record Rate(Percentage? Percent, UnitPrice? Specific, string? Benchmark)
{
    public override string ToString() =>
        Benchmark is not null ? Benchmark + " + " + Percent : Specific?.ToString() ?? Percent?.ToString() ?? "";
}

public enum ScopeKind
{
    NonMembers,
    All,
    Listed,
}

/// <summary>Whose imports or exports a measure covers.</summary>
public sealed record Scope(ScopeKind Kind, ImmutableArray<string> Codes)
{
    public static readonly Scope All = new(ScopeKind.All, ImmutableArray<string>.Empty);

    public override string ToString() => Kind switch
    {
        ScopeKind.NonMembers => "non-members",
        ScopeKind.All => "all",
        _ => string.Join(", ", Codes),
    };
}

public enum FloorMechanismKind
{
    None,
    AdjustableTariff,
    PriceGapPayment,
    MinimumImportPrice,
    ExportTax,
}

/// <summary>How a floor is maintained. A price-gap payment may be measured <see cref="Against"/> a named
/// benchmark (the market price, or an index), and the payer may take <see cref="UpsideShare"/> of the gain when
/// the benchmark is above the floor (MP Materials: 30%). An export tax (<see cref="ExportTaxRate"/>) is levied by the
/// exporting party on exports below the floor; its <see cref="Scope"/> is whose markets the exports go to.</summary>
public sealed record FloorMechanism(FloorMechanismKind Kind, Scope? Scope, string? Beneficiary, Percentage? Clawback,
    Benchmark? Against = null, Percentage? UpsideShare = null, Percentage? ExportTaxRate = null);

/// <summary>A market-linked price: "market price" (<see cref="Index"/> null) or a named index as the instrument
/// names it. It has no figure of its own, so no check compares it as a number.</summary>
public sealed record Benchmark(string? Index)
{
    public static readonly Benchmark MarketPrice = new((string?)null);

    public bool IsMarketPrice => Index is null;

    public override string ToString() => Index ?? "market price";
}

/// <summary>A guaranteed minimum of the producer's yearly earnings from an offtake (MP Materials' 10X plant:
/// USD 140 million a year), raised each year by <see cref="AnnualEscalator"/> when stated.</summary>
public sealed record EarningsFloor(Money PerYear, Percentage? AnnualEscalator);

/// <summary>A price floor. <see cref="Price"/> is the stated price, or the zone's reference price when
/// <see cref="AtReferencePrice"/> (null if the zone has none).</summary>
public sealed record Floor(
    MineralStage Subject,
    bool AtReferencePrice,
    UnitPrice? Price,
    FloorMechanism Mechanism,
    Percentage? TariffCap,
    ReviewPeriod? Review,
    Duration? For,
    Period Period,
    Location Location) : AgreementTerm(Period, Location)
{
    public override string Key => TermKeys.Floor(Subject);

    public override TResult Accept<TResult>(ITermVisitor<TResult> visitor) => visitor.Visit(this);
}

public enum StagingKind
{
    EntryIntoForce,
    Date,
    Category,
}

public sealed record Staging(StagingKind Kind, DateTime? From, string? Category)
{
    public override string ToString() => Kind switch
    {
        StagingKind.EntryIntoForce => "EIF",
        StagingKind.Date => Dates.Iso(From!.Value),
        _ => Category ?? "",
    };
}

/// <summary>A tariff commitment of an importer on goods from an exporter.</summary>
public sealed record TariffCommitment(
    string Exporter,
    string Importer,
    MineralStage Subject,
    string? Line,
    Rate Rate,
    Rate? BaseRate,
    Staging Staging,
    Period Period,
    Location Location) : AgreementTerm(Period, Location)
{
    public override string Key => TermKeys.Tariff(Exporter, Importer, Subject, Line);

    public override TResult Accept<TResult>(ITermVisitor<TResult> visitor) => visitor.Visit(this);
}

/// <summary>No export duties between the agreement's parties on these minerals.</summary>
public sealed record ExportDutyBan(ImmutableArray<string> Minerals, ImmutableArray<string> Parties, Period Period, Location Location)
    : AgreementTerm(Period, Location)
{
    public override string Key => TermKeys.ExportDutyBan;

    public override TResult Accept<TResult>(ITermVisitor<TResult> visitor) => visitor.Visit(this);
}

public enum ExportMeasureKind
{
    Tax,
    Quota,
}

/// <summary>An export tax or quota a party applies.</summary>
public sealed record ExportMeasure(
    ExportMeasureKind Kind,
    string Party,
    MineralStage Subject,
    Percentage? Tax,
    Quantity? QuotaPerYear,
    Scope Scope,
    Period Period,
    Location Location) : AgreementTerm(Period, Location)
{
    public override string Key => TermKeys.ExportMeasure(Kind, Party, Subject);

    public override TResult Accept<TResult>(ITermVisitor<TResult> visitor) => visitor.Visit(this);
}

/// <summary>A loan; <see cref="Facility"/> names the facility it is drawn from, if any.</summary>
public sealed record Loan(
    string Lender,
    string Borrower,
    CommittedAmount Amount,
    Rate? Rate,
    Duration Tenor,
    string? Facility,
    Period Period,
    Location Location) : AgreementTerm(Period, Location)
{
    /// <summary>Instrument, conversion price, warrants and use of proceeds, as stated.</summary>
    public FinancingTerms Terms { get; init; } = FinancingTerms.None;

    public override string Key => TermKeys.Loan(Lender, Borrower);

    public override TResult Accept<TResult>(ITermVisitor<TResult> visitor) => visitor.Visit(this);
}

public sealed record EquityStake(string Investor, string Investee, CommittedAmount Amount, Percentage? Stake, Period Period, Location Location)
    : AgreementTerm(Period, Location)
{
    /// <summary>Instrument, conversion price, warrants and use of proceeds, as stated.</summary>
    public FinancingTerms Terms { get; init; } = FinancingTerms.None;

    public override string Key => TermKeys.Equity(Investor, Investee);

    public override TResult Accept<TResult>(ITermVisitor<TResult> visitor) => visitor.Visit(this);
}

public sealed record Grant(string Grantor, string Grantee, CommittedAmount Amount, Duration? Within, Period Period, Location Location)
    : AgreementTerm(Period, Location)
{
    /// <summary>Instrument, conversion price, warrants and use of proceeds, as stated.</summary>
    public FinancingTerms Terms { get; init; } = FinancingTerms.None;

    public override string Key => TermKeys.Grant(Grantor, Grantee);

    public override TResult Accept<TResult>(ITermVisitor<TResult> visitor) => visitor.Visit(this);
}

public sealed record Guarantee(string Guarantor, string Beneficiary, CommittedAmount Amount, Duration? Tenor, Period Period, Location Location)
    : AgreementTerm(Period, Location)
{
    /// <summary>Instrument, conversion price, warrants and use of proceeds, as stated.</summary>
    public FinancingTerms Terms { get; init; } = FinancingTerms.None;

    public override string Key => TermKeys.Guarantee(Guarantor, Beneficiary);

    public override TResult Accept<TResult>(ITermVisitor<TResult> visitor) => visitor.Visit(this);
}

/// <summary>Offtake of a share of a producer's capacity, or a volume guarantee of a quantity per year.
/// <see cref="For"/> is the duration the clause states (<c>for 10 years</c>), null when it states its dates
/// instead. With a duration, <see cref="Period"/> starts on the later of the agreement's (or amendment's) start
/// and the first day the producer has capacity for the subject, and lasts that duration; with dates, it is
/// those dates. <see cref="Earnings"/> is the earnings floor the buyer guarantees the producer on this output,
/// if the clause states one.</summary>
public sealed record Offtake(
    string Producer,
    string Buyer,
    MineralStage Subject,
    Percentage? Share,
    Quantity? VolumePerYear,
    Duration? For,
    Period Period,
    Location Location,
    EarningsFloor? Earnings = null) : AgreementTerm(Period, Location)
{
    public override string Key => TermKeys.Offtake(Producer, Buyer, Subject);

    public override TResult Accept<TResult>(ITermVisitor<TResult> visitor) => visitor.Visit(this);
}

/// <summary>A rule of origin for a mineral and stage. The criteria in the fields all apply; <see cref="Valuation"/>
/// is the method <see cref="ZoneContent"/> is calculated by (null: the rule states none); <see cref="Alternatives"/>
/// is the rule's either/or group (null: it has none), which is met when any one of its criteria is met.</summary>
public sealed record OriginRule(
    MineralStage Subject,
    Percentage? ZoneContent,
    bool ChangeOfTariffHeading,
    bool ConsignedFromMembersOnly,
    Percentage? ForeignEntityBelow,
    Period Period,
    Location Location,
    OriginValuation? Valuation = null,
    OriginAlternatives? Alternatives = null) : AgreementTerm(Period, Location)
{
    public override string Key => TermKeys.Origin(Subject);

    public override TResult Accept<TResult>(ITermVisitor<TResult> visitor) => visitor.Visit(this);
}

public enum MfnSubject
{
    Floor,
    Tariff,
}

/// <summary>Most-favoured-nation treatment for a beneficiary on floors or tariffs for a mineral (and stage), with
/// the exceptions the clause states (<see cref="MfnExceptions.None"/> when it states none).</summary>
public sealed record MostFavouredNation(string Beneficiary, string Mineral, string? Stage, MfnSubject Subject, Period Period, Location Location,
    MfnExceptions? Exceptions = null)
    : AgreementTerm(Period, Location)
{
    public override string Key => TermKeys.MostFavouredNation(Beneficiary, Mineral, Stage, Subject);

    public override TResult Accept<TResult>(ITermVisitor<TResult> visitor) => visitor.Visit(this);
}

public enum ProvisionTopic
{
    GoverningLaw,
    DisputeResolution,
    Assignment,
    Confidentiality,
    Appropriations,
    Depositary,
    Accession,
}

public static class ProvisionTopics
{
    /// <summary>The words of the language, in the order of <see cref="ProvisionTopic"/>.</summary>
    public static readonly System.Collections.Generic.IReadOnlyList<string> Words =
        ["governing-law", "dispute-resolution", "assignment", "confidentiality", "appropriations", "depositary", "accession"];

    public static string Word(ProvisionTopic topic) => Words[(int)topic];

    public static ProvisionTopic? Parse(string word)
    {
        for (var i = 0; i < Words.Count; i++)
        {
            if (Words[i] == word)
            {
                return (ProvisionTopic)i;
            }
        }

        return null;
    }
}

/// <summary>A clause of the instrument's form stated in the negotiators' own words (governing law, dispute
/// resolution, a depositary…): drafts print the text as written, and the checks know which the form needs.</summary>
public sealed record StatedProvision(ProvisionTopic Topic, string Text, Period Period, Location Location) : AgreementTerm(Period, Location)
{
    public override string Key => TermKeys.Provision(Topic);

    public override TResult Accept<TResult>(ITermVisitor<TResult> visitor) => visitor.Visit(this);
}

/// <summary>What a deadline counts from. <see cref="None"/>: the obligation states no deadline.</summary>
public enum DeadlineAnchor
{
    Date,
    Signature,
    EntryIntoForce,
    None,
}

/// <summary>An obligation, with a deadline or none; <see cref="DueDate"/> is null when it cannot be computed (a
/// deadline relative to an entry into force that depends on notifications, or to another instrument's date,
/// which the checks resolve). <see cref="AnchorInstrument"/> names the other instrument whose signature or entry
/// into force the deadline counts from ("within 90 days of entry into force of US-AU-2026"); null when it counts
/// from this agreement's own dates.</summary>
public sealed record Obligation(
    ImmutableArray<string> Parties,
    string Text,
    DeadlineAnchor Anchor,
    Duration? Within,
    DateTime? DueDate,
    Period Period,
    Location Location,
    string? AnchorInstrument = null) : AgreementTerm(Period, Location)
{
    public override string Key => TermKeys.Obligation(Parties, Text);

    public override TResult Accept<TResult>(ITermVisitor<TResult> visitor) => visitor.Visit(this);
}
