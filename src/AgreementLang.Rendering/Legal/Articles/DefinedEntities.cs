using AgreementLang.Diagnostics;
using AgreementLang.Rendering.Text;
using AgreementLang.Text;

namespace AgreementLang.Rendering.Legal.Articles;

/// <summary>The definitions of who the text names beyond the parties: foreign entities of concern, financing
/// facilities and producers, each saying no more than its declaration.</summary>
internal static class DefinedEntities
{
    public static void Define(DefinitionList list, ArticleScope scope, DefinitionUses uses)
    {
        var (set, zone, names) = (scope.Set, scope.Zone, scope.Names);

        // Only a zone that names its foreign entities of concern gives the term a meaning; the definition says
        // no more than that designation.
        if (uses.ForeignEntity.Count > 0 && zone is { ForeignEntities.Length: > 0 })
        {
            var countries = new string[zone.ForeignEntities.Length];
            for (var i = 0; i < countries.Length; i++)
            {
                countries[i] = Names.Country(zone.ForeignEntities[i]);
            }

            list.Define("Foreign Entity of Concern", "means " + Names.JoinAnd(countries, "or") + ", which the Preferential Zone designates as a foreign entity of concern",
                [.. uses.ForeignEntity, zone.Location]);
        }

        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (code, location) in uses.LoanCodes)
        {
            foreach (var facility in set.Facilities)
            {
                if (facility.Name == code && defined.Add(code))
                {
                    list.Define(facility.Title ?? facility.Name, "means the financing facility of that name, with a cap of " + LegalText.Money(facility.Cap), [location, facility.Location]);
                    break;
                }
            }
        }

        // A producer a clause names is defined with its owners, as its declaration states them (who owns what share,
        // from when), citing every clause that names it. Nothing is said of owners the declaration does not list.
        foreach (var producer in set.Producers)
        {
            if (producer.Owners.Length == 0 || defined.Contains(producer.Name))
            {
                continue;
            }

            var from = new List<Location?>();
            foreach (var (code, location) in uses.Named)
            {
                if (code == producer.Name)
                {
                    from.Add(location);
                }
            }

            if (from.Count == 0)
            {
                continue;
            }

            var holdings = new string[producer.Owners.Length];
            for (var i = 0; i < holdings.Length; i++)
            {
                var owner = producer.Owners[i];
                holdings[i] = LegalText.Percent(owner.Share) + " by " + names.Of(owner.Owner) +
                              (owner.Validity.From is { } start ? " from " + LegalText.Date(start) : "") +
                              (owner.Validity.Until is { } until ? " until " + LegalText.Date(until) : "");
                from.Add(owner.Location);
            }

            from.Add(producer.Location);
            list.Define(names.Of(producer.Name), "means the producer of that name, owned as to " + Names.JoinAnd(holdings), from);
        }
    }
}
