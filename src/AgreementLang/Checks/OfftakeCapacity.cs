using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Text;

namespace AgreementLang.Checks;

/// <summary>
/// What the two offtake rules share: a sweep over the offtake periods of one producer, mineral and stage that
/// adds up, on each date the commitments change, the shares of capacity (100% to one buyer, 30% to another) and
/// the volume guarantees as a share of the capacity then in force. Each spell of over-commitment is reported
/// once, when it begins, at the newest commitment then in force, with the largest others beside it.
/// </summary>
internal static class OfftakeCapacity
{
    /// <summary>The typed method of the calling rule's code: <see cref="Diagnostic.OfftakeOverCapacityInAgreement"/>
    /// or <see cref="Diagnostic.OfftakeOverCapacity"/>.</summary>
    public delegate Diagnostic Make(Location at, string producer, MineralStage subject, string inAgreement, string total,
        string capacity, string capacityAt, string from, string parts);

    public static void Check(
        CheckContext context,
        Make make,
        IReadOnlyList<EffectiveTerm<Offtake>> offtakes,
        string? inAgreement,
        bool requireSeveralAgreements,
        List<Diagnostic> diagnostics)
    {
        var first = offtakes[0].Term;
        if (!context.Producers.TryGetValue(first.Producer, out var producer))
        {
            return;
        }

        var capacities = producer.Capacities.Where(c => c.Subject == first.Subject).ToList();
        var capacityDates = capacities.SelectMany(c => new[] { c.Validity.From ?? DateTime.MinValue }
            .Concat(c.Validity.Until is { } u && u < DateTime.MaxValue.Date ? new[] { u.AddDays(1) } : Array.Empty<DateTime>()));
        var shares = 0m;
        var volumeKg = 0m;
        var overcommitted = false;
        Timeline.Sweep(
            offtakes,
            o => o.Period,
            capacityDates,
            o =>
            {
                shares = Arithmetic.Add(shares, o.Term.Share?.Value ?? 0m);
                volumeKg = Arithmetic.Add(volumeKg, o.Term.VolumePerYear?.Kilograms ?? 0m);
            },
            o =>
            {
                shares = Arithmetic.Subtract(shares, o.Term.Share?.Value ?? 0m);
                volumeKg = Arithmetic.Subtract(volumeKg, o.Term.VolumePerYear?.Kilograms ?? 0m);
            },
            (date, active) =>
            {
                // The newest capacity statement in force on the date is the plant's capacity then.
                Capacity? capacity = null;
                foreach (var candidate in capacities)
                {
                    if (candidate.Validity.Contains(date) &&
                        (capacity is null || (candidate.Validity.From ?? DateTime.MinValue) > (capacity.Validity.From ?? DateTime.MinValue)))
                    {
                        capacity = candidate;
                    }
                }

                var capacityKg = capacity?.PerYear.Kilograms ?? 0m;
                var total = Arithmetic.Add(shares, capacityKg > 0 ? Arithmetic.Multiply(Arithmetic.Divide(volumeKg, capacityKg), 100m) : 0m);
                // Shares are of whatever capacity is in force: with none yet (a plant still being built) they
                // commit nothing, and a volume guaranteed from no capacity is AGR322's, reported as such.
                var over = capacity is not null && capacityKg > 0m && total > 100m;
                if (!over || overcommitted)
                {
                    overcommitted = over;
                    return;
                }

                var inForce = capacity!;

                var newest = active.OrderBy(o => o.Order).Last();
                if (requireSeveralAgreements && active.Select(o => o.Agreement.Name).Distinct(StringComparer.Ordinal).Count() < 2)
                {
                    return;
                }

                overcommitted = true;

                // The newest commitment first, then the others from the largest share down.
                var ordered = active.Where(o => !ReferenceEquals(o, newest))
                    .OrderByDescending(o => Share(o, capacityKg)).ThenByDescending(o => o.Order)
                    .ToList();
                var parts = new[] { newest }.Concat(ordered)
                    .Select(o => Part(o, capacityKg) + " " + Describe.Where(o, ReferenceEquals(o, newest)))
                    .ToList();
                var capacityText = Show.Quantity(inForce.PerYear.Amount, inForce.PerYear.Unit, inForce.PerYear.Basis);
                var totalText = Show.Percent(Math.Round(total, 2));
                var diagnostic = make(newest.Location, producer.Name, first.Subject,
                    inAgreement is null ? "" : " in " + inAgreement, totalText, capacityText,
                    inForce.Location.ToString(), date == DateTime.MinValue ? "" : " from " + Show.Date(date),
                    Describe.List(parts));
                foreach (var o in ordered.Take(10))
                {
                    diagnostic = diagnostic.WithRelated(o.Location, "offtake of " + Part(o, capacityKg) + " in " + o.Instrument);
                }

                diagnostics.Add(diagnostic.WithRelated(inForce.Location,
                    "capacity of " + producer.Name + " for " + first.Subject + ": " + capacityText + " per year"));
            });
    }

    /// <summary>A commitment as a share of the capacity, in per cent (a volume against no capacity counts in full).</summary>
    private static decimal Share(EffectiveTerm<Offtake> offtake, decimal capacityKg) =>
        offtake.Term.Share?.Value ?? (capacityKg > 0 ? Arithmetic.Multiply(Arithmetic.Divide(offtake.Term.VolumePerYear!.Value.Kilograms, capacityKg), 100m) : offtake.Term.VolumePerYear!.Value.Kilograms);

    private static string Part(EffectiveTerm<Offtake> offtake, decimal capacityKg)
    {
        var o = offtake.Term;
        if (o.Share is { } share)
        {
            return Show.Percent(share.Value) + " to " + o.Buyer;
        }

        var volume = o.VolumePerYear!.Value;
        var text = Show.Quantity(volume.Amount, volume.Unit, volume.Basis) + " per year to " + o.Buyer;
        return capacityKg > 0 ? text + " (" + Show.Percent(Math.Round(Arithmetic.Multiply(Arithmetic.Divide(volume.Kilograms, capacityKg), 100m), 2)) + ")" : text;
    }
}
