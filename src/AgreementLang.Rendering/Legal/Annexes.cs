using System.Collections.Immutable;
using AgreementLang.Catalog;
using AgreementLang.Model;
using AgreementLang.Rendering.Text;

namespace AgreementLang.Rendering.Legal;

/// <summary>The annexes of a draft, numbered in order among those the agreement needs: reference prices and
/// floors, the tariff schedule, financing, rules of origin. Tables hold figures, not words.</summary>
public static class Annexes
{
    public static readonly ImmutableArray<string> TariffColumns =
        ["National line", "Description", "Stage", "Base rate", "Commitment", "Floor", "Mechanism", "Cap", "Review"];

    public static ImmutableArray<DraftAnnex> Build(AgreementSet set, Agreement agreement, Zone? zone, Names names)
    {
        var annexes = new List<(string Family, string Heading, ImmutableArray<string> Notes, ImmutableArray<DraftTable> Tables)>();
        var floors = agreement.Terms.OfType<Floor>().ToArray();
        if (floors.Length > 0)
        {
            var rows = floors.Select(f =>
            {
                var price = FloorPrice(f, zone);
                return Row(
                    names.Mineral(f.Subject.Mineral),
                    f.Subject.Stage,
                    HsCodes(set, f.Subject),
                    price is { } p ? LegalText.MoneyFigures(p.Money) + (f.AtReferencePrice ? " (Reference Price)" : "") : "not set",
                    price is { } q ? "per " + Units.Symbol(q.Unit) + (q.Basis == Units.DefaultBasis(q.Unit) ? "" : " " + Units.BasisText(q.Basis)) : "—",
                    f.Period.From is { } from ? LegalText.Date(from) : "entry into force",
                    f.Review is { } review ? LegalText.Review(review) : "—",
                    Mechanism(f, names),
                    f.TariffCap is { } cap ? LegalText.PercentFigures(cap) : "—");
            });
            annexes.Add(("prices", "Reference Prices and Price Floors", ImmutableArray<string>.Empty,
                [new DraftTable(null, ["Mineral", "Stage", "HS subheading", "Floor price", "Unit", "From", "Review", "Mechanism", "Cap"], rows.ToImmutableArray())]));
        }

        var tariffs = agreement.Terms.OfType<TariffCommitment>().ToArray();
        if (tariffs.Length > 0)
        {
            var tables = tariffs
                .GroupBy(t => (t.Importer, t.Exporter))
                .Select(g => new DraftTable(
                    "Schedule of " + names.Of(g.Key.Importer) + " (goods originating in " + names.Of(g.Key.Exporter) + ")",
                    TariffColumns,
                    g.SelectMany(t => TariffRows(set, agreement, zone, names, t)).ToImmutableArray()))
                .ToImmutableArray();
            annexes.Add(("tariffs", "Tariff Schedule", ["EIF: the customs duty is eliminated on the date of entry into force.", "Floor: the floor price of Annex I that the importing party maintains on the line; the mechanism applies to the imports it names."], tables));
        }

        var financing = agreement.Terms.Where(t => t is Loan or EquityStake or Grant or Guarantee).ToArray();
        if (financing.Length > 0)
        {
            var rows = financing.Select(t => t switch
            {
                Loan l => Row("Loan", names.Of(l.Lender), names.Of(l.Borrower), LegalText.MoneyFigures(l.Amount),
                    l.Rate is { } r ? LegalText.RateFigures(r) : "—", l.Tenor.ToString(), l.Facility is { } f ? names.Of(f) : "—"),
                EquityStake e => Row("Equity", names.Of(e.Investor), names.Of(e.Investee), LegalText.MoneyFigures(e.Amount),
                    e.Stake is { } s ? LegalText.PercentFigures(s) + " stake" : "—", "—", "—"),
                Grant g => Row("Grant", names.Of(g.Grantor), names.Of(g.Grantee), LegalText.MoneyFigures(g.Amount), "—",
                    g.Within is { } w ? "within " + w : "—", "—"),
                Guarantee g => Row("Guarantee", names.Of(g.Guarantor), names.Of(g.Beneficiary), LegalText.MoneyFigures(g.Amount), "—",
                    g.Tenor?.ToString() ?? "—", "—"),
                _ => throw new InvalidOperationException(),
            });
            annexes.Add(("financing", "Financing", ImmutableArray<string>.Empty,
                [new DraftTable(null, ["Instrument", "Provider", "Recipient", "Amount", "Rate or stake", "Term", "Facility"], rows.ToImmutableArray())]));
        }

        var origin = agreement.Terms.OfType<OriginRule>().ToArray();
        if (origin.Length > 0)
        {
            var rows = origin.Select(r => Row(
                names.Mineral(r.Subject.Mineral),
                r.Subject.Stage,
                HsCodes(set, r.Subject),
                r.ZoneContent is { } content ? "≥ " + LegalText.PercentFigures(content) : "—",
                r.ChangeOfTariffHeading ? "required" : "—",
                r.ConsignedFromMembersOnly ? "from members only" : "—",
                r.ForeignEntityBelow is { } below ? "< " + LegalText.PercentFigures(below) : "—"));
            annexes.Add(("origin", "Rules of Origin", ImmutableArray<string>.Empty,
                [new DraftTable(null, ["Mineral", "Stage", "HS subheading", "Zone content", "Change of tariff heading", "Consignment", "Foreign Entity of Concern share"], rows.ToImmutableArray())]));
        }

        return annexes
            .Select((a, i) => new DraftAnnex(DraftBuilder.RomanNumeral(i + 1), i + 1, a.Family, a.Heading, a.Notes, a.Tables))
            .ToImmutableArray();
    }

    /// <summary>The floor price of a term: its own, or the zone's reference price for the same mineral and stage.</summary>
    public static UnitPrice? FloorPrice(Floor floor, Zone? zone) =>
        floor.Price ?? (floor.AtReferencePrice
            ? zone?.ReferencePrices.FirstOrDefault(r => r.Subject.Mineral == floor.Subject.Mineral && r.Subject.Stage == floor.Subject.Stage)?.Price
            : null);

    /// <summary>HS lines of a mineral and stage: the catalogue's, or those a file declares for a mineral the
    /// catalogue lacks.</summary>
    public static ImmutableArray<HsLine> HsLines(AgreementSet set, MineralStage subject)
    {
        var lines = MineralCatalog.Default.HsLines(subject.Mineral, subject.Stage);
        if (lines.Length > 0)
        {
            return lines;
        }

        var declared = set.Minerals.FirstOrDefault(m => m.Code == subject.Mineral)?.Stages.FirstOrDefault(s => s.Stage == subject.Stage);
        return declared is null
            ? ImmutableArray<HsLine>.Empty
            : declared.HsCodes.Select(code => new HsLine(subject.Mineral, subject.Stage, code, subject.Mineral + " " + subject.Stage, false)).ToImmutableArray();
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
                                                  (floor.Mechanism.Clawback is { } c ? ", clawback " + LegalText.PercentFigures(c) : ""),
            FloorMechanismKind.MinimumImportPrice => "minimum import price" + scope,
            _ => "—",
        };
    }

    /// <summary>The rows of one tariff commitment: one per national or HS line.</summary>
    public static IEnumerable<ImmutableArray<string>> TariffRows(AgreementSet set, Agreement agreement, Zone? zone, Names names, TariffCommitment tariff)
    {
        var floor = agreement.Terms.OfType<Floor>().FirstOrDefault(f => f.Subject.Mineral == tariff.Subject.Mineral && f.Subject.Stage == tariff.Subject.Stage);
        var price = floor is null ? null : FloorPrice(floor, zone);
        foreach (var (code, description) in Lines(set, tariff.Importer, tariff.Subject, tariff.Line))
        {
            yield return Row(
                code,
                description,
                tariff.Subject.Stage,
                tariff.BaseRate is { } b ? LegalText.RateFigures(b) : "—",
                LegalText.RateFigures(tariff.Rate) + " " + tariff.Staging,
                price is { } p ? LegalText.UnitPriceFigures(p) : "—",
                floor is null ? "—" : Mechanism(floor, names),
                floor?.TariffCap is { } cap ? LegalText.PercentFigures(cap) : "—",
                floor?.Review is { } review ? LegalText.Review(review) : "—");
        }
    }

    /// <summary>The lines a commitment covers: the line it names; else the importer's declared national lines for
    /// the mineral and stage; else the HS lines of the catalogue.</summary>
    public static IEnumerable<(string Code, string Description)> Lines(AgreementSet set, string importer, MineralStage subject, string? line)
    {
        var national = set.Lines.Where(l => l.Country == importer && l.Subject.Mineral == subject.Mineral && l.Subject.Stage == subject.Stage).ToArray();
        if (line is not null)
        {
            var named = set.Lines.FirstOrDefault(l => l.Code == line);
            var hs = HsLines(set, subject).FirstOrDefault(h => h.Code == line);
            return [(line, named?.Description ?? hs?.Description ?? subject.Mineral + " " + subject.Stage)];
        }

        if (national.Length > 0)
        {
            return national.Select(l => (l.Code, l.Description));
        }

        var lines = HsLines(set, subject);
        return lines.Length > 0
            ? lines.Select(h => (h.Code, h.Description))
            : [("—", subject.Mineral + " " + subject.Stage)];
    }

    private static string HsCodes(AgreementSet set, MineralStage subject)
    {
        var lines = HsLines(set, subject);
        return lines.Length == 0 ? "—" : string.Join(", ", lines.Select(l => l.Code));
    }

    private static ImmutableArray<string> Row(params string[] cells) => cells.ToImmutableArray();
}
