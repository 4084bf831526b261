using AgreementLang.Diagnostics;
using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>AGR309: rules of origin for the same mineral and stage in agreements of one zone that disagree over
/// overlapping periods — different zone-content thresholds, a change of tariff heading against a content test,
/// "consigned from members only" or a foreign-entity threshold in one and not the other, different valuation
/// methods for the content test (transaction value against net cost, or one stated and one not), or different
/// either/or groups (compared as sets: "A or B" agrees with "B or A"). Goods would then
/// originate under one agreement and not under another, and circumvention routes through the weaker rule.</summary>
public sealed class OriginRulesDisagreeRule : IRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.OriginRulesDisagree;

    public void Check(CheckContext context, List<Diagnostic> diagnostics)
    {
        foreach (var pair in context.OriginsBySubject)
        {
            var zone = pair.Key.Zone;
            OldestOverlapping.Compare(pair.Value, r => r.Period, related: null,
                agree: (rule, other) => SameCriteria(other.Term, rule.Term),
                report: (rule, other) => Diagnostic.OriginRulesDisagree(rule.Location, rule.Term.Subject, Criteria(rule.Term), Criteria(other.Term),
                        other.Place, zone, Show.FromOverlap(rule.Period, other.Period))
                    .WithRelated(other.Location, "rule of origin for " + other.Term.Subject + " requiring " + Criteria(other.Term)),
                diagnostics);
        }
    }

    private static bool SameCriteria(OriginRule a, OriginRule b) =>
        a.ZoneContent == b.ZoneContent && a.ChangeOfTariffHeading == b.ChangeOfTariffHeading &&
        a.ConsignedFromMembersOnly == b.ConsignedFromMembersOnly && a.ForeignEntityBelow == b.ForeignEntityBelow &&
        a.Valuation == b.Valuation && OriginAlternatives.SameAs(a.Alternatives, b.Alternatives);

    /// <summary>The criteria in a fixed order, so that two rules stating the same criteria in another order agree.</summary>
    public static string Criteria(OriginRule rule)
    {
        var parts = new List<string>();
        if (rule.ZoneContent is { } content)
        {
            parts.Add(Show.Percent(content.Value) + " zone content" + OriginWords.By(rule.Valuation));
        }

        if (rule.ChangeOfTariffHeading)
        {
            parts.Add("change of tariff heading");
        }

        if (rule.ConsignedFromMembersOnly)
        {
            parts.Add("consigned from members only");
        }

        if (rule.ForeignEntityBelow is { } foreign)
        {
            parts.Add("foreign entity below " + Show.Percent(foreign.Value));
        }

        if (rule.Alternatives is { } alternatives)
        {
            parts.Add("either " + OriginAlternatives.Canonical(alternatives));
        }

        return parts.Count == 0 ? "no criterion" : string.Join(", ", parts);
    }
}
