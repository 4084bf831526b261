using System.Collections.Immutable;
using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Syntax;

namespace AgreementLang.Semantics;

/// <summary>Binding of what concerns actors other than the parties: entities' kinds, who owns a producer,
/// facility participants and agents, stockpile buyers, and a financing's instrument, conversion price, warrants
/// and use of proceeds.</summary>
public sealed partial class Binder
{
    private Institution? BindInstitution(InstitutionSyntax syntax)
    {
        if (!BindCountry(syntax.Country))
        {
            return null;
        }

        var what = (syntax.Entity ? "entity '" : "institution '") + syntax.Name.Text + "'";
        return new Institution(syntax.Name.Text, Words(syntax.Title, "the full name of " + what), syntax.Country.Text, Loc(syntax.Name))
        {
            Kind = syntax.Kind is { } kind ? EntityKinds.Parse(kind.Text)!.Value : EntityKind.PublicBody,
        };
    }

    /// <summary>The owners of a producer; shares held at one time may not add up to more than 100% (AGR123).</summary>
    private ImmutableArray<Ownership> BindOwners(ProducerSyntax producer)
    {
        var owners = ImmutableArray.CreateBuilder<Ownership>();
        foreach (var clause in producer.Body.OfType<OwnedClause>())
        {
            var owner = ResolveActor(clause.Owner, "owner", agreement: null);
            var share = BindShare(clause.Share, "a share of producer '" + producer.Name.Text + "'");
            if (!owner || share is null)
            {
                continue;
            }

            var ownership = new Ownership(clause.Owner.Text, share.Value, BindValidity(clause.Validity), Loc(clause));
            // Shares held together are highest on the first day of one of them: try each start the new holding covers.
            var (total, day) = owners.Select(o => o.Validity.From ?? DateTime.MinValue)
                .Append(ownership.Validity.From ?? DateTime.MinValue)
                .Where(ownership.Validity.Contains)
                .Select(d => (Total: owners.Where(o => o.Validity.Contains(d)).Aggregate(ownership.Share.Value, (sum, o) => sum + o.Share.Value), Day: d))
                .DefaultIfEmpty((Total: ownership.Share.Value, Day: ownership.Validity.From ?? DateTime.MinValue))
                .OrderByDescending(t => t.Total).First();
            if (total > 100m)
            {
                Add(Diagnostic.OwnershipOverWhole(Loc(clause), producer.Name.Text, new Percentage(total),
                    day == DateTime.MinValue ? "from the outset" : "on " + Dates.Iso(day),
                    string.Join(", ", owners.Where(o => o.Validity.Contains(day)).Select(o => o.Owner + " " + o.Share)
                        .Append(ownership.Owner + " " + ownership.Share))));
                continue;
            }

            owners.Add(ownership);
        }

        return owners.ToImmutable();
    }

    private ImmutableArray<FacilityParticipant> BindParticipants(FacilitySyntax facility)
    {
        var participants = ImmutableArray.CreateBuilder<FacilityParticipant>();
        foreach (var clause in facility.Body.OfType<ParticipantsClause>())
        {
            var agent = clause.Keyword.Text == "agent";
            foreach (var name in clause.Names.Where(n => ResolveActor(n, agent ? "agent" : "participant", agreement: null)))
            {
                participants.Add(new FacilityParticipant(name.Text, agent, Loc(name)));
            }
        }

        return participants.ToImmutable();
    }

    private ImmutableArray<StockpileBuyer> BindBuyers(StockpileSyntax stockpile) =>
        stockpile.Body.OfType<BuyersClause>().SelectMany(c => c.Names)
            .Where(n => ResolveActor(n, "buyer", agreement: null))
            .Select(n => new StockpileBuyer(n.Text, Loc(n)))
            .ToImmutableArray();

    /// <summary>The block of a financing clause. Each term once (AGR114); an instrument must be of the
    /// financing's kind, and a conversion price needs a convertible instrument (AGR124).</summary>
    private FinancingTerms BindFinancingTerms(FinancingClauseSyntax syntax, string kind, string owner)
    {
        var seen = new Dictionary<string, ClauseSyntax>(StringComparer.Ordinal);
        FinancingInstrument? instrument = null;
        Money? conversion = null;
        Warrants? warrants = null;
        string? proceeds = null;
        ConversionPriceClause? conversionClause = null;
        foreach (var clause in syntax.Body)
        {
            switch (clause)
            {
                case InstrumentClause c when FirstOfItsKind(seen, "instrument", c, owner):
                    var parsed = FinancingInstruments.Parse(c.Instrument.Text)!.Value;
                    if (FinancingInstruments.IsEquity(parsed) != (kind == "equity") || kind is "grant" or "guarantee")
                    {
                        Add(Diagnostic.FinancingTermDoesNotFit(Loc(c), "instrument " + c.Instrument.Text, owner,
                            kind == "equity" ? "an equity financing takes convertible preferred equity, preferred equity, common equity or warrants"
                            : kind == "loan" ? "a loan takes concessional loan or commercial loan"
                            : "a " + kind + " states no instrument"));
                        break;
                    }

                    instrument = parsed;
                    break;
                case ConversionPriceClause c when FirstOfItsKind(seen, "conversion price", c, owner):
                    conversion = BindPositiveMoney(c.Price, "a conversion price", wholeMinorUnits: false);
                    conversionClause = c;
                    break;
                case WarrantsClause c when FirstOfItsKind(seen, "warrants", c, owner):
                    var exercise = c.ExercisePrice is { } price ? BindPositiveMoney(price, "an exercise price", wholeMinorUnits: false) : null;
                    if (c.ExercisePrice is null || exercise is not null)
                    {
                        warrants = new Warrants(exercise, BindDuration(c.Term), Loc(c));
                    }

                    break;
                case UseOfProceedsClause c when FirstOfItsKind(seen, "use of proceeds", c, owner):
                    proceeds = Words(c.Text, "the use of proceeds of " + owner);
                    break;
            }
        }

        if (conversion is not null && instrument != FinancingInstrument.ConvertiblePreferredEquity)
        {
            Add(Diagnostic.FinancingTermDoesNotFit(Loc(conversionClause!), "a conversion price", owner +
                (instrument is { } i ? ", a " + FinancingInstruments.Word(i) : ", which states no instrument"),
                "only convertible preferred equity converts; state 'instrument convertible preferred equity'"));
            conversion = null;
        }

        if (warrants is not null && kind != "equity")
        {
            Add(Diagnostic.FinancingTermDoesNotFit(Loc(seen["warrants"]), "warrants", owner, "warrants go with an equity financing"));
            warrants = null;
        }

        return new FinancingTerms(instrument, conversion, warrants, proceeds);
    }
}
