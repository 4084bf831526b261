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

    public const string PeriodTemplate = "offtake.period.hbs";

    /// <summary>The source's own words first: "for 10 years" runs from the later of the agreement's start and the
    /// capacity's (docs/language.md, offtake), and the draft names that start; stated dates stay as written. The
    /// words are <c>offtake.period.hbs</c>'s; null when the offtake runs as long as the agreement.</summary>
    private static string? Period(Offtake offtake, Agreement agreement, Capacity? capacity, ArticleScope scope)
    {
        var (period, instrument, binding) = (offtake.Period, scope.Instrument, scope.Binding);
        OfftakePeriodView? view;
        if (offtake.For is { } duration)
        {
            // An entry into force that waits for notifications has no date yet: the draft names the event, never
            // the earliest date the model assumes for it.
            var entryKnown = agreement.EntryIntoForce is EntryIntoForce.OnDate or EntryIntoForce.OnSignature;
            view = entryKnown
                ? new(instrument, binding, LegalText.Duration(duration), period.From is { } known ? LegalText.Date(known) : null, false, null, null, null)
                : new(instrument, binding, LegalText.Duration(duration), null, true, capacity?.Validity.From is { } c ? LegalText.Date(c) : null, null, null);
        }
        else
        {
            view = period == agreement.Period ? null
                : period.From is { } f && period.Until is { } u ? new(instrument, binding, null, null, false, null, LegalText.Date(f), LegalText.Date(u))
                : period.Until is { } until ? new(instrument, binding, null, null, false, null, null, LegalText.Date(until)) : null;
        }

        return view is null ? null : ClauseText.Of(scope, PeriodTemplate, view);
    }
}
