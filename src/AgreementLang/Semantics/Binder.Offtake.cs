using System.Collections.Immutable;
using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Syntax;

namespace AgreementLang.Semantics;

/// <summary>Offtake commitments and the period an offtake for a duration runs.</summary>
public sealed partial class Binder
{
    private Offtake? BindOfftake(OfftakeClause syntax, TermContext context)
    {
        Producer? producer = null;
        if (_producers.TryGetValue(syntax.Producer.Text, out var found))
        {
            producer = found;
        }
        else if (_symbols.TryGetValue(syntax.Producer.Text, out var symbol))
        {
            Add(Diagnostic.WrongKindOfName(Loc(syntax.Producer), syntax.Producer.Text, symbol.Syntax.KindName, "a producer"));
        }
        else
        {
            Add(Diagnostic.UnknownName(Loc(syntax.Producer), "producer", syntax.Producer.Text, DidYouMean(syntax.Producer.Text, SymbolsOfKind("producer"))));
        }

        var buyer = ResolveActor(syntax.Buyer, "buyer", null);
        var subject = BindMineralStage(syntax.Subject);
        var share = BindShare(syntax.Share, "a share of capacity");
        var volume = syntax.Volume is null ? null : BindQuantity(syntax.Volume);
        if (producer is null || !buyer || subject is null || (syntax.Share is not null && share is null) || (syntax.Volume is not null && volume is null))
        {
            return null;
        }

        var capacities = producer.Capacities.Where(c => c.Subject == subject).ToArray();
        if (capacities.Length == 0)
        {
            Add(Diagnostic.UnknownName(Loc(syntax.Subject), "capacity of producer " + producer.Name + " for", subject.ToString(),
                DidYouMean(subject.ToString(), producer.Capacities.Select(c => c.Subject.ToString()))));
            return null;
        }

        if (volume is { } v && capacities[0].PerYear.Basis != v.Basis)
        {
            CheckSameBasis(v.Basis, v.Unit, capacities[0].PerYear.Basis, capacities[0].PerYear.Unit, syntax.Volume!, "the volume", "the producer's capacity");
            return null;
        }

        var duration = syntax.Term.Validity is null ? BindDuration(syntax.Term.For) : null;
        var period = syntax.Term.Validity is { } validity ? BindValidity(validity)
            : duration is { } d ? OfftakePeriod(d, context.Period, capacities)
            : context.Period;
        EarningsFloor? earnings = null;
        if (syntax.Earnings is { } e)
        {
            var perYear = BindPositiveMoney(e.PerYear, "an earnings floor");
            var escalator = BindShare(e.Escalator, "an annual escalator");
            if (perYear is null || (e.Escalator is not null && escalator is null))
            {
                return null;
            }

            earnings = new EarningsFloor(perYear.Value, escalator);
        }

        return new Offtake(producer.Name, syntax.Buyer.Text, subject, share, volume, duration, period, Loc(syntax), earnings);
    }

    /// <summary>An offtake <c>for</c> a duration runs from when both the agreement (or amendment) and the capacity
    /// it draws on exist — the later of their starts — for that duration. A capacity stated without a start
    /// exists from the first; with several statements for the subject, the earliest start counts. With the
    /// agreement's start unknown, the offtake has the agreement's period, as every other clause.</summary>
    private static Period OfftakePeriod(Duration duration, Period agreement, IReadOnlyList<Capacity> capacities)
    {
        if (agreement.From is not { } start)
        {
            return agreement;
        }

        DateTime? capacityFrom = null;
        foreach (var capacity in capacities)
        {
            if (capacity.Validity.From is not { } from)
            {
                capacityFrom = null;
                break;
            }

            capacityFrom = capacityFrom is { } earliest && earliest <= from ? earliest : from;
        }

        if (capacityFrom is { } c && c > start)
        {
            start = c;
        }

        return new Period(start, duration.LastDayFrom(start));
    }
}
