using System.Collections.Immutable;
using AgreementLang.Catalog;
using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Rendering.Text;

namespace AgreementLang.Rendering.Legal;

/// <summary>The view of each kind of term that the wording templates read: every figure in words and figures, every name resolved, and who is bound.</summary>
public sealed partial class DraftBuilder
{
    private static FloorView FloorView(Floor floor, Agreement agreement, Zone? zone, Names names, bool binding, InstrumentForm form, string trace)
    {
        var price = Annexes.FloorPrice(floor, zone);
        var mechanism = floor.Mechanism;
        var payer = new List<string>();
        if (mechanism.Beneficiary is { } beneficiary)
        {
            foreach (var other in agreement.Parties)
            {
                if (other.Code != beneficiary)
                {
                    payer.Add(other.Code);
                }
            }
        }

        var payers = payer.Count > 0 ? names.List(payer) : null;
        var from = floor.Period.From is { } f && f != agreement.EffectiveFrom ? LegalText.Date(f) : null;

        // Who maintains the floor: every party of a treaty; in a contract only the parties that are not the
        // company the floor protects (a company cannot keep a price floor for itself).
        var maintainers = new List<string>();
        foreach (var other in agreement.Parties)
        {
            if (form != InstrumentForm.Contract || (other.Code != mechanism.Beneficiary && other.Role != PartyRole.Producer))
            {
                maintainers.Add(other.Code);
            }
        }

        var party = binding ? "Party" : "Participant";
        var maintainer = form == InstrumentForm.Contract && maintainers.Count > 0 ? Names.Capitalise(names.List(maintainers)) : "Each " + party;
        var maintainerShall = binding ? "shall" : form == InstrumentForm.Contract && maintainers.Count > 1 ? "intend to" : "intends to";
        return new FloorView(
            names.Goods(floor.Subject),
            floor.AtReferencePrice,
            price is { } p ? LegalText.UnitPrice(p) : null,
            floor.AtReferencePrice ? "the Reference Price" : "the Floor Price",
            from,
            floor.For is { } d ? LegalText.Duration(d) : null,
            mechanism.Kind == FloorMechanismKind.AdjustableTariff,
            mechanism.Kind == FloorMechanismKind.PriceGapPayment,
            mechanism.Kind == FloorMechanismKind.MinimumImportPrice,
            mechanism.Scope is { } scope ? ScopeText(scope, "originating in") : null,
            floor.TariffCap is { } cap ? LegalText.Percent(cap) : null,
            floor.Review is { } review ? LegalText.Review(review) : null,
            mechanism.Beneficiary is { } b ? names.Of(b) : null,
            payers is not null ? Names.Capitalise(payers) : binding ? "The Parties" : "The Participants",
            payers ?? (binding ? "the Parties" : "the Participants"),
            binding ? "shall" : payer.Count == 1 ? "intends to" : "intend to",
            mechanism.Clawback is { } clawback ? LegalText.Percent(clawback) : null,
            maintainer,
            maintainerShall,
            trace)
        {
            Benchmark = mechanism.Against is { } against ? (against.Index is { } index ? "the benchmark \u201c" + index + "\u201d" : "the market price") : null,
            UpsideShare = mechanism.UpsideShare is { } upside ? LegalText.Percent(upside) : null,
            ExportTax = mechanism.Kind == FloorMechanismKind.ExportTax && mechanism.ExportTaxRate is { } tax ? LegalText.Percent(tax) : null,
            ExportScope = mechanism.Kind == FloorMechanismKind.ExportTax && mechanism.Scope is { Kind: not ScopeKind.All } exports ? ScopeText(exports, "to") : null,
        };
    }

    /// <summary>The party the clause names is the beneficiary; the grantor is every other party.</summary>
    private static MfnView MfnView(MostFavouredNation mfn, Agreement agreement, AgreementSet set, Names names, string trace)
    {
        var grantors = new List<string>();
        foreach (var p in agreement.Parties)
        {
            if (p.Code != mfn.Beneficiary)
            {
                grantors.Add(p.Code);
            }
        }

        var grantor = grantors.Count == 1 ? names.Of(grantors[0]) : "each " + (IsBinding(agreement) ? "Party" : "Participant") + " other than " + names.Of(mfn.Beneficiary);
        var goods = mfn.Stage is null ? names.Mineral(mfn.Mineral) + " at any stage of production" : names.Goods(new MineralStage(mfn.Mineral, mfn.Stage, default));
        return new MfnView(grantor, Names.Capitalise(grantor), grantors.Count == 1, names.Of(mfn.Beneficiary), goods,
            mfn.Subject == MfnSubject.Floor, mfn.Subject == MfnSubject.Tariff, trace)
        {
            Exceptions = MfnExceptionsText(mfn.Exceptions, set),
        };
    }

    /// <summary>"treatment accorded within a free-trade area or customs union to which it is a party, or under the
    /// Agreement between … (US-MX-2026)": only what the clause excepts.</summary>
    private static string? MfnExceptionsText(MfnExceptions? exceptions, AgreementSet set)
    {
        if (exceptions is null || exceptions.IsEmpty)
        {
            return null;
        }

        var areas = new List<string>();
        if (exceptions.FreeTradeAreas)
        {
            areas.Add("a free-trade area");
        }

        if (exceptions.CustomsUnions)
        {
            areas.Add("a customs union");
        }

        var parts = new List<string>();
        if (areas.Count > 0)
        {
            parts.Add("treatment accorded within " + Names.JoinAnd(areas, "or") + " to which it is a party");
        }

        foreach (var name in exceptions.Agreements)
        {
            var title = set.Agreements.FirstOrDefault(a => a.Name == name)?.Title;
            parts.Add("treatment accorded under " + (title is null ? name : "the " + title + " (" + name + ")"));
        }

        return Names.JoinAnd(parts, "or");
    }

    private static string ScopeText(Scope scope, string preposition)
    {
        switch (scope.Kind)
        {
            case ScopeKind.NonMembers:
                return preposition + " a Non-Member";
            case ScopeKind.All:
                return "from any source";
        }

        var countries = new string[scope.Codes.Length];
        for (var i = 0; i < countries.Length; i++)
        {
            countries[i] = Names.Country(scope.Codes[i]);
        }

        return preposition + " " + Names.JoinAnd(countries, "or");
    }

    private static string Staging(Staging staging, bool binding) => staging.Kind switch
    {
        StagingKind.EntryIntoForce => binding ? "on the date of entry into force of this Agreement" : "on the date on which it comes into effect",
        StagingKind.Date => "on " + LegalText.Date(staging.From!.Value),
        _ => "in accordance with staging category " + staging.Category,
    };

    // A provider that is not a party is not bound by the agreement: the wording records what the parties
    // intend it to do ("ProviderIsParty" chooses), never an obligation of its own.
    private static FinancingView FinancingView(AgreementTerm term, Agreement agreement, Names names, string trace) =>
        WithTerms(BasicFinancingView(term, agreement, names, trace), term switch
        {
            Loan l => l.Terms,
            EquityStake e => e.Terms,
            Grant g => g.Terms,
            Guarantee g => g.Terms,
            _ => FinancingTerms.None,
        });

    /// <summary>What the financing clause's block states, and nothing it does not.</summary>
    private static FinancingView WithTerms(FinancingView view, FinancingTerms terms) => view with
    {
        Instrument = terms.Instrument is { } instrument ? FinancingInstruments.Word(instrument) : null,
        ConversionPrice = terms.ConversionPrice is { } conversion ? LegalText.Money(conversion) : null,
        HasWarrants = terms.Warrants is not null,
        ExercisePrice = terms.Warrants?.ExercisePrice is { } exercise ? LegalText.Money(exercise) : null,
        WarrantTerm = terms.Warrants?.Term is { } term ? LegalText.Duration(term) : null,
        UseOfProceeds = terms.UseOfProceeds,
    };

    private static FinancingView BasicFinancingView(AgreementTerm term, Agreement agreement, Names names, string trace) => term switch
    {
        Loan l => new FinancingView(true, false, false, false, names.Of(l.Lender), names.OfAtStart(l.Lender), names.Of(l.Borrower),
            LegalText.Commitment(l.Amount), l.Rate is { } r ? LegalText.Rate(r) : null, LegalText.Duration(l.Tenor),
            l.Facility is { } facility && facility != l.Lender ? names.Of(facility) : null, null, null, agreement.HasParty(l.Lender), trace),
        EquityStake e => new FinancingView(false, true, false, false, names.Of(e.Investor), names.OfAtStart(e.Investor), names.Of(e.Investee),
            LegalText.Commitment(e.Amount), null, null, null, e.Stake is { } s ? LegalText.Percent(s) : null, null, agreement.HasParty(e.Investor), trace),
        Grant g => new FinancingView(false, false, true, false, names.Of(g.Grantor), names.OfAtStart(g.Grantor), names.Of(g.Grantee),
            LegalText.Commitment(g.Amount), null, null, null, null, g.Within is { } w ? LegalText.Duration(w) : null, agreement.HasParty(g.Grantor), trace),
        Guarantee g => new FinancingView(false, false, false, true, names.Of(g.Guarantor), names.OfAtStart(g.Guarantor), names.Of(g.Beneficiary),
            g.Amount.Bound == AmountBound.Exactly ? "up to " + LegalText.Commitment(g.Amount) : LegalText.Commitment(g.Amount), null,
            g.Tenor is { } t ? LegalText.Duration(t) : null, null, null, null, agreement.HasParty(g.Guarantor), trace),
        _ => throw new ArgumentOutOfRangeException(nameof(term)),
    };

    private static OfftakeView OfftakeView(Offtake offtake, AgreementSet set, Agreement agreement, Names names, Provenance provenance, string trace)
    {
        Capacity? capacity = null;
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
                    capacity = c;
                    break;
                }
            }

            break;
        }

        // The source's own words first: "for 10 years" runs from the later of the agreement's start and the
        // capacity's (docs/language.md, offtake), and the draft names that start; stated dates stay as written.
        var period = offtake.Period;
        string? periodText;
        if (offtake.For is { } duration)
        {
            // An entry into force that waits for notifications has no date yet: the draft names the event, never
            // the earliest date the model assumes for it.
            var entryKnown = agreement.EntryIntoForce is EntryIntoForce.OnDate or EntryIntoForce.OnSignature;
            var entry = "the date " + (IsBinding(agreement) ? "of entry into force" : "on which it comes into effect") + " of this " + InstrumentNoun(agreement.Kind);
            var capacityStart = capacity?.Validity.From;
            var start = entryKnown ? (period.From is { } known ? LegalText.Date(known) : null)
                : capacityStart is { } c ? "the later of " + entry + " and " + LegalText.Date(c)
                : entry;
            periodText = "for a period of " + LegalText.Duration(duration) + (start is null ? "" : " from " + start);
        }
        else
        {
            periodText = period == agreement.Period ? null
                : period.From is { } f && period.Until is { } u ? "from " + LegalText.Date(f) + " until " + LegalText.Date(u)
                : period.Until is { } until ? "until " + LegalText.Date(until) : null;
        }

        // The capacity's own start is said only when the period does not already say when the offtake begins.
        string? capacityText = capacity is null ? null
            : LegalText.Quantity(capacity.PerYear) + " per year" +
              (capacity.Validity.From is { } from && offtake.For is null ? " from " + LegalText.Date(from) : "");
        if (capacity is not null)
        {
            trace += provenance.Mark(capacity.Location);
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

    private static string OriginConditions(OriginRule rule, Zone? zone, bool binding)
    {
        var area = zone is null ? "the territory of the " + (binding ? "Parties" : "Participants") : "the Preferential Zone";
        var conditions = new List<string>();
        if (rule.ZoneContent is { } content)
        {
            conditions.Add(OriginCondition(new OriginCriterion(OriginCriterionKind.ZoneContent, content, rule.Valuation), area, zone, binding));
        }

        if (rule.ChangeOfTariffHeading)
        {
            conditions.Add(OriginCondition(new OriginCriterion(OriginCriterionKind.ChangeOfTariffHeading), area, zone, binding));
        }

        if (rule.ConsignedFromMembersOnly)
        {
            conditions.Add(OriginCondition(new OriginCriterion(OriginCriterionKind.ConsignedFromMembersOnly), area, zone, binding));
        }

        if (rule.ForeignEntityBelow is { } threshold)
        {
            conditions.Add(OriginCondition(new OriginCriterion(OriginCriterionKind.ForeignEntityBelow, threshold), area, zone, binding));
        }

        if (rule.Alternatives is { } alternatives)
        {
            // The either/or group comes last, so that "and" never reads as part of an alternative.
            var either = new List<string>(alternatives.Criteria.Length);
            foreach (var criterion in alternatives.Criteria)
            {
                either.Add(OriginCondition(criterion, area, zone, binding));
            }

            conditions.Add("either " + Names.JoinAnd(either, "or"));
        }

        return conditions.Count == 0 ? "it is wholly obtained in " + area : Names.JoinAnd(conditions);
    }

    /// <summary>One criterion as a condition the good meets: the content test names its valuation method when the
    /// rule states one, and only then.</summary>
    private static string OriginCondition(OriginCriterion criterion, string area, Zone? zone, bool binding) => criterion.Kind switch
    {
        OriginCriterionKind.ZoneContent => "not less than " + LegalText.Percent(criterion.Share!.Value) + " of its value" +
            (criterion.Valuation is { } method ? ", calculated by the " + OriginWords.Method(method) + " method," : "") +
            " is attributable to materials originating in " + area,
        OriginCriterionKind.ChangeOfTariffHeading => "it has undergone in " + area + " a change of tariff heading of the Harmonized System",
        OriginCriterionKind.ConsignedFromMembersOnly => zone is null
            ? "it is consigned from the territory of a " + (binding ? "Party" : "Participant")
            : "it is consigned from the territory of a member of the Preferential Zone",
        _ => "less than " + LegalText.Percent(criterion.Share!.Value) + " of the votes, board seats or equity of its producer is held by a Foreign Entity of Concern",
    };

    private static ObligationView ObligationView(Obligation obligation, Agreement agreement, AgreementSet set, Names names, bool binding, string party, string instrument)
    {
        var all = obligation.Parties.Length > 1 && obligation.Parties.Length == agreement.Parties.Length;
        foreach (var p in agreement.Parties)
        {
            all = all && obligation.Parties.Contains(p.Code);
        }

        var who = all ? "The " + Plural(party) : Names.Capitalise(names.List(obligation.Parties));
        var plural = obligation.Parties.Length > 1;
        var modal = binding ? "shall" : plural ? "intend to" : "intends to";
        var of = obligation.AnchorInstrument is { } other ? OtherInstrument(other, set) : "this " + instrument;
        var deadline = obligation.Anchor switch
        {
            DeadlineAnchor.None => "",
            DeadlineAnchor.Date => "no later than " + LegalText.Date(obligation.DueDate ?? default),
            DeadlineAnchor.Signature => "within " + LegalText.Duration(obligation.Within ?? default) + " after the date of signature of " + of,
            _ when obligation.AnchorInstrument is not null => "within " + LegalText.Duration(obligation.Within ?? default) + " after the date of entry into force of " + of,
            _ => "within " + LegalText.Duration(obligation.Within ?? default) + " after the date " + (binding ? "of entry into force" : "on which it comes into effect") + " of " + of,
        };
        if (obligation.Anchor != DeadlineAnchor.Date && obligation.DueDate is { } due)
        {
            deadline += ", that is, no later than " + LegalText.Date(due);
        }

        return new ObligationView(who, modal, obligation.Text, deadline, "");
    }

    /// <summary>"the Framework between … (US-AU-2026)": the other instrument a deadline counts from, by its title.</summary>
    private static string OtherInstrument(string name, AgreementSet set) =>
        set.Agreements.FirstOrDefault(a => a.Name == name)?.Title is { } title ? "the " + title + " (" + name + ")" : name;
}
