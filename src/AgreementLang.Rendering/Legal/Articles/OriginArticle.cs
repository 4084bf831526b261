using System.Collections.Immutable;
using AgreementLang.Catalog;
using AgreementLang.Model;
using AgreementLang.Rendering.Text;

namespace AgreementLang.Rendering.Legal.Articles;

/// <summary>Rules of origin (<c>origin.hbs</c>): the conditions on which goods originate in the Preferential Zone
/// (or the parties' territory, without a zone), each criterion as the rule states it.</summary>
internal sealed class OriginArticle : IArticleFamily
{
    public string Name => "origin";

    public bool IsPresent(DraftViews views) => views.OriginRules.Length > 0;

    public void Describe(ArticleScope scope, IReadOnlyList<AgreementTerm> terms, DraftViews views)
    {
        var area = scope.Zone is null ? "the territory of the " + DraftBuilder.Plural(scope.Party) : "the Preferential Zone";
        var rules = ImmutableArray.CreateBuilder<OriginView>(terms.Count);
        foreach (var term in terms)
        {
            var rule = (OriginRule)term;
            rules.Add(new OriginView(scope.Names.Goods(rule.Subject), area, Conditions(rule, area, scope.Zone, scope.Binding), scope.Provenance.Mark(rule.Location)));
        }

        views.OriginRules = rules.MoveToImmutable();
    }

    private static string Conditions(OriginRule rule, string area, Zone? zone, bool binding)
    {
        var conditions = new List<string>();
        if (rule.ZoneContent is { } content)
        {
            conditions.Add(Condition(new OriginCriterion(OriginCriterionKind.ZoneContent, content, rule.Valuation), area, zone, binding));
        }

        if (rule.ChangeOfTariffHeading)
        {
            conditions.Add(Condition(new OriginCriterion(OriginCriterionKind.ChangeOfTariffHeading), area, zone, binding));
        }

        if (rule.ConsignedFromMembersOnly)
        {
            conditions.Add(Condition(new OriginCriterion(OriginCriterionKind.ConsignedFromMembersOnly), area, zone, binding));
        }

        if (rule.ForeignEntityBelow is { } threshold)
        {
            conditions.Add(Condition(new OriginCriterion(OriginCriterionKind.ForeignEntityBelow, threshold), area, zone, binding));
        }

        if (rule.Alternatives is { } alternatives)
        {
            // The either/or group comes last, so that "and" never reads as part of an alternative.
            var either = new List<string>(alternatives.Criteria.Length);
            foreach (var criterion in alternatives.Criteria)
            {
                either.Add(Condition(criterion, area, zone, binding));
            }

            conditions.Add("either " + Names.JoinAnd(either, "or"));
        }

        return conditions.Count == 0 ? "it is wholly obtained in " + area : Names.JoinAnd(conditions);
    }

    /// <summary>One criterion as a condition the good meets: the content test names its valuation method when the
    /// rule states one, and only then.</summary>
    private static string Condition(OriginCriterion criterion, string area, Zone? zone, bool binding) => criterion.Kind switch
    {
        OriginCriterionKind.ZoneContent => "not less than " + LegalText.Percent(criterion.Share!.Value) + " of its value" +
            (criterion.Valuation is { } method ? ", calculated by the " + OriginWords.Method(method) + " method," : "") +
            " is attributable to materials originating in " + area,
        OriginCriterionKind.ChangeOfTariffHeading => "it has undergone in " + area + " a change of tariff heading of the Harmonized System",
        OriginCriterionKind.ConsignedFromMembersOnly => zone is null
            ? "it is consigned from the territory of a " + (binding ? "Party" : "Participant")
            : "it is consigned from the territory of a member of the Preferential Zone",
        _ => "less than " + LegalText.Percent(criterion.Share!.Value) + " of the votes, board seats or equity of its producer is held by a Foreign Entity of Concern",
    };
}
