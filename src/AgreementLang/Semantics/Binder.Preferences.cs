using System.Collections.Immutable;
using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Syntax;

namespace AgreementLang.Semantics;

/// <summary>Rules of origin, most-favoured-nation clauses and obligations.</summary>
public sealed partial class Binder
{
    private OriginRule? BindOrigin(OriginClause syntax, TermContext context)
    {
        var subject = BindMineralStage(syntax.Subject);
        Percentage? content = null;
        OriginValuation? valuation = null;
        Percentage? foreign = null;
        var heading = false;
        var consigned = false;
        var alternatives = ImmutableArray.CreateBuilder<OriginCriterion>();
        foreach (var criterion in syntax.Criteria)
        {
            if (criterion.Alternative)
            {
                // A member of the either/or group: kept as written, apart from the criteria that all apply.
                alternatives.Add(criterion.Kind.Text switch
                {
                    "zone content" => new OriginCriterion(OriginCriterionKind.ZoneContent, BindShare(criterion.Percent, "a zone-content threshold"),
                        OriginWords.Parse(criterion.Valuation?.Text)),
                    "change of tariff heading" => new OriginCriterion(OriginCriterionKind.ChangeOfTariffHeading),
                    "consigned from members only" => new OriginCriterion(OriginCriterionKind.ConsignedFromMembersOnly),
                    _ => new OriginCriterion(OriginCriterionKind.ForeignEntityBelow, BindShare(criterion.Percent, "a foreign-entity ownership threshold")),
                });
                continue;
            }

            switch (criterion.Kind.Text)
            {
                case "zone content":
                    content = BindShare(criterion.Percent, "a zone-content threshold");
                    valuation = OriginWords.Parse(criterion.Valuation?.Text);
                    break;
                case "change of tariff heading":
                    heading = true;
                    break;
                case "consigned from members only":
                    consigned = true;
                    break;
                default:
                    foreign = BindShare(criterion.Percent, "a foreign-entity ownership threshold");
                    break;
            }
        }

        return subject is null ? null : new OriginRule(subject, content, heading, consigned, foreign, context.Period, Loc(syntax),
            valuation, alternatives.Count == 0 ? null : new OriginAlternatives(alternatives.ToImmutable()));
    }

    private MostFavouredNation? BindMostFavouredNation(MostFavouredNationClause syntax, TermContext context)
    {
        var beneficiary = RequireParty(syntax.Beneficiary, context);
        var mineral = BindMineral(syntax.Mineral);
        var stage = syntax.Stage is null ? null : BindStage(syntax.Stage);
        if (!beneficiary || mineral is null || (syntax.Stage is not null && stage is null))
        {
            return null;
        }

        return new MostFavouredNation(syntax.Beneficiary.Text, mineral, stage?.Name,
            syntax.Subject.Text == "floor" ? MfnSubject.Floor : MfnSubject.Tariff, context.Period, Loc(syntax), BindMfnExceptions(syntax.Exceptions));
    }

    private Obligation? BindObligation(ObligationClause syntax, TermContext context)
    {
        var parties = syntax.Parties.Select(p => RequireParty(p, context)).ToArray();
        if (parties.Any(ok => !ok))
        {
            return null;
        }

        var deadline = syntax.Deadline;
        DeadlineAnchor anchor;
        Duration? within = null;
        DateTime? due = null;
        string? instrument = null;
        if (deadline is null)
        {
            anchor = DeadlineAnchor.None;
        }
        else if (deadline.By is { } by)
        {
            anchor = DeadlineAnchor.Date;
            due = by.Value;
        }
        else
        {
            within = BindDuration(deadline.Within);
            anchor = deadline.Anchor?.Text == "signature" ? DeadlineAnchor.Signature : DeadlineAnchor.EntryIntoForce;
            if (deadline.Instrument is { } other)
            {
                // Counted from another instrument's date, which the checks know once every file is bound.
                instrument = ResolveInstrument(other);
                if (instrument is null)
                {
                    return null;
                }
            }
            else
            {
                var start = anchor == DeadlineAnchor.Signature ? context.Signed : context.EntryIntoForce;
                due = start is { } s && within is { } w ? w.AddTo(s) : null;
            }
        }

        return new Obligation(syntax.Parties.Select(p => p.Text).ToImmutableArray(),
            Words(syntax.Text, "the text of the obligation of " + string.Join(", ", syntax.Parties.Select(p => p.Text)) + " in '" + context.Agreement + "'"), anchor, within, due, context.Period, Loc(syntax),
            instrument);
    }
}
