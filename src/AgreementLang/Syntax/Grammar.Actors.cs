using AgreementLang.Diagnostics;
using Sprache;
using AgreementLang.Text;
using static AgreementLang.Syntax.ValueGrammar;

namespace AgreementLang.Syntax;

/// <summary>The clauses about actors other than the parties: entities' kinds, ownership of producers, facility
/// participants and agents, stockpile buyers.</summary>
internal static class ActorGrammar
{
    internal static readonly Parser<TextSpan> By = Tokens.Keyword("by");
    internal static readonly Parser<TextSpan> Entity = Tokens.Keyword("entity");
    internal static readonly Parser<TextSpan> Threshold = Tokens.Keyword("threshold");

    internal static readonly Parser<NameSyntax> EntityKindWord =
        Tokens.OneOf("an entity kind such as company, lender or investor",
            "public-body", "lender", "investor", "participant", "agent", "co-funder", "buyer", "company");

    internal static readonly Parser<NameSyntax> EntityKind = from a in Kw.As from kind in EntityKindWord select kind;

    internal static readonly Parser<NameSyntax> EntityName = Tokens.Name("an entity name such as HARTREE");

    internal static readonly Parser<IEnumerable<NameSyntax>> EntityList = EntityName.XDelimitedBy(Comma);

    internal static readonly Parser<ClauseSyntax> Owned =
        from keyword in Tokens.Keyword("owned")
        from share in Tokens.Percent
        from byWord in By
        from owner in Actor
        from validity in OptionalValidity
        select (ClauseSyntax)new OwnedClause(share, owner, validity, Cover(keyword, validity?.Span ?? owner.Span));

    internal static readonly Parser<ClauseSyntax> ForeignEntityThreshold =
        from foreign in Kw.Foreign
        from entity in Entity
        from threshold in Threshold
        from percent in Tokens.Percent
        select (ClauseSyntax)new ForeignEntityThresholdClause(percent, Cover(foreign, percent.Span));

    /// <summary>A zone's <c>foreign entity</c> clause: its threshold, or the list of codes.</summary>
    internal static readonly Parser<ClauseSyntax> ForeignEntityClause = ForeignEntityThreshold.Or(ClauseGrammar.ForeignEntity);

    internal static Parser<ClauseSyntax> NameList(string word)
    {
        var head = Tokens.KeywordName(word);
        return from keyword in head
               from names in EntityList
               let list = names.ToArray()
               select (ClauseSyntax)new ParticipantsClause(keyword, list, Cover(keyword.Span, list[list.Length - 1].Span));
    }

    internal static readonly Parser<ClauseSyntax> Participant = NameList("participant");
    internal static readonly Parser<ClauseSyntax> Agent = NameList("agent");

    internal static readonly Parser<ClauseSyntax> Buyers =
        from keyword in Tokens.Keyword("buyer")
        from names in EntityList
        let list = names.ToArray()
        select (ClauseSyntax)new BuyersClause(list, Cover(keyword, list[list.Length - 1].Span));
}
