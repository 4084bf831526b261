using System.Collections.Immutable;
using System.Globalization;
using AgreementLang.Text;

namespace AgreementLang.Model;

/// <summary>How regional value content is calculated: on the transaction value of the good, or on its net cost
/// (USMCA Article 4.5 allows either, with different thresholds).</summary>
public enum OriginValuation
{
    TransactionValue,
    NetCost,
}

public enum OriginCriterionKind
{
    ZoneContent,
    ChangeOfTariffHeading,
    ConsignedFromMembersOnly,
    ForeignEntityBelow,
}

/// <summary>One criterion of an either/or group: its kind, its share (zone content, foreign entity) and, for zone
/// content, the valuation method (null when the rule states none).</summary>
public sealed record OriginCriterion(OriginCriterionKind Kind, Percentage? Share = null, OriginValuation? Valuation = null)
{
    /// <summary>The criterion as the language writes it: "40% zone content by net cost".</summary>
    public override string ToString() => Kind switch
    {
        OriginCriterionKind.ZoneContent => OriginWords.Percent(Share) + " zone content" + OriginWords.By(Valuation),
        OriginCriterionKind.ChangeOfTariffHeading => "change of tariff heading",
        OriginCriterionKind.ConsignedFromMembersOnly => "consigned from members only",
        _ => "foreign entity below " + OriginWords.Percent(Share),
    };
}

/// <summary>The either/or group of a rule of origin, in the order written: the rule is met when any one of them is
/// met. Equal when the same criteria are listed in the same order; <see cref="SameAs"/> ignores the order.</summary>
public sealed record OriginAlternatives(ImmutableArray<OriginCriterion> Criteria)
{
    public bool Equals(OriginAlternatives? other) =>
        other is not null && Criteria.SequenceEqual(other.Criteria);

    public override int GetHashCode()
    {
        // netstandard2.0 has no System.HashCode.
        var hash = 17;
        foreach (var criterion in Criteria)
        {
            hash = unchecked(hash * 31 + criterion.GetHashCode());
        }

        return hash;
    }

    /// <summary>The same criteria, in any order: "A or B" is the same group as "B or A".</summary>
    public static bool SameAs(OriginAlternatives? a, OriginAlternatives? b) =>
        Canonical(a) == Canonical(b);

    /// <summary>The criteria in a fixed order, joined by "or"; the empty string when there is no group.</summary>
    public static string Canonical(OriginAlternatives? group) =>
        group is null ? "" : string.Join(" or ", group.Criteria.Select(c => c.ToString()).OrderBy(c => c, StringComparer.Ordinal));

    /// <summary>As written: "40% zone content by net cost or change of tariff heading".</summary>
    public override string ToString() => string.Join(" or ", Criteria.Select(c => c.ToString()));
}

/// <summary>The words of the language for valuation methods.</summary>
public static class OriginWords
{
    /// <summary>"transaction value" or "net cost".</summary>
    public static string Method(OriginValuation valuation) =>
        valuation == OriginValuation.NetCost ? "net cost" : "transaction value";

    /// <summary>" by net cost", or "" when no method is stated.</summary>
    public static string By(OriginValuation? valuation) => valuation is { } v ? " by " + Method(v) : "";

    public static OriginValuation? Parse(string? words) => words switch
    {
        "net cost" => OriginValuation.NetCost,
        "transaction value" => OriginValuation.TransactionValue,
        _ => null,
    };

    internal static string Percent(Percentage? share) =>
        share is { } p ? AmountSpelling.Canonical(p.Value.ToString(CultureInfo.InvariantCulture)) + "%" : "?%";
}
