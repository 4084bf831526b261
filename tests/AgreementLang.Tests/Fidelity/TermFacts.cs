using System.Collections.Immutable;
using AgreementLang.Model;
using AgreementLang.Rendering.Text;

namespace AgreementLang.Tests.Fidelity;

/// <summary>What the draft must say of each kind of term, in the provisions that cite it: its parties (by the
/// names the draft gives them), figures, rates and durations. A visitor, so a new kind of term does not compile
/// here until its facts are named. A producer the term names brings its owners and their shares (the definitions
/// article states them, citing every clause that names the producer).</summary>
internal sealed class TermFacts(Names names, AgreementSet set) : ITermVisitor<IEnumerable<string>>
{
    public IEnumerable<string> Visit(Floor term)
    {
        if (term.Price is { } price)
        {
            yield return LegalText.MoneyFigures(price.Money);
        }

        if (term.TariffCap is { } cap)
        {
            yield return LegalText.PercentFigures(cap);
        }

        if (term.For is { } period)
        {
            yield return LegalText.Duration(period);
        }

        if (term.Mechanism.Clawback is { } clawback)
        {
            yield return LegalText.PercentFigures(clawback);
        }

        if (term.Mechanism.Beneficiary is { } beneficiary)
        {
            yield return names.Of(beneficiary);
            foreach (var fact in Owners(beneficiary))
            {
                yield return fact;
            }
        }

        if (term.Mechanism.ExportTaxRate is { } exportTax)
        {
            yield return "export tax of " + LegalText.Percent(exportTax);
        }

        if (term.Mechanism.UpsideShare is { } upside)
        {
            yield return LegalText.PercentFigures(upside);
        }

        if (term.Mechanism.Against is { } benchmark)
        {
            yield return benchmark.Index ?? "the market price";
        }

        yield return names.Goods(term.Subject);
    }

    public IEnumerable<string> Visit(TariffCommitment term) =>
        [names.Of(term.Importer), names.Of(term.Exporter), names.Goods(term.Subject), LegalText.RateFigures(term.Rate)];

    public IEnumerable<string> Visit(ExportDutyBan term) => term.Minerals.Select(names.Mineral);

    public IEnumerable<string> Visit(ExportMeasure term)
    {
        yield return names.Of(term.Party);
        yield return names.Goods(term.Subject);
        if (term.Tax is { } tax)
        {
            yield return LegalText.PercentFigures(tax);
        }
    }

    public IEnumerable<string> Visit(Loan term) =>
        Financing(term.Lender, term.Borrower, term.Amount, term.Terms).Append(LegalText.Duration(term.Tenor))
            .Concat(term.Rate?.Percent is { } rate ? [LegalText.PercentFigures(rate)] : []);

    public IEnumerable<string> Visit(EquityStake term) =>
        Financing(term.Investor, term.Investee, term.Amount, term.Terms).Concat(term.Stake is { } stake ? [LegalText.PercentFigures(stake)] : []);

    public IEnumerable<string> Visit(Grant term) =>
        Financing(term.Grantor, term.Grantee, term.Amount, term.Terms).Concat(term.Within is { } within ? [LegalText.Duration(within)] : []);

    public IEnumerable<string> Visit(Guarantee term) =>
        Financing(term.Guarantor, term.Beneficiary, term.Amount, term.Terms).Concat(term.Tenor is { } tenor ? [LegalText.Duration(tenor)] : []);

    public IEnumerable<string> Visit(Offtake term)
    {
        foreach (var fact in Owners(term.Producer).Concat(Owners(term.Buyer)))
        {
            yield return fact;
        }

        yield return names.Of(term.Producer);
        yield return names.Of(term.Buyer);
        yield return names.Goods(term.Subject);
        if (term.Share is { } share)
        {
            yield return LegalText.PercentFigures(share);
        }

        if (term.For is { } period)
        {
            yield return LegalText.Duration(period);
        }

        if (term.Earnings is { } earnings)
        {
            yield return LegalText.MoneyFigures(earnings.PerYear);
            if (earnings.AnnualEscalator is { } escalator)
            {
                yield return LegalText.PercentFigures(escalator);
            }
        }
    }

    public IEnumerable<string> Visit(OriginRule term)
    {
        yield return names.Goods(term.Subject);
        if (term.ZoneContent is { } content)
        {
            yield return LegalText.PercentFigures(content);
        }

        if (term.ForeignEntityBelow is { } below)
        {
            yield return LegalText.PercentFigures(below);
        }

        // The method a content test is calculated by is stated in the draft's words, as is every alternative.
        if (term.Valuation is { } valuation)
        {
            yield return OriginWords.Method(valuation) + " method";
        }

        foreach (var criterion in term.Alternatives?.Criteria ?? ImmutableArray<OriginCriterion>.Empty)
        {
            if (criterion.Share is { } share)
            {
                yield return LegalText.PercentFigures(share);
            }

            if (criterion.Valuation is { } method)
            {
                yield return OriginWords.Method(method) + " method";
            }

            if (criterion.Kind == OriginCriterionKind.ChangeOfTariffHeading)
            {
                yield return "change of tariff heading";
            }
        }
    }

    public IEnumerable<string> Visit(MostFavouredNation term)
    {
        yield return names.Of(term.Beneficiary);
        if (term.Exceptions is { } exceptions)
        {
            if (exceptions.FreeTradeAreas)
            {
                yield return "free-trade area";
            }

            if (exceptions.CustomsUnions)
            {
                yield return "customs union";
            }

            foreach (var agreement in exceptions.Agreements)
            {
                yield return "(" + agreement + ")";
            }
        }
    }

    public IEnumerable<string> Visit(StatedProvision term) => [term.Text];

    public IEnumerable<string> Visit(Obligation term) =>
        term.AnchorInstrument is { } other && term.Within is { } within ? [term.Text, LegalText.Duration(within), "(" + other + ")"] : [term.Text];

    /// <summary>The figure with its bound as stated ("at least USD 1,000,000,000"), or the words of an amount to be
    /// agreed, and the financing's further terms.</summary>
    private IEnumerable<string> Financing(string provider, string recipient, CommittedAmount amount, FinancingTerms terms)
    {
        IEnumerable<string> facts = [names.Of(provider), names.Of(recipient), amount.Stated is { } money ? amount.BoundWords + LegalText.Money(money) : "an amount to be agreed"];
        if (terms.Instrument is { } instrument)
        {
            facts = facts.Append(FinancingInstruments.Word(instrument));
        }

        if (terms.ConversionPrice is { } conversion)
        {
            facts = facts.Append(LegalText.MoneyFigures(conversion));
        }

        if (terms.Warrants is { } warrants)
        {
            facts = facts.Append("warrants")
                .Concat(warrants.ExercisePrice is { } exercise ? [LegalText.MoneyFigures(exercise)] : [])
                .Concat(warrants.Term is { } term ? [LegalText.Duration(term)] : []);
        }

        if (terms.UseOfProceeds is { } proceeds)
        {
            facts = facts.Append(proceeds);
        }

        return facts.Concat(Owners(provider)).Concat(Owners(recipient));
    }

    /// <summary>The owners of a producer and their shares, if the name is a producer.</summary>
    private IEnumerable<string> Owners(string name) =>
        set.Producers.Where(p => p.Name == name).SelectMany(p => p.Owners)
            .SelectMany(o => new[] { names.Of(o.Owner), LegalText.PercentFigures(o.Share) });
}
