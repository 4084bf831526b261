namespace AgreementLang.Diagnostics;

/// <summary>The conflict checks: AGR2xx inside one agreement, AGR3xx across the agreements of a set. Each code
/// has exactly one rule class in src/AgreementLang/Checks. Errors are terms a treaty text could not honour at
/// once; warnings are policy risks (a triggered most-favoured-nation clause, values that cannot be compared).
/// Every message names both values and both places; numbers are normalised to one currency and unit, with the
/// conversion used.</summary>
public static partial class DiagnosticCatalog
{
    private const string Consistency = "Consistency";
    private const string Conflicts = "Conflicts";

    // AGR2xx: consistency inside one agreement (or inside one zone's own reference prices).
    public static readonly DiagnosticDescriptor StageInversionInAgreement = new(
        "AGR201", "Stage inversion inside one instrument", DiagnosticSeverity.Error, Consistency);

    public static readonly DiagnosticDescriptor TariffUndercutsOwnFloor = new(
        "AGR202", "Tariff commitment undercuts the agreement's own floor", DiagnosticSeverity.Error, Consistency);

    public static readonly DiagnosticDescriptor OfftakeOverCapacityInAgreement = new(
        "AGR203", "Offtake beyond capacity inside one agreement", DiagnosticSeverity.Error, Consistency);

    public static readonly DiagnosticDescriptor DeadlineOutsideAgreement = new(
        "AGR204", "Deadline outside the agreement's life", DiagnosticSeverity.Error, Consistency);

    public static readonly DiagnosticDescriptor ExportDutyBanInAgreement = new(
        "AGR205", "Export measure contradicts the agreement's own export-duty ban", DiagnosticSeverity.Error, Consistency);

    public static readonly DiagnosticDescriptor FormClauseMissing = new(
        "AGR206", "Instrument lacks a clause its form needs", DiagnosticSeverity.Warning, Consistency);

    public static readonly DiagnosticDescriptor TermOutlivesAgreement = new(
        "AGR207", "Term outlives its own agreement", DiagnosticSeverity.Error, Consistency);

    // A facility's own figures: its cap against the sources of its money.
    public static readonly DiagnosticDescriptor FacilityCapNotSumOfSources = new(
        "AGR213", "Facility cap is not the sum of its sources", DiagnosticSeverity.Warning, Consistency);

    public static readonly DiagnosticDescriptor FacilitySourceAboveCap = new(
        "AGR214", "Facility source larger than the cap", DiagnosticSeverity.Error, Consistency);

    public static readonly DiagnosticDescriptor FacilitySourceOutlastsFacility = new(
        "AGR215", "Facility source outlasts the facility", DiagnosticSeverity.Error, Consistency);

    // AGR3xx: conflicts across the agreements of a set.
    public static readonly DiagnosticDescriptor FloorsDisagree = new(
        "AGR301", "Floors disagree in a zone", DiagnosticSeverity.Error, Conflicts);

    public static readonly DiagnosticDescriptor StageInversionAcrossAgreements = new(
        "AGR302", "Stage inversion across instruments", DiagnosticSeverity.Error, Conflicts);

    public static readonly DiagnosticDescriptor TariffUndercutsFloor = new(
        "AGR303", "Tariff commitment undercuts another agreement's floor", DiagnosticSeverity.Error, Conflicts);

    public static readonly DiagnosticDescriptor ExportDutyBanAcrossAgreements = new(
        "AGR304", "Export measure contradicts another agreement's export-duty ban", DiagnosticSeverity.Error, Conflicts);

    public static readonly DiagnosticDescriptor OfftakeOverCapacity = new(
        "AGR305", "Offtake beyond capacity across agreements", DiagnosticSeverity.Error, Conflicts);

    public static readonly DiagnosticDescriptor FacilityOverCap = new(
        "AGR306", "Facility drawn beyond its cap", DiagnosticSeverity.Error, Conflicts);

    public static readonly DiagnosticDescriptor PartyStatusConflict = new(
        "AGR307", "Member in one instrument, excluded in another", DiagnosticSeverity.Error, Conflicts);

    public static readonly DiagnosticDescriptor IncomparableValues = new(
        "AGR308", "Values cannot be compared", DiagnosticSeverity.Warning, Conflicts);

    public static readonly DiagnosticDescriptor OriginRulesDisagree = new(
        "AGR309", "Rules of origin disagree", DiagnosticSeverity.Error, Conflicts);

    public static readonly DiagnosticDescriptor MostFavouredNationTriggered = new(
        "AGR310", "Most-favoured-nation clause triggered", DiagnosticSeverity.Warning, Conflicts);

    public static readonly DiagnosticDescriptor TermOutlastsInstrument = new(
        "AGR311", "Term outlasts the instrument it rests on", DiagnosticSeverity.Error, Conflicts);

    public static readonly DiagnosticDescriptor StockpileReleaseBelowFloor = new(
        "AGR312", "Stockpile release below the zone's floor", DiagnosticSeverity.Error, Conflicts);

    public static readonly DiagnosticDescriptor TariffCommitmentsDisagree = new(
        "AGR313", "Tariff commitments disagree", DiagnosticSeverity.Error, Conflicts);

    public static readonly DiagnosticDescriptor FacilityMayExceedCap = new(
        "AGR317", "Facility may be drawn beyond its cap", DiagnosticSeverity.Warning, Conflicts);

    public static readonly DiagnosticDescriptor AmountToBeAgreedNotCompared = new(
        "AGR318", "Amount to be agreed not compared", DiagnosticSeverity.Info, Conflicts);

    public static readonly DiagnosticDescriptor MarketPriceNotCompared = new(
        "AGR319", "Market-linked price not compared", DiagnosticSeverity.Info, Conflicts);

    public static readonly DiagnosticDescriptor FinancingRestatedDifferently = new(
        "AGR320", "Financing commitment restated with another amount", DiagnosticSeverity.Error, Conflicts);

    public static readonly DiagnosticDescriptor FinancingAmountsIncomparable = new(
        "AGR321", "Financing amounts cannot be compared", DiagnosticSeverity.Warning, Conflicts);

    public static readonly DiagnosticDescriptor VolumeBeforeCapacity = new(
        "AGR322", "Volume committed when the producer has no capacity", DiagnosticSeverity.Error, Conflicts);
}
