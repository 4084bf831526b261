using System.Collections.Immutable;
using AgreementLang.Model;

namespace AgreementLang.Tests.Model;

/// <summary>A default ImmutableArray (never assigned) refuses to be enumerated; the dump and the comparison must
/// name it instead of throwing, and tell it from an empty array. StructuralDump finds it by asking the array itself
/// (no reflection over ImmutableArray's members, which the native agr does not keep).</summary>
public sealed class StructuralDumpTests
{
    public sealed record Holder(string Name, ImmutableArray<string> Items);

    [Fact]
    public void A_default_array_is_dumped_as_default_and_differs_from_an_empty_one()
    {
        var unset = new Holder("a", default);
        var empty = new Holder("a", []);
        var filled = new Holder("a", ["x"]);

        Assert.Contains("default", StructuralDump.Of(unset), StringComparison.Ordinal);
        Assert.DoesNotContain("default", StructuralDump.Of(empty), StringComparison.Ordinal);
        Assert.True(StructuralDump.Equal(unset, new Holder("a", default)));
        Assert.False(StructuralDump.Equal(unset, empty));
        Assert.False(StructuralDump.Equal(unset, filled));
        Assert.NotNull(StructuralDump.FirstDifference(filled, unset));
    }
}
