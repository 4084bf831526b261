using System.Collections.Immutable;
using AgreementLang.Catalog;
using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Rendering.Legal.Articles;
using AgreementLang.Rendering.Text;
using AgreementLang.Text;

namespace AgreementLang.Rendering.Legal;

/// <summary>Puts together what the wording templates see (<see cref="DraftContext"/>): the instrument's form in
/// words ("Party" or "Participant", "shall" or "intends to", "between" or "among"), the parties, zone, signature
/// and the clauses they come from, and the articles' views.</summary>
internal static class DraftContexts
{
    /// <param name="articles">The articles' numbers, or none yet: they are known only once each article has said
    /// whether it is present.</param>
    public static DraftContext Of(ArticleScope scope, AnnexRefs annex, ArticleRefs articles, DraftViews views)
    {
        var (set, agreement, zone, provenance, form, binding, party) = (scope.Set, scope.Agreement, scope.Zone, scope.Provenance, scope.Form, scope.Binding, scope.Party);
        var many = scope.Many;
        var fullNames = new string[agreement.Parties.Length];
        var partyLocations = new Location?[agreement.Parties.Length];
        for (var i = 0; i < fullNames.Length; i++)
        {
            fullNames[i] = agreement.Parties[i].FullName;
            partyLocations[i] = agreement.Parties[i].Location;
        }

        var clauses = agreement.Clauses ?? AgreementClauses.None;

        return new DraftContext(
            agreement.Name,
            agreement.Title,
            scope.Instrument,
            binding,
            !many,
            party,
            DraftBuilder.Plural(party),
            "Each " + party,
            (many ? "No " : "Neither ") + party,
            many ? "any other " + party : "the other " + party,
            many ? "any " + party : "either " + party,
            binding ? "shall" : "intends to",
            binding ? "shall" : "intend to",
            binding ? "shall be" : "is intended to be",
            binding ? "shall" : "will",
            many ? "among" : "between",
            agreement.Parties.Length switch { 2 => "in duplicate", 3 => "in triplicate", _ => "in a single original" },
            Names.Capitalise(Names.JoinAnd(fullNames)),
            provenance.Mark(partyLocations),
            zone is null ? null : new ZoneView(zone.Name, zone.Title ?? zone.Name, provenance.Mark(clauses.Zone)),
            agreement.Signed is { } signed ? LegalText.Date(signed) : null,
            agreement.Place,
            provenance.Mark(clauses.Signed),
            form == InstrumentForm.Treaty,
            form == InstrumentForm.Plurilateral,
            form == InstrumentForm.Contract,
            agreement.Under is { } under ? UnderTitle(set, under) : null,
            provenance.Mark(clauses.Under),
            annex,
            articles,
            views.Definitions,
            views.Floors,
            views.Mechanisms,
            views.Tariffs,
            views.ExportDutyBans,
            views.ExportMeasures,
            views.Financing,
            views.Offtakes,
            views.OriginRules,
            views.MostFavouredNation,
            views.Obligations,
            views.Provisions,
            views.Final ?? throw new InvalidOperationException("The final provisions made no view: is FinalProvisionsArticle registered?"))
        {
            Establishes = agreement.Establishes switch
            {
                TradeArea.FreeTradeArea => "free-trade area",
                TradeArea.CustomsUnion => "customs union",
                _ => null,
            },
            EstablishesTrace = provenance.Mark(clauses.Establishes),
        };
    }

    /// <summary>The title of the agreement an agreement is concluded under, or its name when the set lacks it.</summary>
    private static string UnderTitle(AgreementSet set, string under)
    {
        foreach (var agreement in set.Agreements)
        {
            if (agreement.Name == under)
            {
                return agreement.Title;
            }
        }

        return under;
    }
}
