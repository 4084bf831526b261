using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>Floors whose adjustable tariffs reach the same exporters: same scope, and for <c>non-members</c> the
/// same zone (or, without a zone, the same parties). Whether a tariff's exporter is in scope is decided once
/// per group, not once per floor.</summary>
public sealed class FloorDefence
{
    internal FloorDefence(Scope scope, Agreement representative)
    {
        Scope = scope;
        Representative = representative;
    }

    public Scope Scope { get; }

    /// <summary>An agreement whose zone and parties stand for the group's when deciding the scope.</summary>
    public Agreement Representative { get; }

    public List<EffectiveTerm<Floor>> Floors { get; } = new();

    internal static string Signature(Scope scope, Agreement owner) => scope.Kind switch
    {
        ScopeKind.All => "all",
        ScopeKind.Listed => "listed:" + string.Join(",", scope.Codes.OrderBy(c => c, StringComparer.Ordinal)),
        _ => owner.Zone is { } zone ? "zone:" + zone : "parties:" + string.Join(",", owner.Parties.Select(p => p.Code).OrderBy(c => c, StringComparer.Ordinal)),
    };
}
