using System.Collections.Immutable;
using AgreementLang.Catalog;
using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Rendering.Text;

namespace AgreementLang.Rendering.Legal;

/// <summary>The definitions article: only the terms the text uses, each citing the clauses that use it.</summary>
public sealed partial class DraftBuilder
{
    private static ImmutableArray<DefinitionView> Definitions(AgreementSet set, Agreement agreement, Zone? zone, Names names, ArticleRefs articles, Provenance provenance)
    {
        // What the terms use, in one pass: each definition is added only when the text uses the term, on the
        // same conditions as the wording, and cites the clauses that use it.
        var uses = new DefinitionUses();
        var (adjustable, stated, atReference, priceGap, minimumImport, nonMember, foreignEntity, changeOfHeading, anyOrigin, loanCodes) =
            (uses.Adjustable, uses.Stated, uses.AtReference, uses.PriceGap, uses.MinimumImport, uses.NonMember, uses.ForeignEntity,
             uses.ChangeOfHeading, uses.AnyOrigin, uses.LoanCodes);
        var subjects = new List<(MineralStage Subject, List<Location?> Locations)>();
        foreach (var term in agreement.Terms)
        {
            var subject = term.Accept(uses);

            // Goods: every mineral and stage that an article names, once each, in the order of the text.
            if (subject is not null)
            {
                var at = subjects.FindIndex(s => s.Subject.Mineral == subject.Mineral && s.Subject.Stage == subject.Stage);
                if (at < 0)
                {
                    subjects.Add((subject, [term.Location]));
                }
                else
                {
                    subjects[at].Locations.Add(term.Location);
                }
            }
        }

        var definitions = new List<DefinitionView>();
        void Define(string term, string meaning, IEnumerable<Location?> from) => definitions.Add(new(term, meaning, provenance.Mark(from)));

        if (adjustable.Count > 0 && articles.Mechanisms is { } m1)
        {
            Define("Adjustable Tariff", "means the duty described in " + m1, adjustable);
        }

        if (stated.Count > 0 && articles.Floors is not null)
        {
            Define("Floor Price", "means the price stated for a good in Annex I" + (zone is null ? "" : ", where that price is not the Reference Price"), stated);
        }

        // Only a zone that names its foreign entities of concern gives the term a meaning; the definition says
        // no more than that designation.
        if (foreignEntity.Count > 0 && zone is { ForeignEntities.Length: > 0 })
        {
            var countries = new string[zone.ForeignEntities.Length];
            for (var i = 0; i < countries.Length; i++)
            {
                countries[i] = Names.Country(zone.ForeignEntities[i]);
            }

            Define("Foreign Entity of Concern", "means " + Names.JoinAnd(countries, "or") + ", which the Preferential Zone designates as a foreign entity of concern",
                [.. foreignEntity, zone.Location]);
        }

        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (code, location) in loanCodes)
        {
            foreach (var facility in set.Facilities)
            {
                if (facility.Name == code && defined.Add(code))
                {
                    Define(facility.Title ?? facility.Name, "means the financing facility of that name, with a cap of " + LegalText.Money(facility.Cap), [location, facility.Location]);
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
            Define(names.Of(producer.Name), "means the producer of that name, owned as to " + Names.JoinAnd(holdings), from);
        }

        if (minimumImport.Count > 0 && articles.Mechanisms is { } m2)
        {
            Define("Minimum Import Price", "means the minimum import price described in " + m2, minimumImport);
        }

        if (nonMember.Count > 0)
        {
            Define("Non-Member", zone is null
                ? "means any country or customs territory that is not a " + (IsBinding(agreement) ? "Party" : "Participant")
                : "means any country or customs territory that is not a member of the Preferential Zone", nonMember);
        }

        if (zone is not null && (nonMember.Count > 0 || atReference.Count > 0 || anyOrigin.Count > 0))
        {
            var members = new string[zone.Members.Length];
            for (var i = 0; i < members.Length; i++)
            {
                var code = zone.Members[i];
                members[i] = agreement.HasParty(code) ? names.Of(code) : Names.Country(code);
            }

            Define("Preferential Zone", "means the " + (zone.Title ?? zone.Name) + " (\"" + zone.Name + "\"), whose members are " + Names.JoinAnd(members),
                [(agreement.Clauses ?? AgreementClauses.None).Zone, zone.Location]);
        }

        if (priceGap.Count > 0 && articles.Mechanisms is { } m3)
        {
            Define("Price-Gap Payment", "means the payment described in " + m3, priceGap);
        }

        if (atReference.Count > 0)
        {
            Define("Reference Price", "means the reference price of the Preferential Zone for a good, as set out in Annex I", atReference);
        }

        var usesHs = changeOfHeading.Count > 0;
        var hsFrom = new List<Location?>(changeOfHeading);
        foreach (var (subject, locations) in subjects)
        {
            var lines = Annexes.HsLines(set, subject);
            var what = names.MineralFullName(subject.Mineral) + " " + subject.Stage;
            string meaning;
            if (lines.Length > 0)
            {
                usesHs = true;
                hsFrom.AddRange(locations);
                var codes = new string[lines.Length];
                var headings = true;
                for (var i = 0; i < codes.Length; i++)
                {
                    codes[i] = lines[i].Code;
                    headings &= lines[i].Code.Length <= 4;
                }

                var kind = headings ? (lines.Length > 1 ? "headings " : "heading ") : lines.Length > 1 ? "subheadings " : "subheading ";
                meaning = "means " + what + " classified under " + kind + Names.JoinAnd(codes, "or") + " of the Harmonized System";
            }
            else
            {
                meaning = "means " + what;
            }

            Define(names.Goods(subject), meaning, locations);
        }

        if (usesHs)
        {
            Define("Harmonized System", "means the Harmonized Commodity Description and Coding System of the World Customs Organization", hsFrom);
        }

        // Defined once, in alphabetical order, as drafting conventions require.
        var unique = new List<DefinitionView>(definitions.Count);
        foreach (var definition in definitions)
        {
            if (!ContainsTerm(unique, definition.Term))
            {
                unique.Add(definition);
            }
        }

        unique.Sort(static (a, b) => StringComparer.OrdinalIgnoreCase.Compare(a.Term, b.Term) is var order and not 0 ? order : string.CompareOrdinal(a.Term, b.Term));
        return [.. unique];
    }

    private static void AddIf(List<Location?> list, bool condition, Location location)
    {
        if (condition)
        {
            list.Add(location);
        }
    }

    private static bool ContainsTerm(List<DefinitionView> definitions, string term)
    {
        foreach (var d in definitions)
        {
            if (string.Equals(d.Term, term, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
