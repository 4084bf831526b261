using AgreementLang.Diagnostics;
using AgreementLang.Text;

namespace AgreementLang.Syntax;

/// <summary>One line of a block: a clause starts with its keyword and ends at the end of its line.</summary>
public abstract record ClauseSyntax(TextSpan Span) : SyntaxNode(Span);

/// <summary><c>members</c>, <c>non-market</c>, <c>excluded</c> or <c>foreign entity</c> with a list of codes.</summary>
public sealed record PartyListClause(NameSyntax Keyword, IReadOnlyList<NameSyntax> Codes, TextSpan Span) : ClauseSyntax(Span);

public sealed record ReferencePriceClause(MineralStageSyntax Subject, PriceSyntax Price, ValiditySyntax Validity,
    NameSyntax? Review, TextSpan Span) : ClauseSyntax(Span);

public sealed record ExchangeRateClause(MoneySyntax From, MoneySyntax To, ValiditySyntax? Validity, TextSpan Span)
    : ClauseSyntax(Span);

public sealed record FacilityLoanClause(NameSyntax Lender, MoneySyntax Amount, RateSyntax? Rate, DurationSyntax Tenor,
    TextSpan Span) : ClauseSyntax(Span);

public sealed record PrivateCapitalClause(MoneySyntax Amount, TextSpan Span) : ClauseSyntax(Span);

public sealed record CapacityClause(MineralStageSyntax Subject, QuantitySyntax Quantity, ValiditySyntax Validity,
    TextSpan Span) : ClauseSyntax(Span);

public sealed record HoldingClause(MineralStageSyntax Subject, QuantitySyntax Quantity, TextSpan Span) : ClauseSyntax(Span);

/// <summary>A stockpile release rule; a null price means "not below floor", or "market price" when <see cref="AtMarketPrice"/>.</summary>
public sealed record ReleaseClause(MineralStageSyntax Subject, PriceSyntax? Price, TextSpan Span, bool AtMarketPrice = false) : ClauseSyntax(Span);

public sealed record MineralStageLineClause(NameSyntax Stage, IReadOnlyList<NameSyntax> HsCodes, TextSpan Span)
    : ClauseSyntax(Span);

public sealed record KindClause(NameSyntax Kind, TextSpan Span) : ClauseSyntax(Span);

public sealed record BindingClause(bool Binding, TextSpan Span) : ClauseSyntax(Span);

public sealed record ZoneRefClause(NameSyntax Zone, TextSpan Span) : ClauseSyntax(Span);

public sealed record UnderClause(NameSyntax Instrument, TextSpan Span) : ClauseSyntax(Span);

public sealed record SignedClause(DateSyntax Date, StringSyntax? Place, TextSpan Span) : ClauseSyntax(Span);

/// <summary>Entry into force: a date, on signature, or a number of days after notifications.</summary>
public sealed record InForceClause(DateSyntax? Date, bool OnSignature, NumberSyntax? DaysAfterNotifications, TextSpan Span)
    : ClauseSyntax(Span);

/// <summary>Expiry: a date, a term, or indefinite (both null).</summary>
public sealed record ExpiryClause(DateSyntax? Date, DurationSyntax? Term, TextSpan Span) : ClauseSyntax(Span);

public sealed record WithdrawalClause(DurationSyntax Notice, TextSpan Span) : ClauseSyntax(Span);

public sealed record PartyClause(NameSyntax Code, StringSyntax FullName, NameSyntax? Role, TextSpan Span) : ClauseSyntax(Span);

/// <summary>A price floor; a null price means "at reference price".</summary>
public sealed record FloorClause(MineralStageSyntax Subject, PriceSyntax? Price, TermSyntax? Term,
    IReadOnlyList<ClauseSyntax> Body, TextSpan Span) : ClauseSyntax(Span);

/// <summary>How a floor is maintained: adjustable tariff, price-gap payment or minimum import price. A price-gap payment
/// may name the benchmark it is measured against (<see cref="Against"/>: "market price", or an index in quotes as a
/// <see cref="StringSyntax"/>) and the payer's share of the upside.</summary>
public sealed record MechanismClause(NameSyntax Kind, ScopeSyntax? Scope, NameSyntax? Beneficiary,
    PercentSyntax? Clawback, TextSpan Span, SyntaxNode? Against = null, PercentSyntax? UpsideShare = null, PercentSyntax? ExportTax = null)
    : ClauseSyntax(Span);

public sealed record TariffCapClause(PercentSyntax Cap, TextSpan Span) : ClauseSyntax(Span);

public sealed record ReviewClause(NameSyntax Period, TextSpan Span) : ClauseSyntax(Span);

/// <summary>Staging: <c>from entry into force</c>, <c>from</c> a date, or a staging category.</summary>
public sealed record StagingSyntax(DateSyntax? From, NameSyntax? Category, TextSpan Span) : SyntaxNode(Span);

public sealed record TariffClause(NameSyntax Exporter, NameSyntax Importer, MineralStageSyntax Subject, NameSyntax? Line,
    RateSyntax Rate, RateSyntax? Base, StagingSyntax Staging, TextSpan Span) : ClauseSyntax(Span);

public sealed record ExportDutyBanClause(IReadOnlyList<NameSyntax> Minerals, TextSpan Span) : ClauseSyntax(Span);

/// <summary>An export tax (percentage) or quota (quantity per year) a party applies.</summary>
public sealed record ExportMeasureClause(NameSyntax Kind, NameSyntax Party, MineralStageSyntax Subject,
    PercentSyntax? Tax, QuantitySyntax? Quota, ScopeSyntax? Scope, TextSpan Span) : ClauseSyntax(Span);

/// <summary>A financing clause (loan, equity, grant or guarantee) and the block of its further terms.</summary>
public abstract record FinancingClauseSyntax(TextSpan Span) : ClauseSyntax(Span)
{
    /// <summary>The clauses of its block: instrument, conversion price, warrants, use of proceeds.</summary>
    public IReadOnlyList<ClauseSyntax> Body { get; init; } = Array.Empty<ClauseSyntax>();
}

public sealed record LoanClause(NameSyntax Lender, NameSyntax Borrower, CommitmentSyntax Amount, RateSyntax? Rate,
    DurationSyntax Tenor, ValiditySyntax? Validity, TextSpan Span) : FinancingClauseSyntax(Span);

public sealed record EquityClause(NameSyntax Investor, NameSyntax Investee, CommitmentSyntax Amount, PercentSyntax? Stake,
    TextSpan Span) : FinancingClauseSyntax(Span);

public sealed record GrantClause(NameSyntax Grantor, NameSyntax Grantee, CommitmentSyntax Amount, DurationSyntax? Within,
    TextSpan Span) : FinancingClauseSyntax(Span);

public sealed record GuaranteeClause(NameSyntax Guarantor, NameSyntax Beneficiary, CommitmentSyntax Amount,
    DurationSyntax? Tenor, TextSpan Span) : FinancingClauseSyntax(Span);

/// <summary>Offtake (a share of capacity) or a volume guarantee (a quantity per year), with the earnings floor the
/// buyer guarantees, if any.</summary>
public sealed record OfftakeClause(NameSyntax Producer, NameSyntax Buyer, PercentSyntax? Share, QuantitySyntax? Volume,
    MineralStageSyntax Subject, TermSyntax Term, TextSpan Span, EarningsFloorSyntax? Earnings = null) : ClauseSyntax(Span);

/// <summary>"escalator 2% per year" inside an earnings floor.</summary>
public sealed record Escalation(PercentSyntax Percent, TextSpan Span) : SyntaxNode(Span);

/// <summary><c>earnings floor USD 140 million per year escalator 2% per year</c>.</summary>
public sealed record EarningsFloorSyntax(MoneySyntax PerYear, PercentSyntax? Escalator, TextSpan Span) : SyntaxNode(Span);

/// <summary><c>establishes free-trade area</c> or <c>establishes customs union</c>.</summary>
public sealed record EstablishesClause(NameSyntax Area, TextSpan Span) : ClauseSyntax(Span);

/// <summary>One criterion of origin: zone content, change of heading, consigned-from, or foreign-entity cap.
/// <see cref="Valuation"/> is the method a zone-content test is calculated by ("transaction value" or "net cost"),
/// null when the clause states none; <see cref="Alternative"/> marks a member of the rule's either/or group
/// (criteria joined by <c>or</c>), of which one suffices.</summary>
public sealed record OriginCriterionSyntax(NameSyntax Kind, PercentSyntax? Percent, TextSpan Span, NameSyntax? Valuation = null,
    bool Alternative = false) : SyntaxNode(Span);

public sealed record OriginClause(MineralStageSyntax Subject, IReadOnlyList<OriginCriterionSyntax> Criteria, TextSpan Span)
    : ClauseSyntax(Span);

/// <summary>A most-favoured-nation clause; <see cref="Exceptions"/> lists what follows <c>except</c>: "free-trade
/// areas", "customs unions" or agreement identifiers, in the order written.</summary>
public sealed record MostFavouredNationClause(NameSyntax Beneficiary, NameSyntax Mineral, NameSyntax? Stage,
    NameSyntax Subject, TextSpan Span, IReadOnlyList<NameSyntax>? Exceptions = null) : ClauseSyntax(Span);

/// <summary><c>provision governing-law "…"</c>: a clause of the instrument's form, in the negotiators' words.</summary>
public sealed record ProvisionClause(NameSyntax Topic, StringSyntax Text, TextSpan Span) : ClauseSyntax(Span);

/// <summary>An obligation; a null <see cref="Deadline"/> means it states none.</summary>
public sealed record ObligationClause(IReadOnlyList<NameSyntax> Parties, StringSyntax Text, DeadlineSyntax? Deadline,
    TextSpan Span) : ClauseSyntax(Span);

/// <summary><c>remove</c> and the key of a clause, inside an amendment: the kind ("floor", "tariff", "export
/// duties", "export tax", "export quota", "loan", "equity", "grant", "guarantee", "offtake", "origin", "most
/// favoured nation", "obligation") and the parts of the key that kind has. <see cref="Names"/> holds the codes
/// and names in the order written (exporter and importer; party; lender and borrower; producer and buyer;
/// beneficiary and "floor" or "tariff"; the parties of an obligation).</summary>
public sealed record RemoveClause(NameSyntax Kind, IReadOnlyList<NameSyntax> Names, MineralStageSyntax? Subject, NameSyntax? Line,
    NameSyntax? Mineral, NameSyntax? Stage, StringSyntax? Text, TextSpan Span) : ClauseSyntax(Span);
