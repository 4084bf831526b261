using System.Collections.Immutable;

namespace AgreementLang.Rendering.Report;

// The figures of the zone report, as `agr report --format json` writes them (docs/schemas/report.schema.json) and
// as the HTML draws them. Every figure names the source it was read from ("path:line"); nothing here is computed
// that the model or the diagnostics do not hold, except sums and conversions by the rates the sources declare.

/// <summary>The whole report: the date it is drawn as of (null: every term as written), and one list per section.</summary>
public sealed record ZoneReport(
    string? AsOf,
    int Files,
    ImmutableArray<FloorMatrix> Floors,
    ImmutableArray<TariffMatrix> Tariffs,
    ImmutableArray<FacilityUse> Facilities,
    ImmutableArray<PartyFinancing> Financing,
    ImmutableArray<ProducerVolumes> Volumes,
    ImmutableArray<TimelineRow> Timeline,
    ConflictGraph Conflicts,
    ImmutableArray<ZoneMembership> Membership)
{
    /// <summary>The schema the JSON form follows (docs/schemas/report.schema.json).</summary>
    [System.Text.Json.Serialization.JsonPropertyOrder(-2)]
    public string Schema => "https://agreementlang.invalid/schemas/report.schema.json";

    [System.Text.Json.Serialization.JsonPropertyOrder(-1)]
    public int Version => 1;
}

/// <summary>A diagnostic as the report shows it; <see cref="Id"/> is its anchor (<c>d1</c>, <c>d2</c>… in the
/// order <c>agr check</c> prints them).</summary>
public sealed record ReportDiagnostic(string Id, string Code, string Severity, string Message, string Location,
    string Declaration, ImmutableArray<ReportRelated> Related);

public sealed record ReportRelated(string Location, string Declaration, string Message);

/// <summary>Floors of one zone for one mineral: agreements × stages.</summary>
public sealed record FloorMatrix(string Zone, string Mineral, ImmutableArray<string> Stages,
    ImmutableArray<FloorReference?> References, ImmutableArray<FloorRow> Rows);

/// <summary>The zone's reference price for a stage, in whose currency and unit the row's floors are shown.</summary>
public sealed record FloorReference(string Price, decimal Amount, string Currency, string Unit, string Source);

public sealed record FloorRow(string Agreement, ImmutableArray<FloorCell?> Cells);

/// <summary>One floor: <see cref="Stated"/> as written; <see cref="Amount"/> in the zone's currency and unit (null
/// when it cannot be converted by a declared rate, or the zone has no reference price for it);
/// <see cref="Against"/> is below, equal, above, incomparable or no-reference.</summary>
public sealed record FloorCell(string Stated, decimal? Amount, string? Shown, string Against, bool AtReferencePrice,
    string Source, ImmutableArray<string> Diagnostics);

/// <summary>Tariff commitments on one mineral and stage: exporter × importer.</summary>
public sealed record TariffMatrix(string Mineral, string Stage, ImmutableArray<string> Exporters, ImmutableArray<string> Importers,
    ImmutableArray<TariffCell> Cells);

/// <summary>The commitments of one exporter → importer pair; <see cref="Undercuts"/> when a diagnostic says a
/// commitment undercuts a floor (AGR202, AGR303).</summary>
public sealed record TariffCell(string Exporter, string Importer, ImmutableArray<TariffEntry> Entries, bool Undercuts,
    ImmutableArray<string> Diagnostics);

public sealed record TariffEntry(string Agreement, string Rate, decimal? Percent, string? BaseRate, string Staging, bool Staged, string Source);

/// <summary>A facility's cap and the loans drawn on it, by agreement.</summary>
public sealed record FacilityUse(string Facility, string Cap, decimal CapAmount, string Currency, ImmutableArray<FacilityDraw> Draws,
    decimal Drawn, string Source, ImmutableArray<string> Diagnostics);

/// <summary>A loan drawn on a facility; <see cref="Amount"/> in the cap's currency, null when no declared rate converts it.</summary>
public sealed record FacilityDraw(string Agreement, string Lender, string Borrower, string Stated, decimal? Amount, string Source,
    ImmutableArray<string> Diagnostics);

/// <summary>What a party (or institution, or facility) gives and receives, per currency.</summary>
public sealed record PartyFinancing(string Party, ImmutableArray<FinancingTotal> Given, ImmutableArray<FinancingTotal> Received,
    ImmutableArray<FinancingFlow> Flows);

public sealed record FinancingTotal(string Currency, decimal Amount);

/// <summary>One financing commitment. <see cref="Amount"/> is as stated (with its bound); <see cref="Value"/> is the
/// figure totals count, null for an up-to ceiling or an amount to be agreed; <see cref="Currency"/> is null when no
/// figure is stated.</summary>
public sealed record FinancingFlow(string Agreement, string Kind, string From, string To, string Amount, string? Currency,
    decimal? Value, string Source);

/// <summary>A producer's capacity for one mineral and stage, year by year, against the offtake committed.</summary>
public sealed record ProducerVolumes(string Producer, string Subject, string Unit, ImmutableArray<VolumeYear> Years,
    ImmutableArray<string> Buyers, ImmutableArray<string> Diagnostics);

/// <summary>One year (valued on 1 July): the capacity then and each buyer's offtake, in the producer's unit.</summary>
public sealed record VolumeYear(int Year, decimal Capacity, ImmutableArray<VolumeShare> Offtake, decimal Committed, bool Over);

public sealed record VolumeShare(string Buyer, string Agreement, decimal Amount, string Stated, string Source);

/// <summary>An agreement's life: signature, entry into force, expiry, amendments and deadlines.</summary>
public sealed record TimelineRow(string Agreement, ImmutableArray<TimelineEvent> Events);

public sealed record TimelineEvent(string Kind, string Date, string Label, string Source);

/// <summary>Declarations as nodes and diagnostics as edges between the declarations they touch.</summary>
public sealed record ConflictGraph(ImmutableArray<string> Nodes, ImmutableArray<ConflictEdge> Edges, ImmutableArray<ReportDiagnostic> Diagnostics);

/// <summary>A diagnostic drawn between two declarations (the same one twice for a conflict inside one).</summary>
public sealed record ConflictEdge(string From, string To, string Code, string Diagnostic);

/// <summary>Who a zone lists, and who takes part in its agreements without being listed as a member.</summary>
public sealed record ZoneMembership(string Zone, ImmutableArray<MemberEntry> Members, ImmutableArray<MemberEntry> NonMarket,
    ImmutableArray<MemberEntry> Excluded, ImmutableArray<MemberEntry> ForeignEntities, ImmutableArray<string> NonMemberParties,
    string Source);

public sealed record MemberEntry(string Code, string Source);
