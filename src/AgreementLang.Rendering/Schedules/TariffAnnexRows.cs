using System.Collections.Immutable;
using AgreementLang.Model;
using AgreementLang.Rendering.Legal;
using AgreementLang.Rendering.Text;
using AgreementLang.Text;

namespace AgreementLang.Rendering.Schedules;

/// <summary>One row of the tariff annex of the whole set: a party's treatment of one line and stage under one
/// agreement, with the floor that the party maintains on it. Figures are exact invariant decimals.
/// <see cref="Period"/> is the period of the clause named by <see cref="Source"/> (the tariff commitment, or the
/// floor for a floor row): the dates the row applies from and until, either null when unknown or indefinite.</summary>
public sealed record TariffAnnexRow(
    string Agreement,
    bool Binding,
    string Party,
    string Exporter,
    string Line,
    string Description,
    string Mineral,
    string Stage,
    string BaseRate,
    string Commitment,
    string Staging,
    string Floor,
    string Currency,
    string Unit,
    string Basis,
    string Mechanism,
    string Cap,
    string Review,
    AgreementLang.Text.Location Source,
    Period Period);

public static class TariffAnnexRows
{
    public static readonly ImmutableArray<string> Columns =
    [
        "agreement", "binding", "party", "exporter", "line", "description", "mineral", "stage", "base_rate", "commitment",
        "staging", "floor", "currency", "unit", "basis", "mechanism", "cap", "review", "source", "from", "until",
    ];

    /// <summary>The type of each column, in the order of <see cref="Columns"/>, as the GDAL/OGR <c>.csvt</c>
    /// companion file names them: every column is text (<c>String</c>) — HS lines such as 2846.90, rates, and
    /// figures such as 110.00 keep their exact digits only as text — except <c>from</c> and <c>until</c>, which
    /// are ISO 8601 dates (<c>Date</c>).</summary>
    public static readonly ImmutableArray<string> ColumnTypes =
    [
        "String", "String", "String", "String", "String", "String", "String", "String", "String", "String",
        "String", "String", "String", "String", "String", "String", "String", "String", "String", "Date", "Date",
    ];

    /// <summary>Rows for every agreement of the set, in agreement-name order: first each tariff commitment
    /// (one row per line), then each floor for every party that has no commitment row on that line and stage.</summary>
    public static ImmutableArray<TariffAnnexRow> Build(AgreementSet set)
    {
        var rows = new List<TariffAnnexRow>();
        foreach (var agreement in set.Agreements.OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            var zone = agreement.Zone is null ? null : set.Zones.FirstOrDefault(z => z.Name == agreement.Zone);
            var names = new Names(set, agreement);
            var binding = DraftBuilder.IsBinding(agreement);
            var floors = agreement.Terms.OfType<Floor>().ToArray();
            var covered = new HashSet<(string Party, string Line, string Mineral, string Stage)>();
            foreach (var tariff in agreement.Terms.OfType<TariffCommitment>())
            {
                var floor = floors.FirstOrDefault(f => f.Subject.Mineral == tariff.Subject.Mineral && f.Subject.Stage == tariff.Subject.Stage);
                foreach (var (code, description) in Annexes.Lines(set, tariff.Importer, tariff.Subject, tariff.Line))
                {
                    covered.Add((tariff.Importer, code, tariff.Subject.Mineral, tariff.Subject.Stage));
                    rows.Add(Row(agreement, binding, tariff.Importer, tariff.Exporter, code, description, tariff.Subject,
                        tariff.BaseRate is { } b ? LegalText.RateFigures(b) : "", LegalText.RateFigures(tariff.Rate), tariff.Staging.ToString(),
                        floor, zone, names, tariff.Location, tariff.Period));
                }
            }

            foreach (var floor in floors)
            {
                foreach (var party in agreement.Parties)
                {
                    foreach (var (code, description) in Annexes.Lines(set, party.Code, floor.Subject, null))
                    {
                        if (covered.Contains((party.Code, code, floor.Subject.Mineral, floor.Subject.Stage)))
                        {
                            continue;
                        }

                        rows.Add(Row(agreement, binding, party.Code, floor.Mechanism.Scope?.ToString() ?? "", code, description, floor.Subject,
                            "", "", "", floor, zone, names, floor.Location, floor.Period));
                    }
                }
            }
        }

        return rows.ToImmutableArray();
    }

    private static TariffAnnexRow Row(
        Agreement agreement, bool binding, string party, string exporter, string line, string description, MineralStage subject,
        string baseRate, string commitment, string staging, Floor? floor, Zone? zone, Names names, AgreementLang.Text.Location source, Period period)
    {
        var price = floor is null ? null : Annexes.FloorPrice(floor, zone);
        return new TariffAnnexRow(
            agreement.Name,
            binding,
            party,
            exporter,
            line,
            description,
            subject.Mineral,
            subject.Stage,
            baseRate,
            commitment,
            staging,
            price is { } p ? LegalText.Exact(p.Money.Amount) : "",
            price is { } c ? c.Money.Currency : "",
            price is { } u ? Units.Symbol(u.Unit) : "",
            price is { } q ? Units.BasisText(q.Basis) : "",
            floor is null ? "" : Annexes.Mechanism(floor, names),
            floor?.TariffCap is { } cap ? LegalText.Exact(cap.Value) : "",
            floor?.Review is { } review ? LegalText.Review(review) : "",
            source,
            period);
    }
}
