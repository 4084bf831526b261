using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>Questions the rules ask of the set: an agreement's zone, the reach of a scope, exchange rates.</summary>
public sealed partial class CheckContext
{
    public Zone? ZoneOf(Agreement agreement) => agreement.Zone is { } name && Zones.TryGetValue(name, out var zone) ? zone : null;

    /// <summary>Whether a measure of <paramref name="owner"/> with this scope reaches <paramref name="code"/>:
    /// <c>non-members</c> means outside the owner's zone, or outside its parties when it names no zone.</summary>
    public bool Covers(Scope scope, string code, Agreement owner) => scope.Kind switch
    {
        ScopeKind.All => true,
        ScopeKind.Listed => scope.Codes.Contains(code),
        _ => owner.Zone is { } zone && _members.TryGetValue(zone, out var members) ? !members.Contains(code) : !owner.HasParty(code),
    };

    /// <summary>The exchange-rate assumptions that may convert amounts of an agreement: its own, then its zone's.</summary>
    public IEnumerable<ExchangeRate> RatesOf(Agreement agreement) =>
        ZoneOf(agreement) is { } zone ? agreement.ExchangeRates.Concat(zone.ExchangeRates) : agreement.ExchangeRates;
}
