using System.Collections.Immutable;
using AgreementLang.Catalog;
using AgreementLang.Model;
using AgreementLang.Rendering.Text;

namespace AgreementLang.Rendering.Legal;

/// <summary>The tariff schedule annex.</summary>
public static partial class Annexes
{
    public static readonly ImmutableArray<string> TariffColumns =
        ["National line", "Description", "Stage", "Base rate", "Commitment", "Floor", "Mechanism", "Cap", "Review"];

    private static readonly ImmutableArray<string> TariffNotes =
        ["EIF: the customs duty is eliminated on the date of entry into force.", "Floor: the floor price of Annex I that the importing party maintains on the line; the mechanism applies to the imports it names."];

    /// <summary>The tariff schedule: a table per importer and exporter, a row per line.</summary>
    private static AnnexContent TariffAnnex(AgreementSet set, Agreement agreement, Zone? zone, Names names, string root, List<TariffCommitment> tariffs)
    {
        // One table per importer and exporter, in the order their first commitment appears.
        var schedules = new List<(string Importer, string Exporter, List<TariffCommitment> Commitments)>();
        foreach (var tariff in tariffs)
        {
            var schedule = -1;
            for (var i = 0; i < schedules.Count && schedule < 0; i++)
            {
                schedule = schedules[i].Importer == tariff.Importer && schedules[i].Exporter == tariff.Exporter ? i : -1;
            }

            if (schedule < 0)
            {
                schedules.Add((tariff.Importer, tariff.Exporter, [tariff]));
            }
            else
            {
                schedules[schedule].Commitments.Add(tariff);
            }
        }

        var tables = ImmutableArray.CreateBuilder<DraftTable>(schedules.Count);
        foreach (var (importer, exporter, commitments) in schedules)
        {
            var rows = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
            var sources = ImmutableArray.CreateBuilder<ImmutableArray<DraftSource>>();
            foreach (var tariff in commitments)
            {
                var added = TariffRows(set, agreement, zone, names, tariff).ToList();
                rows.AddRange(added);
                for (var i = 0; i < added.Count; i++)
                {
                    sources.Add(Sources(tariff.Location, null, root));
                }
            }

            tables.Add(new DraftTable(
                "Schedule of " + names.Of(importer) + " (goods originating in " + names.Of(exporter) + ")",
                TariffColumns,
                rows.ToImmutable(),
                sources.ToImmutable()));
        }

        return new("tariffs", "Tariff Schedule", TariffNotes, tables.MoveToImmutable());
    }

    /// <summary>The rows of one tariff commitment: one per national or HS line.</summary>
    public static IEnumerable<ImmutableArray<string>> TariffRows(AgreementSet set, Agreement agreement, Zone? zone, Names names, TariffCommitment tariff)
    {
        Floor? floor = null;
        foreach (var term in agreement.Terms)
        {
            if (term is Floor f && f.Subject.Mineral == tariff.Subject.Mineral && f.Subject.Stage == tariff.Subject.Stage)
            {
                floor = f;
                break;
            }
        }

        var price = floor is null ? null : FloorPrice(floor, zone);
        var lines = LineArray(set, tariff.Importer, tariff.Subject, tariff.Line);
        var rows = new ImmutableArray<string>[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            rows[i] = Row(
                lines[i].Code,
                lines[i].Description,
                tariff.Subject.Stage,
                tariff.BaseRate is { } b ? LegalText.RateFigures(b) : "—",
                LegalText.RateFigures(tariff.Rate) + " " + tariff.Staging,
                price is { } p ? LegalText.UnitPriceFigures(p) : "—",
                floor is null ? "—" : Mechanism(floor, names),
                floor?.TariffCap is { } cap ? LegalText.PercentFigures(cap) : "—",
                floor?.Review is { } review ? LegalText.Review(review) : "—");
        }

        return rows;
    }
}
