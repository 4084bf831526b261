using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using AgreementLang.Trimming;

namespace AgreementLang.Model.Versions;

/// <summary>What stands between a version with a protocol applied and the version it should give, as of the
/// protocol's date: the changes <see cref="ModelDiff"/> finds between their <see cref="AsOfView"/>s, and one more kind
/// it does not report. <see cref="ModelDiff"/> leaves out the period of a term stated "for" a duration (a floor for 10
/// years, an offtake for 5 years), since it follows from the agreement's entry into force; but the same clause in a
/// protocol counts its duration from the protocol's date, so it would end on another day. A protocol is proved only
/// when those periods agree too.</summary>
public static class RoundTrip
{
    public static IReadOnlyList<ModelChange> Residual(AgreementSet applied, AgreementSet expected, DateTime date)
    {
        var actual = WithoutResolvedPrices(AsOfView.Of(applied, date));
        var wanted = WithoutResolvedPrices(AsOfView.Of(expected, date));
        var changes = ModelDiff.Compare(actual, wanted).ToList();
        foreach (var agreement in wanted.Agreements)
        {
            var counterpart = actual.Agreements.FirstOrDefault(a => a.Name == agreement.Name);
            foreach (var term in agreement.Terms.Where(HasDuration))
            {
                var other = counterpart?.Terms.FirstOrDefault(t => t.Key == term.Key && t.GetType() == term.GetType());
                if (other is not null && other.Period != term.Period)
                {
                    changes.Add(new ModelChange(ChangeKind.Changed, agreement.Name, agreement.Name + " " + Removal.Of(term, term.Location).Clause, "period",
                        ValueText.Of(other.Period), ValueText.Of(term.Period), null, other.Location, term.Location));
                }
            }
        }

        return changes;
    }

    /// <summary>A floor "at reference price" holds the zone's price that the binder found for its period, the first
    /// that overlaps it; restated from the protocol's date it may find a later price of the same zone. Both sides read
    /// the same zone (a change to it is a change of the zone, compared as such), so the clause means the same: the
    /// price it resolved to is left out of the comparison, and whether it is at reference price is compared.</summary>
    private static AgreementSet WithoutResolvedPrices(AgreementSet set) =>
        set with
        {
            Agreements = set.Agreements.Select(a => a with
            {
                Terms = a.Terms.Select(t => t is Floor { AtReferencePrice: true } floor ? floor with { Price = null } : t).ToImmutableArray(),
            }).ToImmutableArray(),
        };

    /// <summary>Whether the term states a duration (<c>for 10 years</c>) rather than dates: the same reflection as
    /// <see cref="ModelDiff"/>'s, so a kind of term that gains a duration is covered.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = NativeBuild.OwnTypes)]
    public static bool HasDuration(AgreementTerm term) => term.GetType().GetProperty("For")?.GetValue(term) is not null;
}
