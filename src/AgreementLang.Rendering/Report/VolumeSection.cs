using System.Collections.Immutable;
using AgreementLang.Checks;
using AgreementLang.Model;

namespace AgreementLang.Rendering.Report;

/// <summary>Volumes: for each producer and subject, capacity year by year (valued on 1 July) against the offtake
/// committed, stacked by buyer. A share is of the capacity of that year; a volume is converted to the producer's
/// unit only on the same basis (otherwise it is not drawn, as the checks report it incomparable).</summary>
internal static class VolumeSection
{
    /// <summary>The longest span of years drawn; open-ended capacities are drawn for ten years.</summary>
    private const int MaxYears = 30;

    public static ImmutableArray<ProducerVolumes> Build(AgreementSet set, IReadOnlyList<ReportTerms> agreements, DiagnosticIndex diagnostics)
    {
        var offtakes = agreements.SelectMany(a => a.Offtakes.Select(o => (a.Agreement, Offtake: o))).ToArray();
        var result = ImmutableArray.CreateBuilder<ProducerVolumes>();
        foreach (var producer in set.Producers.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            foreach (var subject in producer.Capacities.GroupBy(c => (c.Subject.Mineral, c.Subject.Stage)).OrderBy(g => g.Key.Mineral, StringComparer.Ordinal).ThenBy(g => g.Key.Stage, StringComparer.Ordinal))
            {
                var capacities = subject.ToArray();
                var unit = capacities[0].PerYear.Unit;
                var basis = capacities[0].PerYear.Basis;
                var mine = offtakes.Where(o => o.Offtake.Producer == producer.Name && o.Offtake.Subject.Mineral == subject.Key.Mineral && o.Offtake.Subject.Stage == subject.Key.Stage)
                    .OrderBy(o => o.Offtake.Buyer, StringComparer.Ordinal).ThenBy(o => o.Agreement.Name, StringComparer.Ordinal).ToArray();
                var (first, last) = Years(capacities.Select(c => c.Validity).Concat(mine.Select(o => o.Offtake.Period)));
                var years = ImmutableArray.CreateBuilder<VolumeYear>();
                for (var year = first; year <= last; year++)
                {
                    var day = new DateTime(year, 7, 1);
                    var capacity = capacities.Where(c => c.Validity.Contains(day) && c.PerYear.Basis == basis)
                        .Aggregate(0m, (sum, c) => Arithmetic.Add(sum, c.PerYear.ConvertTo(unit).Amount));
                    var shares = mine.Where(o => o.Offtake.Period.Contains(day))
                        .Select(o => Share(o.Agreement, o.Offtake, capacity, unit, basis))
                        .Where(s => s is not null).Select(s => s!).ToImmutableArray();
                    var committed = shares.Aggregate(0m, (sum, s) => Arithmetic.Add(sum, s.Amount));
                    years.Add(new VolumeYear(year, capacity, shares, committed, committed > capacity));
                }

                var ids = capacities.SelectMany(c => diagnostics.At(c.Location)).Concat(mine.SelectMany(o => diagnostics.At(o.Offtake.Location)))
                    .Distinct().OrderBy(d => d.Id.Length).ThenBy(d => d.Id, StringComparer.Ordinal).Select(d => d.Id).ToImmutableArray();
                result.Add(new ProducerVolumes(producer.Name, subject.Key.Mineral + " " + subject.Key.Stage, Units.Symbol(unit) + " per year",
                    years.ToImmutable(), mine.Select(o => o.Offtake.Buyer).Distinct().ToImmutableArray(), ids));
            }
        }

        return result.ToImmutable();
    }

    private static VolumeShare? Share(Agreement agreement, Offtake offtake, decimal capacity, MassUnit unit, QuantityBasis basis)
    {
        var source = ReportSources.Of(offtake.Location);
        if (offtake.Share is { } share)
        {
            return new VolumeShare(offtake.Buyer, agreement.Name, Arithmetic.Multiply(capacity, share.Fraction), share + " of capacity", source);
        }

        return offtake.VolumePerYear is { } volume && volume.Basis == basis
            ? new VolumeShare(offtake.Buyer, agreement.Name, volume.ConvertTo(unit).Amount, volume + " per year", source)
            : null;
    }

    private static (int First, int Last) Years(IEnumerable<Period> periods)
    {
        var all = periods.ToArray();
        var starts = all.Where(p => p.From is not null).Select(p => p.From!.Value.Year).ToArray();
        var first = starts.Length > 0 ? starts.Min() : all.Where(p => p.Until is not null).Select(p => p.Until!.Value.Year).DefaultIfEmpty(2000).Min();
        var ends = all.Where(p => p.Until is not null).Select(p => p.Until!.Value.Year).ToArray();
        var last = ends.Length > 0 && all.All(p => p.Until is not null) ? ends.Max() : Math.Max(first + 9, ends.DefaultIfEmpty(first).Max());
        // Never past the calendar's last year (a capacity may be declared from 9999).
        return (first, Math.Min(Math.Min(last, first + MaxYears - 1), DateTime.MaxValue.Year));
    }
}
