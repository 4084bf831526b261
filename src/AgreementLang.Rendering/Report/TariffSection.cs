using System.Collections.Immutable;
using AgreementLang.Model;

namespace AgreementLang.Rendering.Report;

/// <summary>The tariff matrices: for each mineral and stage, exporter × importer, every commitment on the pair with
/// its rate and staging. A cell is marked as undercutting a floor only when a diagnostic says so.</summary>
internal static class TariffSection
{
    /// <summary>The codes whose diagnostics say a tariff commitment undercuts a floor.</summary>
    private static readonly string[] UndercutCodes = ["AGR202", "AGR303"];

    public static ImmutableArray<TariffMatrix> Build(IReadOnlyList<ReportTerms> agreements, DiagnosticIndex diagnostics, DateTime? asOf)
    {
        var tariffs = agreements.SelectMany(a => a.Tariffs.Select(t => (a.Agreement, Tariff: t))).ToArray();
        var matrices = ImmutableArray.CreateBuilder<TariffMatrix>();
        foreach (var bySubject in tariffs.GroupBy(t => (t.Tariff.Subject.Mineral, t.Tariff.Subject.Stage))
                     .OrderBy(g => g.Key.Mineral, StringComparer.Ordinal).ThenBy(g => g.First().Tariff.Subject.Level).ThenBy(g => g.Key.Stage, StringComparer.Ordinal))
        {
            var exporters = bySubject.Select(t => t.Tariff.Exporter).Distinct().Order(StringComparer.Ordinal).ToImmutableArray();
            var importers = bySubject.Select(t => t.Tariff.Importer).Distinct().Order(StringComparer.Ordinal).ToImmutableArray();
            var cells = bySubject.GroupBy(t => (t.Tariff.Exporter, t.Tariff.Importer))
                .OrderBy(g => g.Key.Exporter, StringComparer.Ordinal).ThenBy(g => g.Key.Importer, StringComparer.Ordinal)
                .Select(pair =>
                {
                    var found = pair.SelectMany(t => diagnostics.At(t.Tariff.Location)).Distinct().ToArray();
                    var entries = pair.OrderBy(t => t.Agreement.Name, StringComparer.Ordinal)
                        .Select(t => Entry(t.Agreement, t.Tariff, asOf)).ToImmutableArray();
                    return new TariffCell(pair.Key.Exporter, pair.Key.Importer, entries,
                        found.Any(d => UndercutCodes.Contains(d.Code)), found.Select(d => d.Id).ToImmutableArray());
                })
                .ToImmutableArray();
            matrices.Add(new TariffMatrix(bySubject.Key.Mineral, bySubject.Key.Stage, exporters, importers, cells));
        }

        return matrices.ToImmutable();
    }

    /// <summary>A commitment; <see cref="TariffEntry.Staged"/> is false when, as of the date, its staging has not
    /// yet brought the rate into force (a staging date still to come).</summary>
    private static TariffEntry Entry(Agreement agreement, TariffCommitment tariff, DateTime? asOf)
    {
        var staged = asOf is not { } date || tariff.Staging.Kind != StagingKind.Date || tariff.Staging.From <= date;
        var staging = tariff.Staging.Kind switch
        {
            StagingKind.EntryIntoForce => "from entry into force",
            StagingKind.Date => "from " + Dates.Iso(tariff.Staging.From!.Value),
            _ => "staging category " + tariff.Staging.Category,
        };
        return new TariffEntry(agreement.Name, tariff.Rate.ToString(), tariff.Rate.Specific is null && tariff.Rate.Benchmark is null ? tariff.Rate.Percent?.Value : null,
            tariff.BaseRate?.ToString(), staging, staged, ReportSources.Of(tariff.Location));
    }
}
