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
        "AGR201", "Stage inversion inside one instrument", DiagnosticSeverity.Error,
        "{0} for {1} is {2} {3} but {4} for {5} is {6} {7}; at the catalogue yield of {8} kg {9} per kg {10}, {1} must be at least {11}{12}",
        Consistency);

    public static readonly DiagnosticDescriptor TariffUndercutsOwnFloor = new(
        "AGR202", "Tariff commitment undercuts the agreement's own floor", DiagnosticSeverity.Error,
        "{0} tariff on {1} from {2} into {3} {4} undercuts the {1} floor {5}, which {3} defends with an adjustable tariff on imports from {6}{7}",
        Consistency);

    public static readonly DiagnosticDescriptor OfftakeOverCapacityInAgreement = new(
        "AGR203", "Offtake beyond capacity inside one agreement", DiagnosticSeverity.Error,
        "offtake of {0}'s {1} output{2} adds up to {3} of its capacity of {4} per year ({5}){6}: {7}", Consistency);

    public static readonly DiagnosticDescriptor DeadlineOutsideAgreement = new(
        "AGR204", "Deadline outside the agreement's life", DiagnosticSeverity.Error,
        "the deadline for {0} to {1} is {2} ({3}), {4} ({5})", Consistency);

    public static readonly DiagnosticDescriptor ExportDutyBanInAgreement = new(
        "AGR205", "Export measure contradicts the agreement's own export-duty ban", DiagnosticSeverity.Error,
        "export {0} by {1} on {2} to {3} {4} contradicts the ban on export duties on {5} between {6} {7}: it reaches exports to {8}{9}",
        Consistency);

    public static readonly DiagnosticDescriptor FormClauseMissing = new(
        "AGR206", "Instrument lacks a clause its form needs", DiagnosticSeverity.Warning,
        "{0} is {1} but states no {2} ({3}); its draft is silent on them, since a draft never adds what the sources do not state",
        Consistency);

    public static readonly DiagnosticDescriptor TermOutlivesAgreement = new(
        "AGR207", "Term outlives its own agreement", DiagnosticSeverity.Error,
        "{0} runs until {1}, but {2} ({3}) expires on {4}; the term binds no one after that date", Consistency);

    // AGR3xx: conflicts across the agreements of a set.
    public static readonly DiagnosticDescriptor FloorsDisagree = new(
        "AGR301", "Floors disagree in a zone", DiagnosticSeverity.Error,
        "{0} for {1} is {2} here but {3} {4}; floors in zone {5} must agree{6}", Conflicts);

    public static readonly DiagnosticDescriptor StageInversionAcrossAgreements = new(
        "AGR302", "Stage inversion across instruments", DiagnosticSeverity.Error,
        "{0} for {1} is {2} {3} but {4} for {5} is {6} {7}; at the catalogue yield of {8} kg {9} per kg {10}, {1} must be at least {11}{12}",
        Conflicts);

    public static readonly DiagnosticDescriptor TariffUndercutsFloor = new(
        "AGR303", "Tariff commitment undercuts another agreement's floor", DiagnosticSeverity.Error,
        "{0} tariff on {1} from {2} into {3} {4} undercuts the {1} floor {5}, which {3} defends with an adjustable tariff on imports from {6}{7}",
        Conflicts);

    public static readonly DiagnosticDescriptor ExportDutyBanAcrossAgreements = new(
        "AGR304", "Export measure contradicts another agreement's export-duty ban", DiagnosticSeverity.Error,
        "export {0} by {1} on {2} to {3} {4} contradicts the ban on export duties on {5} between {6} {7}: it reaches exports to {8}{9}",
        Conflicts);

    public static readonly DiagnosticDescriptor OfftakeOverCapacity = new(
        "AGR305", "Offtake beyond capacity across agreements", DiagnosticSeverity.Error,
        "offtake of {0}'s {1} output{2} adds up to {3} of its capacity of {4} per year ({5}){6}: {7}", Conflicts);

    public static readonly DiagnosticDescriptor FacilityOverCap = new(
        "AGR306", "Facility drawn beyond its cap", DiagnosticSeverity.Error,
        "loans drawn from facility {0} add up to {1}{2}, above its cap of {3} ({4}): {5}", Conflicts);

    public static readonly DiagnosticDescriptor PartyStatusConflict = new(
        "AGR307", "Member in one instrument, excluded in another", DiagnosticSeverity.Error,
        "{0} is {1} here but {2} in {3}; a party cannot be both", Conflicts);

    public static readonly DiagnosticDescriptor IncomparableValues = new(
        "AGR308", "Values cannot be compared", DiagnosticSeverity.Warning,
        "{0} for {1} is {2} here but {3} {4}: {5}, so the two are not compared", Conflicts);

    public static readonly DiagnosticDescriptor OriginRulesDisagree = new(
        "AGR309", "Rules of origin disagree", DiagnosticSeverity.Error,
        "rule of origin for {0} requires {1} here but {2} in {3}; rules of origin in zone {4} must agree{5}", Conflicts);

    public static readonly DiagnosticDescriptor MostFavouredNationTriggered = new(
        "AGR310", "Most-favoured-nation clause triggered", DiagnosticSeverity.Warning,
        "{0} grants {1} {2} {3}, better than {4} for {5} {6}; the most-favoured-nation clause {7} entitles {5} to the same{8}",
        Conflicts);

    public static readonly DiagnosticDescriptor TermOutlastsInstrument = new(
        "AGR311", "Term outlasts the instrument it rests on", DiagnosticSeverity.Error,
        "{0} {1}, but it rests on {2} ({3}), which {4}", Conflicts);

    public static readonly DiagnosticDescriptor StockpileReleaseBelowFloor = new(
        "AGR312", "Stockpile release below the zone's floor", DiagnosticSeverity.Error,
        "stockpile {0} may release {1} at {2}, below the floor of {3} {4}; its sales would undercut the floor the members maintain",
        Conflicts);

    public static readonly DiagnosticDescriptor TariffCommitmentsDisagree = new(
        "AGR313", "Tariff commitments disagree", DiagnosticSeverity.Error,
        "tariff on {0} from {1} into {2} is {3} here but {4} in {5}{6}; one tariff line cannot carry two rates", Conflicts);

    public static readonly DiagnosticDescriptor FacilityMayExceedCap = new(
        "AGR317", "Facility may be drawn beyond its cap", DiagnosticSeverity.Warning,
        "loans drawn from facility {0} may add up to {1}{2}, above its cap of {3} ({4}), if their 'up to' amounts are drawn in full; at the least they commit they add up to {5}: {6}",
        Conflicts);

    public static readonly DiagnosticDescriptor AmountToBeAgreedNotCompared = new(
        "AGR318", "Amount to be agreed not compared", DiagnosticSeverity.Info,
        "the loan from {0} to {1} is of an amount to be agreed, so it is not counted against the cap of {3} of facility {2} ({4}); check it against the cap once the amount is agreed",
        Conflicts);

    public static readonly DiagnosticDescriptor MarketPriceNotCompared = new(
        "AGR319", "Market-linked price not compared", DiagnosticSeverity.Info,
        "stockpile {0} releases {1} at market price, a figure that is not known in advance, so it is not compared with the floor of {2} {3}; sales below that floor would undercut it",
        Conflicts);
}
