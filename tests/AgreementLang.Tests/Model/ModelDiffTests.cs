using AgreementLang.Model.Versions;
using AgreementLang.Tests.Infrastructure;

namespace AgreementLang.Tests.Model;

/// <summary>Issue 16, point 1: the typed comparison of two versions of a set (<see cref="ModelDiff"/>).</summary>
public sealed class ModelDiffTests
{
    private const string Zone = """
        zone Z {
          members US, JP, KR
          reference price NdPr oxide USD 110.00 per kg from 2026-01-01
        }

        """;

    private const string Base = """
        agreement A "An agreement" {
          kind bilateral
          binding
          zone Z
          signed 2026-02-04
          in force 2026-03-01
          expires 2036-02-28

          party US "the United States"
          party JP "Japan"

          // a comment
          floor NdPr oxide at USD 110.00 per kg
          tariff JP -> US NdPr metal 0% base 5% from entry into force
          origin NdPr oxide requires 60% zone content
          origin NdPr metal requires 60% zone content
          obligation JP "conclude a memorandum of understanding on security" within 30 days of signature
        }

        """;

    private static IReadOnlyList<ModelChange> Diff(string before, string after)
    {
        var old = Agr.Compile(("z.agr", Zone), ("a.agr", before));
        var @new = Agr.Compile(("z.agr", Zone), ("a.agr", after));
        Assert.DoesNotContain(old.Diagnostics, d => d.Code.StartsWith("AGR0", StringComparison.Ordinal));
        Assert.DoesNotContain(@new.Diagnostics, d => d.Code.StartsWith("AGR0", StringComparison.Ordinal));
        return ModelDiff.Compare(old.Model, @new.Model);
    }

    private static string[] Lines(IReadOnlyList<ModelChange> changes) => changes.Select(c => c.Describe()).ToArray();

    [Fact]
    public void The_same_text_has_no_change() => Assert.Empty(Diff(Base, Base));

    [Fact]
    public void Comments_and_layout_are_not_changes()
    {
        var respaced = Base.Replace("  // a comment\n", "\n\n  // another comment, longer\n").Replace("party JP \"Japan\"", "party JP   \"Japan\"   // Japan");
        Assert.NotEqual(Base, respaced);
        Assert.Empty(Diff(Base, respaced));
    }

    [Fact]
    public void Reordered_clauses_are_not_changes()
    {
        var reordered = Base
            .Replace("  origin NdPr oxide requires 60% zone content\n  origin NdPr metal requires 60% zone content\n",
                     "  origin NdPr metal requires 60% zone content\n  origin NdPr oxide requires 60% zone content\n")
            .Replace("  party US \"the United States\"\n  party JP \"Japan\"\n", "  party JP \"Japan\"\n  party US \"the United States\"\n");
        Assert.Empty(Diff(Base, reordered));
    }

    [Fact]
    public void A_changed_floor_price_names_the_floor_by_its_key_and_the_field_in_words()
    {
        var change = Assert.Single(Diff(Base, Base.Replace("USD 110.00 per kg", "USD 120.00 per kg")));
        Assert.Equal("changed: A floor NdPr oxide: price USD 110.00/kg → USD 120.00/kg", change.Describe());
        Assert.Equal("A", change.Declaration);
        Assert.Equal(13, change.OldLocation!.Start.Line);
        Assert.Equal(13, change.NewLocation!.Start.Line);
    }

    [Fact]
    public void A_changed_staging_is_one_change_not_a_period_too()
    {
        var changes = Diff(Base, Base.Replace("base 5% from entry into force", "base 5% from 2027-03-01"));
        Assert.Equal(["changed: A tariff JP -> US NdPr metal: staging EIF → 2027-03-01"], Lines(changes));
    }

    [Fact]
    public void A_new_entry_into_force_is_one_change_of_the_agreement_not_one_per_clause()
    {
        var changes = Diff(Base, Base.Replace("in force 2026-03-01", "in force 2026-04-01"));
        var change = Assert.Single(changes);
        Assert.Equal("changed: A: entry into force 2026-03-01 → 2026-04-01", change.Describe());
        Assert.Equal(6, change.NewLocation!.Start.Line);
    }

    [Fact]
    public void An_added_party_and_an_added_clause_are_additions()
    {
        var after = Base.Replace("  party JP \"Japan\"\n", "  party JP \"Japan\"\n  party KR \"Korea\"\n")
            .Replace("  origin NdPr metal requires 60% zone content\n", "  origin NdPr metal requires 60% zone content\n  origin NdPr magnet requires 60% zone content\n");
        var changes = Diff(Base, after);
        Assert.Equal(["added: A party KR", "added: A origin NdPr magnet"], Lines(changes));
        Assert.All(changes, c => Assert.Equal(ChangeKind.Added, c.Kind));
        Assert.Equal(11, changes[0].NewLocation!.Start.Line);
        Assert.Equal(1, changes[0].OldLocation!.Start.Line); // the old agreement's place
    }

    [Fact]
    public void A_removed_clause_is_named_as_remove_would_name_it_and_placed_in_the_old_text()
    {
        var after = Base.Replace("  obligation JP \"conclude a memorandum of understanding on security\" within 30 days of signature\n", "");
        var change = Assert.Single(Diff(Base, after));
        Assert.Equal("removed: A obligation JP \"conclude a memorandum of understanding on security\"", change.Describe());
        Assert.Equal(ChangeKind.Removed, change.Kind);
        Assert.Equal(17, change.Primary!.Start.Line);
    }

    [Fact]
    public void An_edited_obligation_text_is_one_change_with_a_word_diff()
    {
        var change = Assert.Single(Diff(Base, Base.Replace("memorandum of understanding on security", "memorandum of cooperation on security and stockpiles")));
        Assert.Equal("text", change.Field);
        Assert.Equal("conclude a memorandum of [-understanding-]{+cooperation+} on security{+ and stockpiles+}", change.WordDiff);
        Assert.Equal("conclude a memorandum of cooperation on security and stockpiles", change.New);
    }

    [Fact]
    public void Declarations_are_compared_by_name_with_their_lists()
    {
        var old = Agr.Compile(("z.agr", Zone));
        var @new = Agr.Compile(("z.agr", Zone.Replace("members US, JP, KR", "members US, JP, AU").Replace("USD 110.00", "USD 115.00")));
        Assert.Equal(
            ["added: zone Z member AU", "removed: zone Z member KR", "changed: zone Z reference price NdPr oxide: price USD 110.00/kg → USD 115.00/kg"],
            Lines(ModelDiff.Compare(old.Model, @new.Model)));
    }

    [Fact]
    public void A_removed_agreement_is_one_removal()
    {
        var old = Agr.Compile(("z.agr", Zone), ("a.agr", Base));
        var @new = Agr.Compile(("z.agr", Zone));
        Assert.Equal(["removed: A"], Lines(ModelDiff.Compare(old.Model, @new.Model)));
    }

    [Theory]
    [InlineData("a b c", "a b c", "a b c")]
    [InlineData("a b c", "a x c", "a [-b-]{+x+} c")]
    [InlineData("a b", "a b c", "a b{+ c+}")]
    [InlineData("", "new", "{+new+}")]
    public void Word_diff_marks_the_words_that_changed(string before, string after, string expected) =>
        Assert.Equal(expected, WordDiff.Of(before, after));
}
