using System.Collections.Immutable;
using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Syntax;

namespace AgreementLang.Semantics;

/// <summary>The floor clauses: a floor, the parts of its period its mechanisms cover, and the quantity bases it compares.</summary>
public sealed partial class Binder
{
    private Floor? BindFloor(FloorClause syntax, TermContext context)
    {
        var subject = BindMineralStage(syntax.Subject);
        if (subject is null)
        {
            return null;
        }

        var period = ClausePeriod(syntax.Term, context);
        var reference = context.Zone?.ReferencePrices.FirstOrDefault(r => r.Subject == subject && r.Validity.Overlaps(period));
        UnitPrice? price;
        if (syntax.Price is null)
        {
            if (context.Zone is null)
            {
                Add(Diagnostic.MissingClause(Loc(syntax.Subject), "agreement", context.Agreement, "zone, which a floor at reference price needs"));
                return null;
            }

            var prices = context.Zone.ReferencePrices.Where(r => r.Subject == subject).Select(r => r.Validity).ToArray();
            var gaps = Uncovered(period, prices);
            if (reference is null || gaps.Count > 0)
            {
                var why = prices.Length == 0
                    ? "the zone declares no reference price for " + subject + DidYouMean(subject.ToString(), context.Zone.ReferencePrices.Select(r => r.Subject.ToString()))
                    : "the zone's reference price for " + subject + " applies only " + string.Join(" and ", prices.OrderBy(p => p.From ?? DateTime.MinValue).Select(p => p.ToString()));
                Add(Diagnostic.NoReferencePriceForPeriod(Loc(syntax.Subject), context.Zone.Name, subject,
                    string.Join(" and ", gaps.Take(3).Select(g => g.ToString())) + (gaps.Count > 3 ? " and at other dates" : ""), why));
                if (reference is null)
                {
                    return null;
                }
            }

            price = reference.Price;
        }
        else
        {
            price = BindPrice(syntax.Price);
            if (price is null)
            {
                return null;
            }

            if (reference is not null)
            {
                CheckSameCurrency(price.Value.Money, reference.Price.Money, syntax.Price.Money, "the floor", "the zone's reference price", context.Rates);
                CheckSameBasis(price.Value.Basis, price.Value.Unit, reference.Price.Basis, reference.Price.Unit, syntax.Price, "the floor", "the zone's reference price");
            }
        }

        var mechanism = new FloorMechanism(FloorMechanismKind.None, null, null, null);
        Percentage? cap = null;
        ReviewPeriod? review = null;
        var seen = new Dictionary<string, ClauseSyntax>(StringComparer.Ordinal);
        var owner = "the floor for " + subject;
        foreach (var clause in syntax.Body)
        {
            switch (clause)
            {
                case MechanismClause m when FirstOfItsKind(seen, "mechanism", m, owner):
                    if (m.Beneficiary is { } beneficiary)
                    {
                        ResolveActor(beneficiary, "beneficiary", null);
                    }

                    mechanism = new FloorMechanism(
                        m.Kind.Text switch
                        {
                            "adjustable tariff" => FloorMechanismKind.AdjustableTariff,
                            "price-gap payment" => FloorMechanismKind.PriceGapPayment,
                            "export tax" => FloorMechanismKind.ExportTax,
                            _ => FloorMechanismKind.MinimumImportPrice,
                        },
                        m.Kind.Text is "adjustable tariff" || (m.Kind.Text == "export tax" && m.Scope is not null) ? BindScope(m.Scope) : null,
                        m.Beneficiary?.Text,
                        BindShare(m.Clawback, "the clawback share"),
                        m.Against switch
                        {
                            StringSyntax index => new Benchmark(Words(index, "the benchmark of the price-gap payment for " + subject)),
                            NameSyntax => Benchmark.MarketPrice,
                            _ => null,
                        },
                        BindShare(m.UpsideShare, "the upside share"),
                        m.ExportTax is { } exportTax ? new Percentage(exportTax.Value) : null);
                    break;
                case TariffCapClause c when FirstOfItsKind(seen, "tariff cap", c, owner):
                    cap = new Percentage(c.Cap.Value);
                    break;
                case ReviewClause r when FirstOfItsKind(seen, "review", r, owner):
                    review = BindPeriod(r.Period);
                    break;
            }
        }

        return new Floor(subject, syntax.Price is null, price, mechanism, cap, review, BindDuration(syntax.Term?.For), period, Loc(syntax));
    }

    /// <summary>The parts of <paramref name="period"/> that none of <paramref name="covers"/> covers, in order (both
    /// ends of a period included).</summary>
    private static List<Period> Uncovered(Period period, IReadOnlyList<Period> covers)
    {
        var gaps = new List<Period>();
        DateTime? cursor = period.From; // null: from the beginning of time
        var done = false;
        foreach (var cover in covers.Where(c => c.Overlaps(period)).OrderBy(c => c.From ?? DateTime.MinValue))
        {
            if (cover.From is { } from && from > DateTime.MinValue.Date && (cursor is null || cursor < from))
            {
                gaps.Add(new Period(cursor, from.AddDays(-1)));
            }

            if (cover.Until is not { } until || until >= DateTime.MaxValue.Date)
            {
                done = true;
                break;
            }

            var next = until.AddDays(1);
            if (cursor is null || next > cursor)
            {
                cursor = next;
            }

            if (period.Until is { } end && cursor > end)
            {
                done = true;
                break;
            }
        }

        if (!done)
        {
            gaps.Add(new Period(cursor, period.Until));
        }

        return gaps;
    }

    private void CheckSameBasis(QuantityBasis basis, MassUnit unit, QuantityBasis otherBasis, MassUnit otherUnit, SyntaxNode at, string what, string otherWhat)
    {
        if (basis != otherBasis)
        {
            Add(Diagnostic.UnitMismatch(Loc(at), what, Units.Symbol(unit) + " " + Units.BasisText(basis), otherWhat,
                Units.Symbol(otherUnit) + " " + Units.BasisText(otherBasis), "the bases differ and no conversion between them is declared"));
        }
    }
}
