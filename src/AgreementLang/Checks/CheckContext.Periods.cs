using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>When agreements and their terms apply, and how old an instrument is.</summary>
public sealed partial class CheckContext
{
    /// <summary>Whether a kind of term may outlive its agreement: financing is repaid, and an offtake delivered, on
    /// its own contractual tenor (the MP Materials loan runs 12 years in a 10-year deal), so only its start is held
    /// to the agreement's entry into force. Every other term binds only while its agreement is in force.</summary>
    public static bool Survives(AgreementTerm term) => term is Loan or Offtake or EquityStake or Grant or Guarantee;

    /// <summary>When an agreement is in force, for the checks: from entry into force to expiry, each where known. An
    /// expiry on a date before entry into force (AGR110) leaves the agreement in force on no date.</summary>
    public static Period PeriodOf(Agreement agreement) => agreement.Period;

    /// <summary>The period over which a version of a term applies, cut to its agreement's period — entry into force
    /// to expiry, each where known (only the start for a term that <see cref="Survives"/> it) — or null when nothing
    /// is left: a floor "until 2035" in an agreement that expires in 2031 binds no one after 2031.</summary>
    internal static Period? Clamp(AgreementTerm term, Agreement agreement, Period period)
    {
        var bounds = PeriodOf(agreement);
        var from = Later(period.From, bounds.From);
        var until = Survives(term) ? period.Until : Earlier(period.Until, bounds.Until);
        return from is { } f && until is { } u && f > u ? null : new Period(from, until);
    }

    private static DateTime? Later(DateTime? a, DateTime? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static DateTime? Earlier(DateTime? a, DateTime? b) => a is null ? b : b is null ? a : a < b ? a : b;

    /// <summary>The date an instrument was made: an amendment's signature or start, an agreement's signature
    /// or entry into force. Terms of instruments without a date count as oldest.</summary>
    private static DateTime InstrumentDate(Agreement agreement, Amendment? amendment) =>
        amendment is not null ? amendment.Signed ?? amendment.From : agreement.Signed ?? agreement.EffectiveFrom ?? DateTime.MinValue;
}
