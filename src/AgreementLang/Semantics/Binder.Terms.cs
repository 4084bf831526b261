using System.Collections.Immutable;
using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Syntax;

namespace AgreementLang.Semantics;

/// <summary>Binding of the substantive terms of an agreement or amendment.</summary>
public sealed partial class Binder
{
    private ImmutableArray<AgreementTerm> BindTerms(IReadOnlyList<ClauseSyntax> clauses, TermContext context)
    {
        var terms = ImmutableArray.CreateBuilder<AgreementTerm>();
        foreach (var clause in clauses)
        {
            AgreementTerm? term = clause switch
            {
                FloorClause floor => BindFloor(floor, context),
                TariffClause tariff => BindTariff(tariff, context),
                ExportDutyBanClause ban => BindExportDutyBan(ban, context),
                ExportMeasureClause measure => BindExportMeasure(measure, context),
                LoanClause loan => BindLoan(loan, context),
                EquityClause equity => BindEquity(equity, context),
                GrantClause grant => BindGrant(grant, context),
                GuaranteeClause guarantee => BindGuarantee(guarantee, context),
                OfftakeClause offtake => BindOfftake(offtake, context),
                OriginClause origin => BindOrigin(origin, context),
                MostFavouredNationClause mfn => BindMostFavouredNation(mfn, context),
                ObligationClause obligation => BindObligation(obligation, context),
                ProvisionClause provision => new StatedProvision(ProvisionTopics.Parse(provision.Topic.Text)!.Value,
                    Words(provision.Text, "the text of the '" + provision.Topic.Text + "' provision of '" + context.Agreement + "'"), context.Period, Loc(provision)),
                _ => null,
            };
            if (term is not null)
            {
                terms.Add(term);
            }
        }

        return terms.ToImmutable();
    }

    /// <summary>A clause's own period: its dates, or a duration from the agreement's start, else the agreement's.</summary>
    private Period ClausePeriod(TermSyntax? term, TermContext context)
    {
        if (term?.Validity is { } validity)
        {
            return BindValidity(validity);
        }

        if (BindDuration(term?.For) is { } duration)
        {
            return context.Period.From is { } from ? new Period(from, duration.LastDayFrom(from)) : context.Period;
        }

        return context.Period;
    }
}
