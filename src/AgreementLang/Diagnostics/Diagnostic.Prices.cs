using AgreementLang.Model;
using AgreementLang.Text;

namespace AgreementLang.Diagnostics;

/// <summary>AGR3xx about prices across the agreements of a set: floors, stage inversions, stockpile releases and
/// values that cannot be compared (docs/diagnostics.md, "Conflicts"). <c>source</c> is where the other value is
/// stated ("in US-JP-2026"); <c>overlap</c> is " from 2027-01-01" when the two meet only from then, or empty.</summary>
public sealed partial record Diagnostic
{
    public static Diagnostic FloorsDisagree(Location at, string what, MineralStage subject, string price, string otherPrice, string source,
        string zone, string overlap) =>
        new(DiagnosticCatalog.FloorsDisagree, at, $"{what} for {subject} is {price} here but {otherPrice} {source}; floors in zone {zone} must agree{overlap}");

    public static Diagnostic StageInversionAcrossAgreements(Location at, string what, MineralStage product, string price, string where,
        string inputWhat, MineralStage input, string inputPrice, string inputWhere, string yield, string productStage, string inputStage,
        string leastPrice, string overlap) =>
        new(DiagnosticCatalog.StageInversionAcrossAgreements, at, $"{what} for {product} is {price} {where} but {inputWhat} for {input} is {inputPrice} {inputWhere}; at the catalogue yield of {yield} kg {productStage} per kg {inputStage}, {product} must be at least {leastPrice}{overlap}");

    /// <param name="why">Why the two cannot be compared (no exchange rate, no conversion between the bases).</param>
    public static Diagnostic IncomparableValues(Location at, string what, MineralStage subject, string value, string otherValue, string source, string why) =>
        new(DiagnosticCatalog.IncomparableValues, at, $"{what} for {subject} is {value} here but {otherValue} {source}: {why}, so the two are not compared");

    public static Diagnostic StockpileReleaseBelowFloor(Location at, string stockpile, MineralStage subject, string price, string floor, string source) =>
        new(DiagnosticCatalog.StockpileReleaseBelowFloor, at, $"stockpile {stockpile} may release {subject} at {price}, below the floor of {floor} {source}; its sales would undercut the floor the members maintain");

    public static Diagnostic MarketPriceNotCompared(Location at, string stockpile, MineralStage subject, string floor, string source) =>
        new(DiagnosticCatalog.MarketPriceNotCompared, at, $"stockpile {stockpile} releases {subject} at market price, a figure that is not known in advance, so it is not compared with the floor of {floor} {source}; sales below that floor would undercut it");
}
