namespace AgreementLang.Model;

/// <summary>How a committed amount binds: exactly the figure, at least it (a floor the commitment may exceed),
/// up to it (a ceiling the commitment may reach), or not yet fixed ("an amount to be agreed").</summary>
public enum AmountBound
{
    Exactly,
    AtLeast,
    UpTo,
    ToBeAgreed,
}

/// <summary>The amount of a financing commitment as the instrument states it: "USD 150 million", "at least USD 1
/// billion", "up to USD 2 billion", or "an amount to be agreed" (no figure at all, so <see cref="Stated"/> is null).
/// A check never compares an amount to be agreed as a number; it compares an at-least figure as what is
/// committed (the excess is open, not promised) and an up-to figure as what may be drawn.</summary>
public readonly record struct CommittedAmount(AmountBound Bound, Money? Stated)
{
    public static readonly CommittedAmount ToBeAgreed = new(AmountBound.ToBeAgreed, null);

    /// <summary>A plain figure is an exact commitment.</summary>
    public static implicit operator CommittedAmount(Money money) => new(AmountBound.Exactly, money);

    /// <summary>The least the commitment binds to, when known: the figure of an exact or at-least amount; nothing
    /// (zero) for an up-to amount; unknown (null) for an amount to be agreed.</summary>
    public decimal? Least => Bound switch
    {
        AmountBound.Exactly or AmountBound.AtLeast => Stated?.Amount,
        AmountBound.UpTo => 0m,
        _ => null,
    };

    /// <summary>The figure the commitment may reach as far as it commits to anything: the exact figure, the floor of
    /// an at-least amount (what lies above it is open, not promised), the ceiling of an up-to amount; null for an
    /// amount to be agreed.</summary>
    public decimal? Most => Stated?.Amount;

    public bool IsKnown => Stated is not null;

    /// <summary>The words that go before the figure: "at least ", "up to " or nothing.</summary>
    public string BoundWords => Bound switch
    {
        AmountBound.AtLeast => "at least ",
        AmountBound.UpTo => "up to ",
        _ => "",
    };

    public override string ToString() =>
        Stated is { } money ? BoundWords + money : "an amount to be agreed";
}
