using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Text;

namespace AgreementLang.Checks;

/// <summary>A term as it applies, amendments taken into account: the term itself, the agreement it belongs to,
/// the amendment that introduced it (if any), and the period over which this version applies (an original term
/// ends the day before an amendment replaces it).</summary>
public sealed class EffectiveTerm<T>
    where T : AgreementTerm
{
    internal EffectiveTerm(T term, Agreement agreement, Amendment? amendment, Period period, int order)
    {
        Term = term;
        Agreement = agreement;
        Amendment = amendment;
        Period = period;
        Order = order;
    }

    public T Term { get; }

    public Agreement Agreement { get; }

    public Amendment? Amendment { get; }

    /// <summary>When this version of the term applies.</summary>
    public Period Period { get; }

    /// <summary>Position in the set from oldest to newest (by signature date, then file and position): a
    /// conflict is reported at the newer of its two terms.</summary>
    public int Order { get; }

    public Location Location => Term.Location;

    /// <summary>The instrument that states this version: the amendment if one does, else the agreement.</summary>
    public string Instrument => Amendment?.Name ?? Agreement.Name;

    /// <summary>"US-AU-2025 (us-australia.agr(9,3))": the instrument and the exact place of the term.</summary>
    public string Place => Instrument + " (" + Location + ")";
}

public static class EffectiveTermExtensions
{
    /// <summary>The same effective term seen as its own kind of term.</summary>
    public static EffectiveTerm<T> As<T>(this EffectiveTerm<AgreementTerm> term)
        where T : AgreementTerm => new((T)term.Term, term.Agreement, term.Amendment, term.Period, term.Order);
}
