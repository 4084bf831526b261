using AgreementLang.Model;
using AgreementLang.Text;

namespace AgreementLang.Diagnostics;

/// <summary>AGR2xx: terms of one agreement that contradict each other, or a facility's own figures
/// (docs/diagnostics.md, "Consistency"). A <c>where</c> argument is a place as the reader sees it ("here", "in
/// US-JP-2026"); an <c>overlap</c> argument is " from 2027-01-01" when the two terms meet only from then, or
/// empty.</summary>
public sealed partial record Diagnostic
{
    public static Diagnostic StageInversionInAgreement(Location at, string what, MineralStage product, string price, string where,
        string inputWhat, MineralStage input, string inputPrice, string inputWhere, string yield, string productStage, string inputStage,
        string leastPrice, string overlap) =>
        new(DiagnosticCatalog.StageInversionInAgreement, at, $"{what} for {product} is {price} {where} but {inputWhat} for {input} is {inputPrice} {inputWhere}; at the catalogue yield of {yield} kg {productStage} per kg {inputStage}, {product} must be at least {leastPrice}{overlap}");

    /// <param name="defendedFrom">Whose imports the floor's adjustable tariff applies to.</param>
    public static Diagnostic TariffUndercutsOwnFloor(Location at, string rate, MineralStage subject, string exporter, string importer, string tariffWhere,
        string floorWhere, string defendedFrom, string overlap) =>
        new(DiagnosticCatalog.TariffUndercutsOwnFloor, at, $"{rate} tariff on {subject} from {exporter} into {importer} {tariffWhere} undercuts the {subject} floor {floorWhere}, which {importer} defends with an adjustable tariff on imports from {defendedFrom}{overlap}");

    /// <param name="inAgreement">" in A" when only one agreement's offtakes are added, or empty; <paramref name="parts"/>
    /// lists each offtake's share.</param>
    public static Diagnostic OfftakeOverCapacityInAgreement(Location at, string producer, MineralStage subject, string inAgreement, string total,
        string capacity, string capacityAt, string from, string parts) =>
        new(DiagnosticCatalog.OfftakeOverCapacityInAgreement, at, $"offtake of {producer}'s {subject} output{inAgreement} adds up to {total} of its capacity of {capacity} per year ({capacityAt}){from}: {parts}");

    /// <param name="problem">How the date falls outside ("before the agreement enters into force on …").</param>
    public static Diagnostic DeadlineOutsideAgreement(Location at, string parties, string obligation, string date, string reckoning,
        string problem, Location agreementAt) =>
        new(DiagnosticCatalog.DeadlineOutsideAgreement, at, $"the deadline for {parties} to {obligation} is {date} ({reckoning}), {problem} ({agreementAt})");

    public static Diagnostic ExportDutyBanInAgreement(Location at, string measure, string party, MineralStage subject, string scope, string measureWhere,
        string minerals, string banParties, string banWhere, string reached, string overlap) =>
        new(DiagnosticCatalog.ExportDutyBanInAgreement, at, $"export {measure} by {party} on {subject} to {scope} {measureWhere} contradicts the ban on export duties on {minerals} between {banParties} {banWhere}: it reaches exports to {reached}{overlap}");

    /// <param name="missing">The topics the form needs and the agreement lacks; <paramref name="how"/> how to state them.</param>
    public static Diagnostic FormClauseMissing(Location at, string agreement, string form, string missing, string how) =>
        new(DiagnosticCatalog.FormClauseMissing, at, $"{agreement} is {form} but states no {missing} ({how}); its draft is silent on them, since a draft never adds what the sources do not state");

    public static Diagnostic TermOutlivesAgreement(Location at, string term, string until, string agreement, Location agreementAt, string expiry) =>
        new(DiagnosticCatalog.TermOutlivesAgreement, at, $"{term} runs until {until}, but {agreement} ({agreementAt}) expires on {expiry}; the term binds no one after that date");
}
