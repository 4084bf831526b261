using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>What the three rules on a facility's sources share (AGR213–AGR215): the sources stated in the cap's
/// currency — a source in another currency is already AGR108 (a facility declares no exchange rate), and is left
/// out rather than guessed at — and how a source is named in messages.</summary>
internal static class FacilitySources
{
    public static IReadOnlyList<FacilitySource> InCapCurrency(Facility facility) =>
        facility.Sources.Where(s => s.Amount.Currency == facility.Cap.Currency).ToList();

    /// <summary>"the loan from EXIM", "the private capital".</summary>
    public static string Name(FacilitySource source) =>
        source.Kind == FacilitySourceKind.Loan ? "the loan from " + source.Lender : "the private capital";

    /// <summary>Whether a single source is above the cap: then AGR214 says so, and the sum (AGR213) is not
    /// reported as well.</summary>
    public static bool AnyAboveCap(Facility facility) => InCapCurrency(facility).Any(s => s.Amount.Amount > facility.Cap.Amount);
}
