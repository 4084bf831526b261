using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using AgreementLang.Model;

namespace AgreementLang.Formatting;

public static partial class ModelPrinter
{
    /// <summary>The terms of an agreement, one method per kind of term.</summary>
    private sealed partial class Writer
    {
        // The period of the instrument whose terms are being written: a term's own period is written only where
        // it differs from what the binder derives from it.
        private Period _termContext;

        /// <summary>The terms, each with its period written only where the binder would not derive it. The writer
        /// is a visitor over the kinds of term, so that a new kind does not compile until it can be printed.</summary>
        private void Terms(IEnumerable<AgreementTerm> terms, Period context)
        {
            _termContext = context;
            foreach (var term in terms)
            {
                term.Accept(this);
            }
        }

        public bool Visit(Floor floor)
        {
            WriteFloor(floor, _termContext);
            return true;
        }

        public bool Visit(TariffCommitment t)
        {
            Line(1, $"tariff {t.Exporter} -> {t.Importer} {t.Subject}{(t.Line is null ? "" : " line " + t.Line)} {Rate(t.Rate)}" +
                    $"{(t.BaseRate is { } b ? " base " + Rate(b) : "")} " + t.Staging.Kind switch
                    {
                        StagingKind.EntryIntoForce => "from entry into force",
                        StagingKind.Date => "from " + Dates.Iso(t.Staging.From!.Value),
                        _ => "staging " + t.Staging.Category,
                    });
            return true;
        }

        public bool Visit(ExportDutyBan ban)
        {
            Line(1, "no export duties on " + string.Join(", ", ban.Minerals));
            return true;
        }

        public bool Visit(ExportMeasure m)
        {
            Line(1, (m.Kind == ExportMeasureKind.Tax
                        ? $"export tax {m.Party} on {m.Subject} {Percent(m.Tax ?? new Percentage(0))}"
                        : $"export quota {m.Party} on {m.Subject} {Quantity(m.QuotaPerYear!.Value)} per year") +
                    (m.Scope.Kind == ScopeKind.All ? "" : " to " + Scope(m.Scope)));
            return true;
        }

        public bool Visit(Loan loan)
        {
            var derived = _termContext.From is { } from ? new Period(from, loan.Tenor.LastDayFrom(from)) : _termContext;
            Line(1, $"financing loan from {loan.Lender} to {loan.Borrower} {Commitment(loan.Amount)}" +
                    $"{(loan.Rate is { } rate ? " at " + Rate(rate) : "")} for {loan.Tenor}" +
                    (loan.Period == derived ? "" : Suffix(Validity(loan.Period))) + Opens(loan.Terms));
            FinancingBlock(loan.Terms);
            return true;
        }

        public bool Visit(EquityStake e)
        {
            Line(1, $"financing equity {e.Investor} in {e.Investee} {Commitment(e.Amount)}{(e.Stake is { } s ? " for " + Percent(s) : "")}" + Opens(e.Terms));
            FinancingBlock(e.Terms);
            return true;
        }

        public bool Visit(Grant g)
        {
            Line(1, $"financing grant from {g.Grantor} to {g.Grantee} {Commitment(g.Amount)}{(g.Within is { } w ? " within " + w : "")}" + Opens(g.Terms));
            FinancingBlock(g.Terms);
            return true;
        }

        public bool Visit(Guarantee g)
        {
            Line(1, $"financing guarantee from {g.Guarantor} to {g.Beneficiary} {Commitment(g.Amount)}{(g.Tenor is { } tenor ? " for " + tenor : "")}" + Opens(g.Terms));
            FinancingBlock(g.Terms);
            return true;
        }

        private static string Opens(FinancingTerms terms) => terms.IsEmpty ? "" : " {";

        /// <summary>The block of a financing clause, when it states anything beyond amount, rate and tenor.</summary>
        private void FinancingBlock(FinancingTerms terms)
        {
            if (terms.IsEmpty)
            {
                return;
            }

            if (terms.Instrument is { } instrument)
            {
                Line(2, "instrument " + FinancingInstruments.Word(instrument));
            }

            if (terms.ConversionPrice is { } conversion)
            {
                Line(2, $"conversion price {Money(conversion)} per share");
            }

            if (terms.Warrants is { } warrants)
            {
                Line(2, "warrants" + (warrants.ExercisePrice is { } price ? $" at {Money(price)} per share" : "") +
                        (warrants.Term is { } term ? " for " + term : ""));
            }

            if (terms.UseOfProceeds is { } proceeds)
            {
                Line(2, "use of proceeds " + Quote(proceeds));
            }

            Line(1, "}");
        }

        public bool Visit(Offtake o)
        {
            Line(1, $"offtake {o.Producer} -> {o.Buyer} " +
                    (o.Share is { } share ? $"{Percent(share)} of {o.Subject} capacity" : $"{Quantity(o.VolumePerYear!.Value)} of {o.Subject} per year") +
                    " " + (o.For is { } duration ? "for " + duration : Validity(o.Period)) +
                    (o.Earnings is { } earnings
                        ? " earnings floor " + Money(earnings.PerYear) + " per year" +
                          (earnings.AnnualEscalator is { } escalator ? " escalator " + Percent(escalator) + " per year" : "")
                        : ""));
            return true;
        }

        public bool Visit(OriginRule r)
        {
            var criteria = new List<string>();
            if (r.ZoneContent is { } content)
            {
                criteria.Add(Percent(content) + " zone content" + OriginWords.By(r.Valuation));
            }

            if (r.ChangeOfTariffHeading)
            {
                criteria.Add("change of tariff heading");
            }

            if (r.ConsignedFromMembersOnly)
            {
                criteria.Add("consigned from members only");
            }

            if (r.ForeignEntityBelow is { } below)
            {
                criteria.Add("foreign entity below " + Percent(below));
            }

            if (r.Alternatives is { } alternatives)
            {
                criteria.Add(alternatives.ToString());
            }

            Line(1, $"origin {r.Subject} requires {string.Join(", ", criteria)}");
            return true;
        }

        public bool Visit(MostFavouredNation mfn)
        {
            Line(1, $"most favoured nation {mfn.Beneficiary} on {mfn.Mineral}{(mfn.Stage is null ? "" : " " + mfn.Stage)} " +
                    (mfn.Subject == MfnSubject.Floor ? "floor" : "tariff") +
                    (mfn.Exceptions is { IsEmpty: false } exceptions ? " except " + exceptions : ""));
            return true;
        }

        public bool Visit(StatedProvision p)
        {
            Line(1, $"provision {ProvisionTopics.Word(p.Topic)} {Quote(p.Text)}");
            return true;
        }

        public bool Visit(Obligation o)
        {
            var of = o.AnchorInstrument is { } instrument ? " of " + instrument : "";
            Line(1, $"obligation {string.Join(", ", o.Parties)} {Quote(o.Text)}" + o.Anchor switch
            {
                DeadlineAnchor.None => "",
                DeadlineAnchor.Date => " by " + Dates.Iso(o.DueDate!.Value),
                DeadlineAnchor.Signature => $" within {o.Within} of signature{of}",
                _ => $" within {o.Within} of entry into force{of}",
            });
            return true;
        }

        private void WriteFloor(Floor floor, Period context)
        {
            var price = floor.AtReferencePrice || floor.Price is null ? "reference price" : Price(floor.Price.Value);
            var term = floor.For is { } duration ? " for " + duration : floor.Period == context ? "" : Suffix(Validity(floor.Period));
            var body = new List<string>();
            var mechanism = floor.Mechanism;
            switch (mechanism.Kind)
            {
                case FloorMechanismKind.AdjustableTariff:
                    body.Add("enforced by adjustable tariff" +
                             (mechanism.Scope is null || mechanism.Scope.Kind == ScopeKind.All ? "" : " on imports from " + Scope(mechanism.Scope)));
                    break;
                case FloorMechanismKind.PriceGapPayment:
                    body.Add("enforced by price-gap payment" + (mechanism.Beneficiary is null ? "" : " to " + mechanism.Beneficiary) +
                             (mechanism.Against is { } against ? " against " + (against.Index is { } index ? Quote(index) : "market price") : "") +
                             (mechanism.Clawback is { } clawback ? " clawback " + Percent(clawback) : "") +
                             (mechanism.UpsideShare is { } upside ? " upside share " + Percent(upside) : ""));
                    break;
                case FloorMechanismKind.MinimumImportPrice:
                    body.Add("enforced by minimum import price");
                    break;
                case FloorMechanismKind.ExportTax:
                    body.Add("enforced by export tax " + Percent(mechanism.ExportTaxRate ?? new Percentage(0)) +
                             (mechanism.Scope is null ? "" : " to " + Scope(mechanism.Scope)));
                    break;
            }

            if (floor.TariffCap is { } cap)
            {
                body.Add("tariff cap " + Percent(cap));
            }

            if (floor.Review is { } review)
            {
                body.Add("review " + Period(review));
            }

            if (body.Count == 0)
            {
                Line(1, $"floor {floor.Subject} at {price}{term}");
                return;
            }

            Line(1, $"floor {floor.Subject} at {price}{term} {{");
            foreach (var line in body)
            {
                Line(2, line);
            }

            Line(1, "}");
        }
    }
}
