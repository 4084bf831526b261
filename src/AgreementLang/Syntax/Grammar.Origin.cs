using AgreementLang.Diagnostics;
using Sprache;
using AgreementLang.Text;
using static AgreementLang.Syntax.ValueGrammar;

namespace AgreementLang.Syntax;

/// <summary>Rules of origin: the criteria, their valuation method and the either/or group. Built on first use, like every clause family (see <see cref="Grammar"/>).</summary>
internal static class OriginGrammar
{
    /// <summary>"by transaction value" or "by net cost": how a zone-content test is calculated.</summary>
    internal static readonly Parser<NameSyntax> Valuation =
        from byWord in Kw.By
        from method in (from transaction in Kw.Transaction
                        from valueWord in Kw.Value
                        select new NameSyntax("transaction value", Cover(transaction, valueWord)))
            .XOr(from net in Kw.Net
                 from cost in Kw.Cost
                 select new NameSyntax("net cost", Cover(net, cost)))
            .Describe("a valuation method: transaction value or net cost", "transaction", "net")
        select method;

    internal static readonly Parser<NameSyntax?> OptionalValuation = Valuation.Maybe();

    internal static readonly Parser<OriginCriterionSyntax> Criterion =
        (from share in Tokens.Percent
         from zone in Kw.Zone
         from content in Kw.Content
         from method in OptionalValuation
         select new OriginCriterionSyntax(new NameSyntax("zone content", Cover(zone, content)), share, Cover(share.Span, method?.Span ?? content), method))
        .XOr(from change in Kw.Change
             from ofWord in Of
             from tariff in Kw.Tariff
             from heading in Kw.Heading
             select new OriginCriterionSyntax(new NameSyntax("change of tariff heading", Cover(change, heading)), null, Cover(change, heading)))
        .XOr(from consigned in Kw.Consigned
             from fromWord in From
             from members in Kw.Members
             from only in Kw.Only
             select new OriginCriterionSyntax(new NameSyntax("consigned from members only", Cover(consigned, only)), null, Cover(consigned, only)))
        .XOr(from foreign in Kw.Foreign
             from entity in Kw.Entity
             from below in Kw.Below
             from share in Tokens.Percent
             select new OriginCriterionSyntax(new NameSyntax("foreign entity below", Cover(foreign, below)), share, Cover(foreign, share.Span)));

    /// <summary>Criteria joined by "or": one criterion alone, or an either/or group of two or more.</summary>
    internal static readonly Parser<IEnumerable<OriginCriterionSyntax>> CriterionGroup = Criterion.XDelimitedBy(Kw.Or);

    /// <summary>Comma-separated criteria, all of which apply, of which at most one is an either/or group: a second
    /// group is refused where it starts (the rule would otherwise say which alternatives combine with which).</summary>
    internal static readonly Parser<IEnumerable<OriginCriterionSyntax>> Criteria = input =>
    {
        var items = new List<OriginCriterionSyntax>();
        var grouped = false;
        var at = input;
        while (true)
        {
            var group = CriterionGroup(at);
            if (!group.WasSuccessful)
            {
                return Results.Failure<IEnumerable<OriginCriterionSyntax>>(group.Remainder, group.Message, group.Expectations);
            }

            var members = group.Value.ToArray();
            if (members.Length > 1)
            {
                if (grouped)
                {
                    return Results.Failure<IEnumerable<OriginCriterionSyntax>>(at,
                        "a rule of origin has at most one either/or group", new[] { "a criterion not joined by 'or' (a rule of origin has one either/or group)" });
                }

                grouped = true;
                items.AddRange(members.Select(m => m with { Alternative = true }));
            }
            else
            {
                items.Add(members[0]);
            }

            var comma = Comma(group.Remainder);
            if (!comma.WasSuccessful)
            {
                if (!comma.Remainder.Equals(group.Remainder))
                {
                    return Results.Failure<IEnumerable<OriginCriterionSyntax>>(comma.Remainder, comma.Message, comma.Expectations);
                }

                return Results.Success<IEnumerable<OriginCriterionSyntax>>(items, group.Remainder);
            }

            at = comma.Remainder;
        }
    };

    internal static readonly Parser<ClauseSyntax> Origin =
        from keyword in Kw.Origin
        from subject in MineralStage
        from requires in Kw.Requires
        from criteria in Criteria
        let list = criteria.ToArray()
        select (ClauseSyntax)new OriginClause(subject, list, Cover(keyword, list[list.Length - 1].Span));
}
