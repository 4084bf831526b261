using AgreementLang.Diagnostics;
using Sprache;
using AgreementLang.Text;
using static AgreementLang.Syntax.ValueGrammar;

namespace AgreementLang.Syntax;

/// <summary>Actors other than the parties: the kinds and names of entities, which declaration headers and the clauses
/// of facilities and stockpiles share.</summary>
internal static class ActorGrammar
{
    internal static readonly Parser<NameSyntax> EntityKindWord =
        Tokens.OneOf("an entity kind such as company, lender or investor",
            "public-body", "lender", "investor", "participant", "agent", "co-funder", "buyer", "company");

    internal static readonly Parser<NameSyntax> EntityKind = from a in Kw.As from kind in EntityKindWord select kind;

    internal static readonly Parser<NameSyntax> EntityName = Tokens.Name("an entity name such as HARTREE");

    internal static readonly Parser<IEnumerable<NameSyntax>> EntityList = EntityName.XDelimitedBy(Comma);
}
