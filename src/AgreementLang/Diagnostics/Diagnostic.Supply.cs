using AgreementLang.Model;
using AgreementLang.Text;

namespace AgreementLang.Diagnostics;

/// <summary>AGR3xx about supply and money across the agreements of a set: offtake against capacity, loans against
/// a facility's cap, producers owned by a foreign entity of concern (docs/diagnostics.md, "Conflicts").</summary>
public sealed partial record Diagnostic
{
    /// <param name="inAgreement">" in A" or empty; <paramref name="parts"/> lists each offtake's share.</param>
    public static Diagnostic OfftakeOverCapacity(Location at, string producer, MineralStage subject, string inAgreement, string total,
        string capacity, string capacityAt, string from, string parts) =>
        new(DiagnosticCatalog.OfftakeOverCapacity, at, $"offtake of {producer}'s {subject} output{inAgreement} adds up to {total} of its capacity of {capacity} per year ({capacityAt}){from}: {parts}");

    /// <param name="from">" from 2027-01-01" when the loans meet only from then, or empty; <paramref name="loans"/>
    /// lists each loan.</param>
    public static Diagnostic FacilityOverCap(Location at, string facility, string total, string from, string cap, Location facilityAt, string loans) =>
        new(DiagnosticCatalog.FacilityOverCap, at, $"loans drawn from facility {facility} add up to {total}{from}, above its cap of {cap} ({facilityAt}): {loans}");

    public static Diagnostic FacilityMayExceedCap(Location at, string facility, string most, string from, string cap, Location facilityAt,
        string least, string loans) =>
        new(DiagnosticCatalog.FacilityMayExceedCap, at, $"loans drawn from facility {facility} may add up to {most}{from}, above its cap of {cap} ({facilityAt}), if their 'up to' amounts are drawn in full; at the least they commit they add up to {least}: {loans}");

    public static Diagnostic AmountToBeAgreedNotCompared(Location at, string lender, string borrower, string facility, string cap, Location facilityAt) =>
        new(DiagnosticCatalog.AmountToBeAgreedNotCompared, at, $"the loan from {lender} to {borrower} is of an amount to be agreed, so it is not counted against the cap of {cap} of facility {facility} ({facilityAt}); check it against the cap once the amount is agreed");

    /// <param name="problem">How the volume falls outside every capacity ("before X's capacity for … starts on …").</param>
    public static Diagnostic VolumeBeforeCapacity(Location at, string what, string from, string problem, string capacityAt) =>
        new(DiagnosticCatalog.VolumeBeforeCapacity, at, $"{what} applies{from}, {problem} ({capacityAt}); there is no output to deliver it from");

    /// <param name="via">" (of PARENT)" when the owner is listed through its parent, or empty; <paramref name="period"/>
    /// when the ownership holds; <paramref name="whose"/> whose threshold applies; <paramref name="benefit"/> what
    /// the producer cannot do under <paramref name="instrument"/>.</param>
    public static Diagnostic ForeignEntityOwnedProducer(Location at, string producer, Percentage share, string owner, string via, string period,
        string zone, Percentage threshold, string whose, string benefit, string instrument) =>
        new(DiagnosticCatalog.ForeignEntityOwnedProducer, at, $"{producer} is owned {share} by {owner}{via}{period}, a foreign entity of concern of zone {zone}, at or above the threshold of {threshold}{whose}; it cannot {benefit} under {instrument}");
}
