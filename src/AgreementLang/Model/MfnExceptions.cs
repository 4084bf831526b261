using System.Collections.Immutable;

namespace AgreementLang.Model;

/// <summary>What a most-favoured-nation clause does not extend to (GATT Article XXIV style): better treatment a
/// party grants inside a free-trade area or a customs union it belongs to, and treatment under the agreements the
/// clause names. An agreement is a free-trade area or customs union when its own clause says it establishes one
/// (<see cref="Agreement.Establishes"/>).</summary>
public sealed record MfnExceptions(bool FreeTradeAreas, bool CustomsUnions, ImmutableArray<string> Agreements)
{
    public static readonly MfnExceptions None = new(false, false, ImmutableArray<string>.Empty);

    public bool IsEmpty => !FreeTradeAreas && !CustomsUnions && Agreements.IsDefaultOrEmpty;

    /// <summary>Whether treatment granted in <paramref name="agreement"/> is excepted, and why (null when it is not).</summary>
    public string? Excepts(Agreement agreement)
    {
        if (!Agreements.IsDefaultOrEmpty && Agreements.Contains(agreement.Name))
        {
            return "it excepts " + agreement.Name + " by name";
        }

        if (FreeTradeAreas && agreement.Establishes == TradeArea.FreeTradeArea)
        {
            return "it excepts free-trade areas and " + agreement.Name + " establishes one";
        }

        return CustomsUnions && agreement.Establishes == TradeArea.CustomsUnion
            ? "it excepts customs unions and " + agreement.Name + " establishes one"
            : null;
    }

    public override string ToString()
    {
        var parts = new List<string>();
        if (FreeTradeAreas)
        {
            parts.Add("free-trade areas");
        }

        if (CustomsUnions)
        {
            parts.Add("customs unions");
        }

        if (!Agreements.IsDefaultOrEmpty)
        {
            parts.AddRange(Agreements);
        }

        return string.Join(", ", parts);
    }
}

/// <summary>A free-trade area or customs union that an agreement establishes (<c>establishes free-trade area</c>).</summary>
public enum TradeArea
{
    None,
    FreeTradeArea,
    CustomsUnion,
}
