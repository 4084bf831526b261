using System.Collections.Immutable;
using AgreementLang.Catalog;
using AgreementLang.Model;
using AgreementLang.Rendering.Text;

namespace AgreementLang.Rendering.Legal;

/// <summary>The rules of origin annex.</summary>
public static partial class Annexes
{
    private static readonly ImmutableArray<string> OriginColumns =
        ["Mineral", "Stage", "HS subheading", "Zone content", "Change of tariff heading", "Consignment", "Foreign Entity of Concern share"];

    /// <summary>Annex of rules of origin: one row per rule, its criteria in figures.</summary>
    private static AnnexContent OriginAnnex(AgreementSet set, Names names, string root, List<OriginRule> origin)
    {
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<string>>(origin.Count);
        var sources = ImmutableArray.CreateBuilder<ImmutableArray<DraftSource>>(origin.Count);
        // The column of either/or groups appears only when some rule has one: a table of cumulative rules is
        // unchanged.
        var anyAlternatives = origin.Any(r => r.Alternatives is not null);
        foreach (var r in origin)
        {
            sources.Add(Sources(r.Location, null, root));
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

        return new("origin", "Rules of Origin", ImmutableArray<string>.Empty,
            [new DraftTable(null, anyAlternatives ? OriginColumns.Add("Any one of") : OriginColumns, rows.MoveToImmutable(), sources.MoveToImmutable())]);
    }

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
}
