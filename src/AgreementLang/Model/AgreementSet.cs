using System.Collections.Immutable;

namespace AgreementLang.Model;

/// <summary>Everything declared across the files of one checked set, bound and typed.</summary>
public sealed record AgreementSet(
    ImmutableArray<Zone> Zones,
    ImmutableArray<Facility> Facilities,
    ImmutableArray<Producer> Producers,
    ImmutableArray<Institution> Institutions,
    ImmutableArray<Stockpile> Stockpiles,
    ImmutableArray<DeclaredMineral> Minerals,
    ImmutableArray<NationalLine> Lines,
    ImmutableArray<Agreement> Agreements,
    ImmutableArray<Amendment> Amendments)
{
    public static readonly AgreementSet Empty = new(
        ImmutableArray<Zone>.Empty, ImmutableArray<Facility>.Empty, ImmutableArray<Producer>.Empty,
        ImmutableArray<Institution>.Empty, ImmutableArray<Stockpile>.Empty, ImmutableArray<DeclaredMineral>.Empty,
        ImmutableArray<NationalLine>.Empty, ImmutableArray<Agreement>.Empty, ImmutableArray<Amendment>.Empty);

    /// <summary>The set as it stands on <paramref name="date"/>: every agreement with the amendments made by then
    /// applied (see <see cref="Consolidation"/>).</summary>
    public AgreementSet AsOf(DateTime date) => Consolidation.AsOf(this, date);
}
