using System.Collections.Immutable;
using AgreementLang.Checks;
using AgreementLang.Model;

namespace AgreementLang.Rendering.Report;

/// <summary>The floor matrices: for each zone and mineral, the agreements that set a floor on it × its stages, each
/// floor in the currency and unit of the zone's reference price (by the exchange rates the sources declare) and
/// placed against that price.</summary>
internal static class FloorSection
{
    public static ImmutableArray<FloorMatrix> Build(AgreementSet set, IReadOnlyList<ReportTerms> agreements, DiagnosticIndex diagnostics, DateTime? asOf)
    {
        var floors = agreements.SelectMany(a => a.Floors.Select(f => (Terms: a, Floor: f))).ToArray();
        var matrices = ImmutableArray.CreateBuilder<FloorMatrix>();
        foreach (var byZone in floors.GroupBy(f => f.Terms.Agreement.Zone ?? "").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var zone = set.Zones.FirstOrDefault(z => z.Name == byZone.Key);
            foreach (var byMineral in byZone.GroupBy(f => f.Floor.Subject.Mineral).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var stages = byMineral.Select(f => f.Floor.Subject).GroupBy(s => s.Stage)
                    .Select(g => g.First()).OrderBy(s => s.Level).ThenBy(s => s.Stage, StringComparer.Ordinal).ToArray();
                var references = stages.Select(s => Reference(zone, s, asOf)).ToArray();
                var rows = byMineral.GroupBy(f => f.Terms.Agreement.Name).OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(row => new FloorRow(row.Key, stages.Select((stage, i) =>
                    {
                        // A second floor on the same stage in one agreement (another period) is drawn after the first.
                        var first = row.FirstOrDefault(f => f.Floor.Subject.Stage == stage.Stage);
                        return first.Floor is null ? null : Cell(first.Terms.Agreement, zone, first.Floor, references[i], diagnostics);
                    }).ToImmutableArray()))
                    .ToImmutableArray();
                matrices.Add(new FloorMatrix(byZone.Key, byMineral.Key, stages.Select(s => s.Stage).ToImmutableArray(),
                    references.Select(r => r?.Shown).ToImmutableArray(), rows));
            }
        }

        return matrices.ToImmutable();
    }

    private static (FloorReference Shown, ReferencePrice Price)? Reference(Zone? zone, MineralStage subject, DateTime? asOf)
    {
        var price = zone?.ReferencePrices.FirstOrDefault(r => r.Subject.Mineral == subject.Mineral && r.Subject.Stage == subject.Stage &&
                                                               (asOf is not { } date || r.Validity.Contains(date)))
                    ?? zone?.ReferencePrices.FirstOrDefault(r => r.Subject.Mineral == subject.Mineral && r.Subject.Stage == subject.Stage);
        return price is null
            ? null
            : (new FloorReference(price.Price.ToString(), price.Price.Money.Amount, price.Price.Money.Currency,
                Units.Symbol(price.Price.Unit), ReportSources.Of(price.Location)), price);
    }

    private static FloorCell Cell(Agreement agreement, Zone? zone, Floor floor, (FloorReference Shown, ReferencePrice Price)? reference, DiagnosticIndex diagnostics)
    {
        var ids = diagnostics.IdsAt(floor.Location);
        var stated = floor.Price is { } p ? p.ToString() : "reference price (none declared)";
        if (floor.Price is not { } price || reference is not { } r)
        {
            return new FloorCell(stated, null, null, "no-reference", floor.AtReferencePrice, ReportSources.Of(floor.Location), ids);
        }

        var rates = agreement.ExchangeRates.Concat(zone?.ExchangeRates ?? ImmutableArray<ExchangeRate>.Empty);
        var target = r.Price.Price;
        var converted = Conversions.ConvertPrice(price, target.Money.Currency, target.Unit, target.Basis, rates, floor.Period);
        if (converted is not { } c)
        {
            return new FloorCell(stated, null, null, "incomparable", floor.AtReferencePrice, ReportSources.Of(floor.Location), ids);
        }

        var amount = Math.Round(Conversions.Comparable(c), 2, MidpointRounding.AwayFromZero);
        var against = amount < target.Money.Amount ? "below" : amount > target.Money.Amount ? "above" : "equal";
        var shown = Show.Price(amount, target.Money.Currency, target.Unit, target.Basis);
        return new FloorCell(stated, amount, shown, against, floor.AtReferencePrice, ReportSources.Of(floor.Location), ids);
    }
}
