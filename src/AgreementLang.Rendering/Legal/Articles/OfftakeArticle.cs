using System.Collections.Immutable;
using AgreementLang.Model;
using AgreementLang.Rendering.Text;

namespace AgreementLang.Rendering.Legal.Articles;

/// <summary>Offtake (<c>offtake.hbs</c>): who sells what share or volume of whose production to whom, for how
/// long, and any earnings the buyer guarantees. The parties are bound only when producer and buyer are both
/// parties (<see cref="OfftakeView.PartiesBound"/>).</summary>
internal sealed class OfftakeArticle : IArticleFamily
{
    public string Name => "offtake";

    public bool IsPresent(DraftViews views) => views.Offtakes.Length > 0;

    public void Describe(ArticleScope scope, IReadOnlyList<AgreementTerm> terms, DraftViews views)
    {
        var offtakes = ImmutableArray.CreateBuilder<OfftakeView>(terms.Count);
        foreach (var term in terms)
        {
            offtakes.Add(View((Offtake)term, scope));
        }

        views.Offtakes = offtakes.MoveToImmutable();
    }

    private static OfftakeView View(Offtake offtake, ArticleScope scope)
    {
        var (agreement, names) = (scope.Agreement, scope.Names);
        var trace = scope.Provenance.Mark(offtake.Location);
        var capacity = DeclaredCapacity(offtake, scope.Set);
        var periodText = Period(offtake, agreement, capacity, scope);

        // The capacity's own start is said only when the period does not already say when the offtake begins.
        string? capacityText = capacity is null ? null
            : LegalText.Quantity(capacity.PerYear) + " per year" +
              (capacity.Validity.From is { } from && offtake.For is null ? " from " + LegalText.Date(from) : "");
        if (capacity is not null)
        {
            trace += scope.Provenance.Mark(capacity.Location);
        }

        return new OfftakeView(names.Of(offtake.Producer), names.OfAtStart(offtake.Producer), names.Of(offtake.Buyer), names.Goods(offtake.Subject),
            offtake.Share is { } share ? LegalText.Percent(share) : null, capacityText,
            offtake.VolumePerYear is { } volume ? LegalText.Quantity(volume) + " per year" : null, periodText,
            agreement.HasParty(offtake.Producer) && agreement.HasParty(offtake.Buyer), trace)
        {
            EarningsFloor = offtake.Earnings is { } earnings ? LegalText.Money(earnings.PerYear) + " per year" : null,
            Escalator = offtake.Earnings?.AnnualEscalator is { } escalator ? LegalText.Percent(escalator) : null,
            BuyerAtStart = names.OfAtStart(offtake.Buyer),
        };
    }

    /// <summary>The producer's declared capacity of the goods sold, if the set declares one.</summary>
    private static Capacity? DeclaredCapacity(Offtake offtake, AgreementSet set)
    {
        foreach (var producer in set.Producers)
        {
            if (producer.Name != offtake.Producer)
            {
                continue;
            }

            foreach (var c in producer.Capacities)
            {
                if (c.Subject.Mineral == offtake.Subject.Mineral && c.Subject.Stage == offtake.Subject.Stage)
                {
                    return c;
                }
            }

            break;
        }

        return null;
    }

    /// <summary>The source's own words first: "for 10 years" runs from the later of the agreement's start and the
    /// capacity's (docs/language.md, offtake), and the draft names that start; stated dates stay as written.</summary>
    private static string? Period(Offtake offtake, Agreement agreement, Capacity? capacity, ArticleScope scope)
    {
        var period = offtake.Period;
        if (offtake.For is { } duration)
        {
            // An entry into force that waits for notifications has no date yet: the draft names the event, never
            // the earliest date the model assumes for it.
            var entryKnown = agreement.EntryIntoForce is EntryIntoForce.OnDate or EntryIntoForce.OnSignature;
            var entry = "the date " + (scope.Binding ? "of entry into force" : "on which it comes into effect") + " of this " + scope.Instrument;
            var capacityStart = capacity?.Validity.From;
            var start = entryKnown ? (period.From is { } known ? LegalText.Date(known) : null)
                : capacityStart is { } c ? "the later of " + entry + " and " + LegalText.Date(c)
                : entry;
            return "for a period of " + LegalText.Duration(duration) + (start is null ? "" : " from " + start);
        }

        return period == agreement.Period ? null
            : period.From is { } f && period.Until is { } u ? "from " + LegalText.Date(f) + " until " + LegalText.Date(u)
            : period.Until is { } until ? "until " + LegalText.Date(until) : null;
    }
}
