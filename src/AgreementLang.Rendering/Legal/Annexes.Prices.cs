using System.Collections.Immutable;
using AgreementLang.Catalog;
using AgreementLang.Model;
using AgreementLang.Rendering.Text;

namespace AgreementLang.Rendering.Legal;

/// <summary>Annex of reference prices and floors, and the floor figures other tables and the schedules share.</summary>
public static partial class Annexes
{
    private static readonly ImmutableArray<string> PriceColumns =
        ["Mineral", "Stage", "HS subheading", "Floor price", "Unit", "From", "Review", "Mechanism", "Cap"];

    /// <summary>Annex of reference prices and floors: one row per floor, in figures.</summary>
    private static AnnexContent PriceAnnex(AgreementSet set, Agreement agreement, Zone? zone, Names names, string root, List<Floor> floors)
    {
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<string>>(floors.Count);
        var sources = ImmutableArray.CreateBuilder<ImmutableArray<DraftSource>>(floors.Count);
        foreach (var f in floors)
        {
            var price = FloorPrice(f, zone);
            sources.Add(Sources(f.Location, f.AtReferencePrice ? ReferencePriceOf(f, zone)?.Location : null, root));
            rows.Add(Row(
                names.Mineral(f.Subject.Mineral),
                f.Subject.Stage,
                HsCodes(set, f.Subject),
                price is { } p ? LegalText.MoneyFigures(p.Money) + (f.AtReferencePrice ? " (Reference Price)" : "") : "not set",
                price is { } q ? "per " + Units.Symbol(q.Unit) + (q.Basis == Units.DefaultBasis(q.Unit) ? "" : " " + Units.BasisText(q.Basis)) : "—",
                StatedFrom(f, agreement) is { } from ? LegalText.Date(from) : "entry into force",
                f.Review is { } review ? LegalText.Review(review) : "—",
                Mechanism(f, names),
                f.TariffCap is { } cap ? LegalText.PercentFigures(cap) : "—"));
        }

        // A contract's stated floor is no reference price: the heading says only what the annex holds.
        return new("prices", floors.Any(f => f.AtReferencePrice) ? "Reference Prices and Price Floors" : "Price Floors", ImmutableArray<string>.Empty,
            [new DraftTable(null, PriceColumns, rows.MoveToImmutable(), sources.MoveToImmutable())]);
    }

    /// <summary>The floor price of a term: its own, or the zone's reference price for the same mineral and stage.</summary>
    public static UnitPrice? FloorPrice(Floor floor, Zone? zone) =>
        floor.Price is not null || !floor.AtReferencePrice ? floor.Price : ReferencePriceOf(floor, zone)?.Price;

    private static ReferencePrice? ReferencePriceOf(Floor floor, Zone? zone)
    {
        if (zone is null)
        {
            return null;
        }

        foreach (var reference in zone.ReferencePrices)
        {
            if (reference.Subject.Mineral == floor.Subject.Mineral && reference.Subject.Stage == floor.Subject.Stage)
            {
                return reference;
            }
        }

        return null;
    }

    /// <summary>The date from which a term applies, when the source gives it: the term's own date, or the
    /// agreement's entry into force when that is a date or the signature. An entry into force some days after
    /// notifications has no date yet, and a draft must not guess one (the table says "entry into force").</summary>
    public static DateTime? StatedFrom(AgreementTerm term, Agreement agreement)
    {
        if (term.Period.From is { } from && from != agreement.EffectiveFrom)
        {
            return from;
        }

        return agreement.EntryIntoForce switch
        {
            EntryIntoForce.OnDate d => d.Date,
            EntryIntoForce.OnSignature => agreement.Signed,
            _ => null,
        };
    }

    /// <summary>Mechanism in figures, for tables: "adjustable tariff on Non-Member imports".</summary>
    public static string Mechanism(Floor floor, Names names)
    {
        var scope = floor.Mechanism.Scope is { } s
            ? s.Kind switch
            {
                ScopeKind.NonMembers => " on Non-Member imports",
                ScopeKind.All => " on all imports",
                _ => " on imports from " + string.Join(", ", s.Codes),
            }
            : "";
        return floor.Mechanism.Kind switch
        {
            FloorMechanismKind.AdjustableTariff => "adjustable tariff" + scope,
            FloorMechanismKind.PriceGapPayment => "price-gap payment" + (floor.Mechanism.Beneficiary is { } b ? " to " + names.Of(b) : "") +
                                                  (floor.Mechanism.Against is { } against ? " against " + against : "") +
                                                  (floor.Mechanism.Clawback is { } c ? ", clawback " + LegalText.PercentFigures(c) : "") +
                                                  (floor.Mechanism.UpsideShare is { } u ? ", upside share " + LegalText.PercentFigures(u) : ""),
            FloorMechanismKind.MinimumImportPrice => "minimum import price" + scope,
            FloorMechanismKind.ExportTax => "export tax " + LegalText.PercentFigures(floor.Mechanism.ExportTaxRate ?? new Percentage(0)) +
                                            (floor.Mechanism.Scope is { } exports ? exports.Kind switch
                                            {
                                                ScopeKind.NonMembers => " on exports to Non-Members",
                                                ScopeKind.All => " on all exports",
                                                _ => " on exports to " + string.Join(", ", exports.Codes),
                                            } : ""),
            _ => "—",
        };
    }
}
