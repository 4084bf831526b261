using AgreementLang.Model;
using AgreementLang.Rendering.Text;

namespace AgreementLang.Rendering.Legal.Articles;

/// <summary>Whose goods a measure reaches, as a phrase: shared by the floors' mechanisms and the export measures.</summary>
internal static class ScopeWords
{
    /// <param name="preposition">"originating in", "destined for", "to".</param>
    public static string Of(Scope scope, string preposition)
    {
        switch (scope.Kind)
        {
            case ScopeKind.NonMembers:
                return preposition + " a Non-Member";
            case ScopeKind.All:
                return "from any source";
        }

        var countries = new string[scope.Codes.Length];
        for (var i = 0; i < countries.Length; i++)
        {
            countries[i] = Names.Country(scope.Codes[i]);
        }

        return preposition + " " + Names.JoinAnd(countries, "or");
    }
}
