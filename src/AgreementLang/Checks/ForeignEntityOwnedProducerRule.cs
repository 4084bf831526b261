using AgreementLang.Diagnostics;
using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>AGR314: a producer owned, at or above its zone's threshold, by a foreign entity of concern of that zone
/// (an owner the zone lists under <c>foreign entity</c>, or an entity whose country it lists) receives what the
/// zone reserves to its members: offtake under one of the zone's agreements (which counts its output as zone
/// supply) or a floor's price-gap payment. Reported at the offtake or floor, with the ownership line as a note.
/// The threshold is the zone's own (<c>foreign entity threshold</c>), else the usual 25%. Only ownership that
/// overlaps the term's period counts, and with <c>--as-of</c> only ownership held on that date.</summary>
public sealed class ForeignEntityOwnedProducerRule : IRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.ForeignEntityOwnedProducer;

    public void Check(CheckContext context, List<Diagnostic> diagnostics)
    {
        if (!context.Producers.Values.Any(p => p.Owners.Length > 0))
        {
            return;
        }

        foreach (var offtake in context.Offtakes)
        {
            Report(context, offtake, offtake.Term.Producer,
                "supply goods counted as zone supply through the offtake of " + Share(offtake.Term) + " by " + offtake.Term.Buyer, diagnostics);
        }

        foreach (var floor in context.Floors)
        {
            if (floor.Term.Mechanism is { Kind: FloorMechanismKind.PriceGapPayment, Beneficiary: { } beneficiary })
            {
                Report(context, floor, beneficiary, "receive the price-gap payment of the floor for " + floor.Term.Subject + ", reserved to the zone's members", diagnostics);
            }
        }
    }

    private void Report<T>(CheckContext context, EffectiveTerm<T> term, string producerName, string benefit, List<Diagnostic> diagnostics)
        where T : AgreementTerm
    {
        if (context.ZoneOf(term.Agreement) is not { } zone || !context.Producers.TryGetValue(producerName, out var producer))
        {
            return;
        }

        var threshold = zone.ForeignEntityThreshold ?? Zone.UsualForeignEntityThreshold;
        foreach (var owner in producer.Owners)
        {
            if (owner.Share.Value < threshold.Value || !owner.Validity.Overlaps(term.Period) ||
                (context.AsOf is { } asOf && !owner.Validity.Contains(asOf)) ||
                ForeignEntityOf(context, zone, owner.Owner) is not { } listed)
            {
                continue;
            }

            var via = listed == owner.Owner ? "" : " (of " + listed + ")";
            var usual = zone.ForeignEntityThreshold is null ? " (the usual threshold: the zone states none)" : " (the zone's)";
            diagnostics.Add(Diagnostic.ForeignEntityOwnedProducer(term.Location, producer.Name, owner.Share, owner.Owner, via, OwnershipPeriod(owner),
                    zone.Name, threshold, usual, benefit, term.Instrument)
                .WithRelated(owner.Location, "the ownership: " + producer.Name + " owned " + owner.Share + " by " + owner.Owner + OwnershipPeriod(owner)));
            return;
        }
    }

    /// <summary>The code the zone lists that makes <paramref name="owner"/> a foreign entity of concern: the owner
    /// itself, or the country of the declared entity or producer it names; null if none.</summary>
    private static string? ForeignEntityOf(CheckContext context, Zone zone, string owner)
    {
        if (zone.ForeignEntities.Contains(owner))
        {
            return owner;
        }

        var country = context.Set.Institutions.FirstOrDefault(i => i.Name == owner)?.Country
                      ?? (context.Producers.TryGetValue(owner, out var producer) ? producer.Country : null);
        return country is not null && zone.ForeignEntities.Contains(country) ? country : null;
    }

    private static string OwnershipPeriod(Ownership owner) => owner.Validity.From is null && owner.Validity.Until is null ? "" : " " + owner.Validity;

    private static string Share(Offtake offtake) =>
        offtake.Share is { } share ? share + " of its " + offtake.Subject + " capacity" : offtake.VolumePerYear + " of " + offtake.Subject + " per year";
}
