using AgreementLang.Model;
using AgreementLang.Text;

namespace AgreementLang.Diagnostics;

/// <summary>AGR3xx about trade across the agreements of a set: tariffs, export measures, rules of origin, the
/// most-favoured-nation clause and the members of a zone (docs/diagnostics.md, "Conflicts"). <c>where</c> is a place
/// as the reader sees it ("here", "in US-JP-2026"); <c>overlap</c> is " from 2027-01-01" or empty.</summary>
public sealed partial record Diagnostic
{
    /// <param name="defendedFrom">Whose imports the floor's adjustable tariff applies to.</param>
    public static Diagnostic TariffUndercutsFloor(Location at, string rate, MineralStage subject, string exporter, string importer, string tariffWhere,
        string floorWhere, string defendedFrom, string overlap) =>
        new(DiagnosticCatalog.TariffUndercutsFloor, at, $"{rate} tariff on {subject} from {exporter} into {importer} {tariffWhere} undercuts the {subject} floor {floorWhere}, which {importer} defends with an adjustable tariff on imports from {defendedFrom}{overlap}");

    public static Diagnostic ExportDutyBanAcrossAgreements(Location at, string measure, string party, MineralStage subject, string scope, string measureWhere,
        string minerals, string banParties, string banWhere, string reached, string overlap) =>
        new(DiagnosticCatalog.ExportDutyBanAcrossAgreements, at, $"export {measure} by {party} on {subject} to {scope} {measureWhere} contradicts the ban on export duties on {minerals} between {banParties} {banWhere}: it reaches exports to {reached}{overlap}");

    /// <param name="status">The party's standing here ("a member in zone FORGE"); <paramref name="otherStatus"/> and
    /// <paramref name="otherWhere"/> the one that contradicts it.</param>
    public static Diagnostic PartyStatusConflict(Location at, string party, string status, string otherStatus, string otherWhere) =>
        new(DiagnosticCatalog.PartyStatusConflict, at, $"{party} is {status} here but {otherStatus} in {otherWhere}; a party cannot be both");

    public static Diagnostic OriginRulesDisagree(Location at, MineralStage subject, string criteria, string otherCriteria, string otherPlace, string zone,
        string overlap) =>
        new(DiagnosticCatalog.OriginRulesDisagree, at, $"rule of origin for {subject} requires {criteria} here but {otherCriteria} in {otherPlace}; rules of origin in zone {zone} must agree{overlap}");

    /// <param name="granted">The better treatment <paramref name="grantor"/> grants <paramref name="third"/>;
    /// <paramref name="theirs"/> what <paramref name="beneficiary"/> has <paramref name="beneficiaryWhere"/>.</param>
    public static Diagnostic MostFavouredNationTriggered(Location at, string grantor, string third, string granted, string grantWhere,
        string theirs, string beneficiary, string beneficiaryWhere, string clauseWhere, string overlap) =>
        new(DiagnosticCatalog.MostFavouredNationTriggered, at, $"{grantor} grants {third} {granted} {grantWhere}, better than {theirs} for {beneficiary} {beneficiaryWhere}; the most-favoured-nation clause {clauseWhere} entitles {beneficiary} to the same{overlap}");

    /// <param name="subject">The subject, with its tariff line when one is stated.</param>
    public static Diagnostic TariffCommitmentsDisagree(Location at, string subject, string exporter, string importer, Rate rate, Rate otherRate,
        string otherPlace, string overlap) =>
        new(DiagnosticCatalog.TariffCommitmentsDisagree, at, $"tariff on {subject} from {exporter} into {importer} is {rate} here but {otherRate} in {otherPlace}{overlap}; one tariff line cannot carry two rates");
}
