using AgreementLang.Model;
using AgreementLang.Rendering.Text;

namespace AgreementLang.Rendering.Legal.Articles;

/// <summary>The definitions of "Non-Member" and "Preferential Zone" (with its members), when the text uses them.</summary>
internal static class DefinedZone
{
    public static void Define(DefinitionList list, ArticleScope scope, DefinitionUses uses)
    {
        var (agreement, zone) = (scope.Agreement, scope.Zone);
        if (uses.NonMember.Count > 0)
        {
            list.Define("Non-Member", zone is null
                ? "means any country or customs territory that is not a " + scope.Party
                : "means any country or customs territory that is not a member of the Preferential Zone", uses.NonMember);
        }

        if (zone is not null && (uses.NonMember.Count > 0 || uses.AtReference.Count > 0 || uses.AnyOrigin.Count > 0))
        {
            var members = new string[zone.Members.Length];
            for (var i = 0; i < members.Length; i++)
            {
                var code = zone.Members[i];
                members[i] = agreement.HasParty(code) ? scope.Names.Of(code) : Names.Country(code);
            }

            list.Define("Preferential Zone", "means the " + (zone.Title ?? zone.Name) + " (\"" + zone.Name + "\"), whose members are " + Names.JoinAnd(members),
                [(agreement.Clauses ?? AgreementClauses.None).Zone, zone.Location]);
        }
    }
}
