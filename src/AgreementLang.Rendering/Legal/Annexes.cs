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

    private static readonly ImmutableArray<string> PriceColumns =
        ["Mineral", "Stage", "HS subheading", "Floor price", "Unit", "From", "Review", "Mechanism", "Cap"];

    private static readonly ImmutableArray<string> FinancingColumns =
        ["Instrument", "Provider", "Recipient", "Amount", "Rate or stake", "Term", "Facility"];

    private static readonly ImmutableArray<string> OriginColumns =
        ["Mineral", "Stage", "HS subheading", "Zone content", "Change of tariff heading", "Consignment", "Foreign Entity of Concern share"];

    private static readonly ImmutableArray<string> TariffNotes =
        ["EIF: the customs duty is eliminated on the date of entry into force.", "Floor: the floor price of Annex I that the importing party maintains on the line; the mechanism applies to the imports it names."];

    public static ImmutableArray<DraftAnnex> Build(AgreementSet set, Agreement agreement, Zone? zone, Names names, string root = "")
    {
        ImmutableArray<DraftSource> Sources(Diagnostics.Location term, Diagnostics.Location? also) =>
            also is null ? [DraftSource.Of(term, root)] : [DraftSource.Of(term, root), DraftSource.Of(also, root)];

        var sorted = new AnnexTerms();
        foreach (var term in agreement.Terms)
        {
            term.Accept(sorted);
        }

        var (floors, tariffs, financing, origin) = (sorted.Floors, sorted.Tariffs, sorted.Financing, sorted.Origin);

        var annexes = new List<(string Family, string Heading, ImmutableArray<string> Notes, ImmutableArray<DraftTable> Tables)>(4);
        if (floors.Count > 0)
        {
            var rows = ImmutableArray.CreateBuilder<ImmutableArray<string>>(floors.Count);
            var sources = ImmutableArray.CreateBuilder<ImmutableArray<DraftSource>>(floors.Count);
            foreach (var f in floors)
            {
                var price = FloorPrice(f, zone);
                sources.Add(Sources(f.Location, f.AtReferencePrice ? ReferencePriceOf(f, zone)?.Location : null));
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
            annexes.Add(("prices", floors.Any(f => f.AtReferencePrice) ? "Reference Prices and Price Floors" : "Price Floors", ImmutableArray<string>.Empty,
                [new DraftTable(null, PriceColumns, rows.MoveToImmutable(), sources.MoveToImmutable())]));
        }

        if (tariffs.Count > 0)
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
                        sources.Add(Sources(tariff.Location, null));
                    }
                }

                tables.Add(new DraftTable(
                    "Schedule of " + names.Of(importer) + " (goods originating in " + names.Of(exporter) + ")",
                    TariffColumns,
                    rows.ToImmutable(),
                    sources.ToImmutable()));
            }

            annexes.Add(("tariffs", "Tariff Schedule", TariffNotes, tables.MoveToImmutable()));
        }

        if (financing.Count > 0)
        {
            var rows = ImmutableArray.CreateBuilder<ImmutableArray<string>>(financing.Count);
            var sources = ImmutableArray.CreateBuilder<ImmutableArray<DraftSource>>(financing.Count);
            foreach (var term in financing)
            {
                sources.Add(Sources(term.Location, null));
                rows.Add(term switch
                {
                    Loan l => Row("Loan", names.Of(l.Lender), names.Of(l.Borrower), LegalText.CommitmentFigures(l.Amount),
                        l.Rate is { } r ? LegalText.RateFigures(r) : "—", l.Tenor.ToString(), l.Facility is { } f ? names.Of(f) : "—"),
                    EquityStake e => Row("Equity", names.Of(e.Investor), names.Of(e.Investee), LegalText.CommitmentFigures(e.Amount),
                        e.Stake is { } s ? LegalText.PercentFigures(s) + " stake" : "—", "—", "—"),
                    Grant g => Row("Grant", names.Of(g.Grantor), names.Of(g.Grantee), LegalText.CommitmentFigures(g.Amount), "—",
                        g.Within is { } w ? "within " + w : "—", "—"),
                    Guarantee g => Row("Guarantee", names.Of(g.Guarantor), names.Of(g.Beneficiary), LegalText.CommitmentFigures(g.Amount), "—",
                        g.Tenor?.ToString() ?? "—", "—"),
                    _ => throw new InvalidOperationException(),
                });
            }

            annexes.Add(("financing", "Financing", ImmutableArray<string>.Empty,
                [new DraftTable(null, FinancingColumns, rows.MoveToImmutable(), sources.MoveToImmutable())]));
        }

        if (origin.Count > 0)
        {
            var rows = ImmutableArray.CreateBuilder<ImmutableArray<string>>(origin.Count);
            var sources = ImmutableArray.CreateBuilder<ImmutableArray<DraftSource>>(origin.Count);
            // The column of either/or groups appears only when some rule has one: a table of cumulative rules is
            // unchanged.
            var anyAlternatives = origin.Any(r => r.Alternatives is not null);
            foreach (var r in origin)
            {
                sources.Add(Sources(r.Location, null));
                var cells = new List<string>
                {
                    names.Mineral(r.Subject.Mineral),
                    r.Subject.Stage,
                    HsCodes(set, r.Subject),
                    r.ZoneContent is { } content ? "≥ " + LegalText.PercentFigures(content) + ValuationFigure(r.Valuation) : "—",
                    r.ChangeOfTariffHeading ? "required" : "—",
                    r.ConsignedFromMembersOnly ? "from members only" : "—",
                    r.ForeignEntityBelow is { } below ? "< " + LegalText.PercentFigures(below) : "—",
                };
                if (anyAlternatives)
                {
                    cells.Add(r.Alternatives is { } alternatives ? string.Join(" or ", alternatives.Criteria.Select(AlternativeFigure)) : "—");
                }

                rows.Add(Row(cells.ToArray()));
            }

            annexes.Add(("origin", "Rules of Origin", ImmutableArray<string>.Empty,
                [new DraftTable(null, anyAlternatives ? OriginColumns.Add("Any one of") : OriginColumns, rows.MoveToImmutable(), sources.MoveToImmutable())]));
        }

        var result = ImmutableArray.CreateBuilder<DraftAnnex>(annexes.Count);
        for (var i = 0; i < annexes.Count; i++)
        {
            var (family, heading, notes, tables) = annexes[i];
            result.Add(new DraftAnnex(DraftBuilder.RomanNumeral(i + 1), i + 1, family, heading, notes, tables));
        }

        return result.MoveToImmutable();
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



    /// <summary>HS lines of a mineral and stage: the catalogue's, or those a file declares for a mineral the
    /// catalogue lacks.</summary>
    public static ImmutableArray<HsLine> HsLines(AgreementSet set, MineralStage subject)
    {
        var lines = MineralCatalog.Default.HsLines(subject.Mineral, subject.Stage);
        return lines.Length > 0 ? lines : DeclaredHsLines(set, subject);
    }

    // Apart from HsLines, whose every call would otherwise allocate the closure over the subject that only
    // this fallback needs.
    private static ImmutableArray<HsLine> DeclaredHsLines(AgreementSet set, MineralStage subject)
    {
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

    /// <summary>The lines a commitment covers: the line it names; else the importer's declared national lines for
    /// the mineral and stage; else the HS lines of the catalogue.</summary>
    public static IEnumerable<(string Code, string Description)> Lines(AgreementSet set, string importer, MineralStage subject, string? line) =>
        LineArray(set, importer, subject, line);

    private static (string Code, string Description)[] LineArray(AgreementSet set, string importer, MineralStage subject, string? line)
    {
        if (line is not null)
        {
            NationalLine? named = null;
            foreach (var l in set.Lines)
            {
                if (l.Code == line)
                {
                    named = l;
                    break;
                }
            }

            string? hs = null;
            foreach (var h in HsLines(set, subject))
            {
                if (h.Code == line)
                {
                    hs = h.Description;
                    break;
                }
            }

            return [(line, named?.Description ?? hs ?? subject.Mineral + " " + subject.Stage)];
        }

        List<(string, string)>? national = null;
        foreach (var l in set.Lines)
        {
            if (l.Country == importer && l.Subject.Mineral == subject.Mineral && l.Subject.Stage == subject.Stage)
            {
                (national ??= []).Add((l.Code, l.Description));
            }
        }

        if (national is not null)
        {
            return [.. national];
        }

        var lines = HsLines(set, subject);
        if (lines.Length == 0)
        {
            return [("—", subject.Mineral + " " + subject.Stage)];
        }

        var result = new (string, string)[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            result[i] = (lines[i].Code, lines[i].Description);
        }

        return result;
    }

    private static string HsCodes(AgreementSet set, MineralStage subject)
    {
        var lines = HsLines(set, subject);
        if (lines.Length == 1)
        {
            return lines[0].Code;
        }

        return lines.Length == 0 ? "—" : string.Join(", ", lines.Select(l => l.Code));
    }

    // The cells are a fresh array that nothing else holds: wrapped, not copied.
    /// <summary>" (net cost)" after a content threshold calculated by a stated method; "" when none is stated.</summary>
    private static string ValuationFigure(OriginValuation? valuation) =>
        valuation is { } method ? " (" + OriginWords.Method(method) + ")" : "";

    /// <summary>A member of an either/or group, in the figures of the table's columns.</summary>
    private static string AlternativeFigure(OriginCriterion criterion) => criterion.Kind switch
    {
        OriginCriterionKind.ZoneContent => "zone content ≥ " + LegalText.PercentFigures(criterion.Share!.Value) + ValuationFigure(criterion.Valuation),
        OriginCriterionKind.ChangeOfTariffHeading => "change of tariff heading",
        OriginCriterionKind.ConsignedFromMembersOnly => "consigned from members only",
        _ => "Foreign Entity of Concern share < " + LegalText.PercentFigures(criterion.Share!.Value),
    };

    private static ImmutableArray<string> Row(params string[] cells) => System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(cells);

    /// <summary>Which annex each kind of term belongs to; the terms that have none say so here, so that a new kind
    /// of term must be placed (or not) before the build passes.</summary>
    private sealed class AnnexTerms : ITermVisitor<bool>
    {
        public List<Floor> Floors { get; } = [];

        public List<TariffCommitment> Tariffs { get; } = [];

        public List<AgreementTerm> Financing { get; } = [];

        public List<OriginRule> Origin { get; } = [];

        public bool Visit(Floor term)
        {
            Floors.Add(term);
            return true;
        }

        public bool Visit(TariffCommitment term)
        {
            Tariffs.Add(term);
            return true;
        }

        public bool Visit(Loan term) => AddFinancing(term);

        public bool Visit(EquityStake term) => AddFinancing(term);

        public bool Visit(Grant term) => AddFinancing(term);

        public bool Visit(Guarantee term) => AddFinancing(term);

        public bool Visit(OriginRule term)
        {
            Origin.Add(term);
            return true;
        }

        // Stated in the articles alone: a ban, a measure, an offtake, an MFN clause, a provision or an obligation
        // has no table of figures.
        public bool Visit(ExportDutyBan term) => false;

        public bool Visit(ExportMeasure term) => false;

        public bool Visit(Offtake term) => false;

        public bool Visit(MostFavouredNation term) => false;

        public bool Visit(StatedProvision term) => false;

        public bool Visit(Obligation term) => false;

        private bool AddFinancing(AgreementTerm term)
        {
            Financing.Add(term);
            return true;
        }
    }
}
