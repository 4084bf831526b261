using AgreementLang.Diagnostics;
using Sprache;
using AgreementLang.Text;
using static AgreementLang.Syntax.ValueGrammar;

namespace AgreementLang.Syntax;

/// <summary>Offtake and volume guarantees, with the earnings floor a buyer may guarantee. Built on first use, like every clause family (see <see cref="Grammar"/>).</summary>
internal static class OfftakeGrammar
{
    /// <summary>The part of an offtake after the buyer: a share of capacity or a volume per year, and a term.</summary>
    internal static readonly Parser<OfftakeClause> OfftakeAmount =
        (from share in Tokens.Percent
         from ofWord in Of
         from subject in MineralStage
         from capacity in Kw.Capacity
         from term in Term
         select new OfftakeClause(subject.Mineral, subject.Mineral, share, null, subject, term, Cover(share.Span, term.Span)))
        .XOr(from volume in Quantity
             from ofWord in Of
             from subject in MineralStage
             from per in Per
             from year in Year
             from term in Term
             select new OfftakeClause(subject.Mineral, subject.Mineral, null, volume, subject, term, Cover(volume.Span, term.Span)));

    internal static readonly Parser<Escalation?> OptionalEscalator =
        (from escalator in Kw.Escalator
         from percent in Tokens.Percent
         from per in Per
         from year in Year
         select new Escalation(percent, Cover(escalator, year))).Maybe();

    /// <summary>"earnings floor USD 140 million per year [escalator 2% per year]".</summary>
    internal static readonly Parser<EarningsFloorSyntax?> OptionalEarningsFloor =
        (from earnings in Kw.Earnings
         from floor in Kw.Floor
         from money in Money
         from per in Per
         from year in Year
         from escalator in OptionalEscalator
         select new EarningsFloorSyntax(money, escalator?.Percent, Cover(earnings, escalator?.Span ?? year))).Maybe();

    internal static readonly Parser<ClauseSyntax> Offtake =
        from keyword in Kw.Offtake
        from producer in ProducerName
        from arrow in Arrow
        from buyer in Actor
        from clause in OfftakeAmount
        from earnings in OptionalEarningsFloor
        select (ClauseSyntax)(clause with { Producer = producer, Buyer = buyer, Earnings = earnings, Span = Cover(keyword, earnings?.Span ?? clause.Span) });
}
