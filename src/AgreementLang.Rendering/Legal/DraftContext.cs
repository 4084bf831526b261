using System.Collections.Immutable;

namespace AgreementLang.Rendering.Legal;

// What the wording templates see. Every figure is already in words and figures and every name already
// resolved, so a law firm that rewrites a template changes the wording, never the numbers. The property names
// are the template variables documented in docs/rendering.md.

/// <summary>The context of every wording template (preamble, articles, final provisions, closing).</summary>
public sealed record DraftContext(
    string Name,
    string Title,
    string Instrument,
    bool Binding,
    bool Bilateral,
    string Party,
    string Parties,
    string EachParty,
    string NoParty,
    string OtherParty,
    string AnyParty,
    string Shall,
    string ShallPlural,
    string ShallBe,
    string Will,
    string Between,
    string Copies,
    string PartiesFull,
    string PartiesTrace,
    ZoneView? Zone,
    string? Signed,
    string? Place,
    string SignedTrace,
    bool IsTreaty,
    bool IsPlurilateral,
    bool IsContract,
    string? UnderTitle,
    string UnderTrace,
    AnnexRefs Annex,
    ArticleRefs Article,
    ImmutableArray<DefinitionView> Definitions,
    ImmutableArray<FloorView> Floors,
    ImmutableArray<FloorView> Mechanisms,
    ImmutableArray<TariffView> Tariffs,
    ImmutableArray<ExportBanView> ExportDutyBans,
    ImmutableArray<ExportMeasureView> ExportMeasures,
    ImmutableArray<FinancingView> Financing,
    ImmutableArray<OfftakeView> Offtakes,
    ImmutableArray<OriginView> OriginRules,
    ImmutableArray<MfnView> MostFavouredNation,
    ImmutableArray<ObligationView> Obligations,
    ImmutableArray<ProvisionView> Provisions,
    FinalView Final)
{
    public bool HasAnnexes => Annex.Prices is not null || Annex.Tariffs is not null || Annex.Financing is not null || Annex.Origin is not null;

    public bool HasFinancingOrOfftake => Financing.Length > 0 || Offtakes.Length > 0;

    public bool HasPricesOrTariffs => Floors.Length > 0 || Tariffs.Length > 0;

    /// <summary>"free-trade area" or "customs union" when the instrument establishes one (<c>establishes …</c>).</summary>
    public string? Establishes { get; init; }

    /// <summary>The provenance marker of the <c>establishes</c> clause.</summary>
    public string EstablishesTrace { get; init; } = "";

    /// <summary>Whether a floor is kept at the zone's reference price: only then do headings speak of reference prices.</summary>
    public bool HasReferencePrices => Floors.Any(f => f.AtReferencePrice);
}

public sealed record ZoneView(string Name, string Title, string Trace);

/// <summary>"Annex I" and so on, or null when the draft has no such annex.</summary>
public sealed record AnnexRefs(string? Prices, string? Tariffs, string? Financing, string? Origin);

/// <summary>"Article 3" and so on for the articles that definitions and other articles point to.</summary>
public sealed record ArticleRefs(string? Floors, string? Mechanisms, string? Tariffs, string? Financing, string? Origin, string? FinalProvisions);

public sealed record DefinitionView(string Term, string Meaning, string Trace);

public sealed record FloorView(
    string Goods,
    bool AtReferencePrice,
    string? Price,
    string FloorTerm,
    string? From,
    string? For,
    bool IsAdjustableTariff,
    bool IsPriceGapPayment,
    bool IsMinimumImportPrice,
    string? Scope,
    string? Cap,
    string? Review,
    string? Beneficiary,
    string? PayerAtStart,
    string? Payer,
    string? PayerShall,
    string? Clawback,
    string Maintainer,
    string MaintainerShall,
    string Trace)
{
    /// <summary>The benchmark a price-gap payment is measured against ("the market price"), if stated.</summary>
    public string? Benchmark { get; init; }

    /// <summary>The payer's share of the gain above the floor, in words and figures, if stated.</summary>
    public string? UpsideShare { get; init; }

    /// <summary>The rate of the export tax that maintains the floor, in words and figures (null for other mechanisms).</summary>
    public string? ExportTax { get; init; }

    /// <summary>Whose markets the taxed exports go to ("to a Non-Member"), or null for every destination.</summary>
    public string? ExportScope { get; init; }
}

public sealed record TariffView(string Importer, string ImporterAtStart, string Exporter, string Goods, string Rate, bool DutyFree, string Staging, string? BaseRate, string Trace);

public sealed record ExportBanView(string Minerals, string Trace);

public sealed record ExportMeasureView(string Party, bool IsTax, string Goods, string? Tax, string? Quota, string Scope, string Trace);

public sealed record FinancingView(
    bool IsLoan,
    bool IsEquity,
    bool IsGrant,
    bool IsGuarantee,
    string Provider,
    string ProviderAtStart,
    string Recipient,
    string Amount,
    string? Rate,
    string? Term,
    string? Facility,
    string? Stake,
    string? Within,
    bool ProviderIsParty,
    string Trace)
{
    /// <summary>The instrument as the source names it ("convertible preferred equity"), if stated.</summary>
    public string? Instrument { get; init; }

    /// <summary>The conversion price per share, in words and figures, if stated.</summary>
    public string? ConversionPrice { get; init; }

    public bool HasWarrants { get; init; }

    /// <summary>The warrants' exercise price per share and term, each if stated.</summary>
    public string? ExercisePrice { get; init; }

    public string? WarrantTerm { get; init; }

    /// <summary>The use of proceeds in the negotiators' words, if stated.</summary>
    public string? UseOfProceeds { get; init; }
}

public sealed record OfftakeView(string Producer, string ProducerAtStart, string Buyer, string Goods, string? Share, string? Capacity, string? Volume, string? Period, bool PartiesBound, string Trace)
{
    /// <summary>The producer's guaranteed yearly earnings from this output, in words and figures, if stated.</summary>
    public string? EarningsFloor { get; init; }

    /// <summary>The yearly increase of <see cref="EarningsFloor"/>, if stated.</summary>
    public string? Escalator { get; init; }

    /// <summary>The buyer's name at the start of a sentence.</summary>
    public string? BuyerAtStart { get; init; }
}

public sealed record OriginView(string Goods, string Area, string Conditions, string Trace);

/// <summary>Most-favoured-nation treatment: <see cref="Grantor"/> (the other party or parties) accords it to
/// <see cref="Beneficiary"/>, the party the clause names.</summary>
public sealed record MfnView(string Grantor, string GrantorAtStart, bool SingleGrantor, string Beneficiary, string Goods, bool OnFloor, bool OnTariff, string Trace)
{
    /// <summary>What the clause excepts, as a phrase ("treatment accorded within a free-trade area …"), if anything.</summary>
    public string? Exceptions { get; init; }
}

/// <summary>A clause of the form in the negotiators' words (<c>provision governing-law "…"</c>), printed as written.</summary>
public sealed record ProvisionView(string Topic, string Text, string Trace);

public sealed record ObligationView(string Who, string Modal, string Text, string Deadline, string Trace);

/// <summary>The final provisions that come from the source's clauses (<c>…Trace</c> cites them); withdrawal is
/// null when the source states no withdrawal notice, since a draft must not grant a right the source does not.
/// The form's fixed wording (amendment, authentic texts) is in final-provisions.hbs, where a house style
/// overrides it.</summary>
public sealed record FinalView(
    string EntryIntoForce,
    string EntryIntoForceTrace,
    string? Duration,
    string DurationTrace,
    string? Withdrawal,
    string WithdrawalTrace);
