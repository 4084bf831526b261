using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Text;

namespace AgreementLang.Checks;

/// <summary>
/// What the two stage-inversion rules share. One kilogram of an upstream stage yields <c>y</c> kilograms of a
/// downstream one (catalogue yields: 0.85 kg NdPr metal per kg oxide), so the downstream price must be at
/// least the upstream price divided by <c>y</c>; below that, importing the downstream product is cheaper than
/// refining the upstream one inside the zone, and the upstream floor is undercut. Prices are compared only on
/// the same basis, converted to the downstream price's currency and unit.
/// </summary>
internal static class StageInversion
{
    /// <summary>The typed method of the calling rule's code: <see cref="Diagnostic.StageInversionInAgreement"/> or
    /// <see cref="Diagnostic.StageInversionAcrossAgreements"/>.</summary>
    public delegate Diagnostic Make(Location at, string what, MineralStage product, string price, string where,
        string inputWhat, MineralStage input, string inputPrice, string inputWhere, string yield, string productStage, string inputStage,
        string leastPrice, string overlap);

    /// <summary>Compares every downstream entry with the highest upstream entry of another stage it may be
    /// compared with (<paramref name="comparable"/> decides: same instrument, or different ones).</summary>
    public static void Check(
        CheckContext context,
        Make make,
        string mineral,
        IReadOnlyList<PriceEntry> entries,
        Func<PriceEntry, PriceEntry, bool> comparable,
        List<Diagnostic> diagnostics)
    {
        var byStage = entries.GroupBy(e => e.Subject.Stage, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        if (byStage.Count < 2)
        {
            return;
        }

        foreach (var up in byStage.Keys.OrderBy(s => s, StringComparer.Ordinal))
        {
            // Upstream entries by currency and basis, highest price first: the first comparable one of each
            // group is the strictest witness, so the scan stops there.
            var upGroups = byStage[up]
                .GroupBy(e => (e.Price.Money.Currency, e.Price.Basis))
                .Select(g => g.OrderByDescending(e => e.Price.PerKilogram).ThenBy(e => e.Order).ToList())
                .ToList();
            foreach (var down in byStage.Keys.OrderBy(s => s, StringComparer.Ordinal))
            {
                if (down == up || context.Catalog.Yield(mineral, up, down) is not { } yield || yield.Factor <= 0)
                {
                    continue;
                }

                foreach (var d in byStage[down])
                {
                    CheckOne(make, d, upGroups, yield.Factor, comparable, diagnostics);
                }
            }
        }
    }

    private static void CheckOne(Make make, PriceEntry d, List<List<PriceEntry>> upGroups, decimal yield,
        Func<PriceEntry, PriceEntry, bool> comparable, List<Diagnostic> diagnostics)
    {
        var currency = d.Price.Money.Currency;
        PriceEntry? worst = null;
        Converted worstValue = default;
        decimal worstThreshold = 0;
        foreach (var group in upGroups)
        {
            foreach (var u in group)
            {
                if (!comparable(u, d) || !u.Period.Overlaps(d.Period))
                {
                    continue;
                }

                if (u.In(currency, d.Price.Unit, d.Price.Basis, d) is { } converted)
                {
                    var threshold = Arithmetic.Divide(converted.Amount, yield);
                    if (worst is null || threshold > worstThreshold)
                    {
                        worst = u;
                        worstValue = converted;
                        worstThreshold = threshold;
                    }
                }

                break;
            }
        }

        // A downstream price a fraction of a cent below the exact threshold is not an inversion: prices are
        // written in cents (110.00 / 0.85 = 129.4117…, and USD 129.41 per kg is consistent).
        var rounded = Math.Round(worstThreshold, 2, MidpointRounding.AwayFromZero);
        if (worst is null || d.Price.Money.Amount >= rounded)
        {
            return;
        }

        var downPrimary = d.Order >= worst.Order;
        var primary = downPrimary ? d : worst;
        var other = downPrimary ? worst : d;
        var upText = Show.Price(worst.Price, worstValue, d.Price.Unit);
        var diagnostic = make(primary.Location,
            d.What, d.Subject, Show.Price(d.Price), d.Where(downPrimary),
            worst.What, worst.Subject, upText, worst.Where(!downPrimary),
            yield.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture), d.Subject.Stage, worst.Subject.Stage,
            Show.Price(rounded, currency, d.Price.Unit, d.Price.Basis), Show.FromOverlap(d.Period, worst.Period));
        diagnostics.Add(diagnostic.WithRelated(other.Location,
            other.What + " for " + other.Subject + " of " + (downPrimary ? upText : Show.Price(d.Price))));
    }
}
