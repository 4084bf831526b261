using AgreementLang.Diagnostics;
using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>
/// AGR310: a most-favoured-nation clause that another agreement triggers. The clause entitles its beneficiary to
/// any better tariff or floor that another party of the clause's agreement (the grantor) grants a third party
/// for the mineral (and stage) — a lower tariff rate on the third party's goods into the grantor, or a higher
/// floor in an agreement between the grantor and the third party. The better treatment is found through indexes
/// by grantor, mineral and stage, best value first. A warning: the treaty texts do not contradict each other,
/// but the grantor now owes the beneficiary the same. Treatment granted under an agreement the clause excepts (by
/// name, or as a free-trade area or customs union that agreement establishes) does not trigger it.
/// </summary>
public sealed class MostFavouredNationTriggeredRule : IRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.MostFavouredNationTriggered;

    public void Check(CheckContext context, List<Diagnostic> diagnostics)
    {
        if (context.MostFavouredNations.Count == 0)
        {
            return;
        }

        // Indexes only for the kinds of clause present. Percentage rates by importer, mineral and stage, lowest
        // first; specific rates are not ranked against them.
        var onTariffs = context.MostFavouredNations.Any(m => m.Term.Subject == MfnSubject.Tariff);
        var onFloors = context.MostFavouredNations.Any(m => m.Term.Subject == MfnSubject.Floor);
        var tariffs = CheckContext.GroupOne(onTariffs ? context.Tariffs.Where(t => t.Term.Rate.Percent is not null && t.Term.Rate.Benchmark is null) : Enumerable.Empty<EffectiveTerm<TariffCommitment>>(),
                t => (t.Term.Importer, t.Term.Subject.Mineral, t.Term.Subject.Stage))
            .ToDictionary(p => p.Key, p => p.Value.OrderBy(t => t.Term.Rate.Percent!.Value.Value).ThenBy(t => t.Order).ToList());
        var mfnMinerals = new HashSet<string>(context.MostFavouredNations.Select(m => m.Term.Mineral), StringComparer.Ordinal);

        // Floors by each party of their agreement, mineral and stage; by currency and basis, highest first.
        var floors = CheckContext.Group(onFloors ? context.Floors.Where(f => f.Term.Price is not null && mfnMinerals.Contains(f.Term.Subject.Mineral)) : Enumerable.Empty<EffectiveTerm<Floor>>(),
                f => f.Agreement.Parties.Select(p => (p.Code, f.Term.Subject.Mineral, f.Term.Subject.Stage)))
            .ToDictionary(p => p.Key, p => p.Value
                .GroupBy(f => (f.Term.Price!.Value.Money.Currency, f.Term.Price.Value.Basis))
                .OrderBy(g => g.Key.Currency, StringComparer.Ordinal).ThenBy(g => g.Key.Basis)
                .Select(g => g.OrderByDescending(f => f.Term.Price!.Value.PerKilogram).ThenBy(f => f.Order).ToList())
                .ToList());
        var stages = context.Tariffs.Select(t => t.Term.Subject).Concat(context.Floors.Select(f => f.Term.Subject))
            .Where(s => mfnMinerals.Contains(s.Mineral))
            .GroupBy(s => s.Mineral, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(s => s.Stage).Distinct(StringComparer.Ordinal).OrderBy(s => s, StringComparer.Ordinal).ToList(),
                StringComparer.Ordinal);

        foreach (var mfn in context.MostFavouredNations)
        {
            var m = mfn.Term;
            if (!stages.TryGetValue(m.Mineral, out var mineralStages))
            {
                continue;
            }

            var own = context.TermsByAgreement[mfn.Agreement.Name];
            foreach (var grantor in mfn.Agreement.Parties.Select(p => p.Code).Where(c => c != m.Beneficiary))
            {
                foreach (var stage in m.Stage is { } only ? new List<string> { only } : mineralStages)
                {
                    var found = m.Subject == MfnSubject.Tariff
                        ? CheckTariff(mfn, own, grantor, stage, tariffs)
                        : CheckFloor(context, mfn, own, grantor, stage, floors);
                    if (found is not null)
                    {
                        diagnostics.Add(found);
                        break;
                    }
                }
            }
        }
    }

    private Diagnostic? CheckTariff(EffectiveTerm<MostFavouredNation> mfn, List<EffectiveTerm<AgreementTerm>> own, string grantor, string stage,
        Dictionary<(string, string, string), List<EffectiveTerm<TariffCommitment>>> tariffs)
    {
        var m = mfn.Term;
        if (!tariffs.TryGetValue((grantor, m.Mineral, stage), out var candidates))
        {
            return null;
        }

        var mine = own.Where(t => t.Term is TariffCommitment c && c.Exporter == m.Beneficiary && c.Importer == grantor &&
                                  c.Subject.Mineral == m.Mineral && c.Subject.Stage == stage && c.Rate.Percent is not null && t.Period.Overlaps(mfn.Period))
            .Select(t => t.As<TariffCommitment>()).FirstOrDefault();
        foreach (var better in candidates)
        {
            var rate = better.Term.Rate.Percent!.Value.Value;
            if (mine is not null && rate >= mine.Term.Rate.Percent!.Value.Value)
            {
                return null;
            }

            if (better.Agreement.Name == mfn.Agreement.Name || better.Term.Exporter == m.Beneficiary || !better.Period.Overlaps(mfn.Period) ||
                m.Exceptions?.Excepts(better.Agreement) is not null)
            {
                continue;
            }

            var granted = "a " + Show.Percent(rate) + " tariff on " + better.Term.Subject;
            var theirs = mine is null ? "no tariff commitment" : "the " + Show.Percent(mine.Term.Rate.Percent!.Value.Value) + " tariff";
            return Report(mfn, mine, better, grantor, better.Term.Exporter, granted, theirs);
        }

        return null;
    }

    private Diagnostic? CheckFloor(CheckContext context, EffectiveTerm<MostFavouredNation> mfn, List<EffectiveTerm<AgreementTerm>> own, string grantor,
        string stage, Dictionary<(string, string, string), List<List<EffectiveTerm<Floor>>>> floors)
    {
        var m = mfn.Term;
        if (!floors.TryGetValue((grantor, m.Mineral, stage), out var groups))
        {
            return null;
        }

        var mine = own.Where(t => t.Term is Floor f && f.Price is not null && f.Subject.Mineral == m.Mineral && f.Subject.Stage == stage &&
                                  t.Period.Overlaps(mfn.Period))
            .Select(t => t.As<Floor>()).FirstOrDefault();
        foreach (var group in groups)
        {
            foreach (var better in group)
            {
                var third = better.Agreement.Parties.Select(p => p.Code).FirstOrDefault(c => c != grantor && c != m.Beneficiary);
                if (better.Agreement.Name == mfn.Agreement.Name || third is null || better.Agreement.HasParty(m.Beneficiary) ||
                    !better.Period.Overlaps(mfn.Period) || m.Exceptions?.Excepts(better.Agreement) is not null)
                {
                    continue;
                }

                var price = better.Term.Price!.Value;
                if (mine is null)
                {
                    return Report<Floor, Floor>(mfn, null, better, grantor, third, "a floor of " + Show.Price(price) + " for " + better.Term.Subject, "no floor");
                }

                var target = mine.Term.Price!.Value;
                var rates = context.RatesOf(better.Agreement).Concat(context.RatesOf(mine.Agreement));
                if (Conversions.ConvertPrice(price, target.Money.Currency, target.Unit, target.Basis, rates, better.Period) is { } converted &&
                    Conversions.Comparable(converted) > target.Money.Amount &&
                    !Conversions.SameQuote(price, converted, target, new Converted(target.Money.Amount, null, 1m)))
                {
                    return Report(mfn, mine, better, grantor, third, "a floor of " + Show.Price(price, converted, target.Unit) + " for " + better.Term.Subject,
                        "the floor of " + Show.Price(target));
                }

                // The highest comparable floor of this currency is not better; the rest of the group is lower still.
                break;
            }
        }

        return null;
    }

    private Diagnostic Report<TGrant, TOwn>(EffectiveTerm<MostFavouredNation> mfn, EffectiveTerm<TOwn>? mine, EffectiveTerm<TGrant> better,
        string grantor, string third, string granted, string theirs)
        where TGrant : AgreementTerm
        where TOwn : AgreementTerm
    {
        var grantPrimary = better.Order > mfn.Order;
        var ownWhere = mine is not null ? "in " + mine.Place : "in " + mfn.Agreement.Name;
        var diagnostic = Diagnostic.MostFavouredNationTriggered(grantPrimary ? better.Location : mfn.Location, grantor, third, granted,
            Describe.Where(better, grantPrimary), theirs, mfn.Term.Beneficiary, ownWhere, Describe.Where(mfn, !grantPrimary),
            Show.FromOverlap(mfn.Period, better.Period));
        diagnostic = grantPrimary
            ? diagnostic.WithRelated(mfn.Location, "most-favoured-nation clause for " + mfn.Term.Beneficiary + " in " + mfn.Instrument)
            : diagnostic.WithRelated(better.Location, "the better treatment " + grantor + " grants " + third + " in " + better.Instrument);
        return mine is null ? diagnostic : diagnostic.WithRelated(mine.Location, "what " + mfn.Term.Beneficiary + " is granted in " + mine.Instrument);
    }
}
