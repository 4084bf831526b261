using AgreementLang.Catalog;
using AgreementLang.Configuration;
using AgreementLang.Diagnostics;
using AgreementLang.Model;

namespace AgreementLang.Checks;

/// <summary>Runs every conflict rule over a bound set. Rules live one per file in this folder and are listed
/// in <see cref="Rules"/>; they share one <see cref="CheckContext"/>, whose indexes are built once.</summary>
public static class Checker
{
    public static IReadOnlyList<Diagnostic> Run(AgreementSet set, MineralCatalog catalog, CompilationOptions options)
    {
        var context = new CheckContext(set, catalog, options);
        var diagnostics = new List<Diagnostic>();
        foreach (var rule in Rules.All)
        {
            // A silenced rule is not run at all: its indexes are never built.
            if (options.Severities.TryGetValue(rule.Descriptor.Code, out var severity) && severity == DiagnosticSeverity.None)
            {
                continue;
            }

            rule.Check(context, diagnostics);
        }

        return diagnostics;
    }
}

/// <summary>One conflict rule: a single code, checked over the whole set through the shared context.</summary>
public interface IRule
{
    DiagnosticDescriptor Descriptor { get; }

    void Check(CheckContext context, List<Diagnostic> diagnostics);
}

/// <summary>The registered rules, in code order.</summary>
public static class Rules
{
    public static readonly IReadOnlyList<IRule> All = new IRule[]
    {
        new StageInversionInAgreementRule(),
        new TariffUndercutsOwnFloorRule(),
        new OfftakeOverCapacityInAgreementRule(),
        new DeadlineOutsideAgreementRule(),
        new ExportDutyBanInAgreementRule(),
        new FormClauseMissingRule(),
        new TermOutlivesAgreementRule(),
        new FacilityCapNotSumOfSourcesRule(),
        new FacilitySourceAboveCapRule(),
        new FacilitySourceOutlastsFacilityRule(),
        new FloorsDisagreeRule(),
        new StageInversionAcrossAgreementsRule(),
        new TariffUndercutsFloorRule(),
        new ExportDutyBanAcrossAgreementsRule(),
        new OfftakeOverCapacityRule(),
        new FacilityOverCapRule(),
        new PartyStatusConflictRule(),
        new IncomparableValuesRule(),
        new OriginRulesDisagreeRule(),
        new MostFavouredNationTriggeredRule(),
        new TermOutlastsInstrumentRule(),
        new StockpileReleaseBelowFloorRule(),
        new TariffCommitmentsDisagreeRule(),
        new ForeignEntityOwnedProducerRule(),
        new FacilityMayExceedCapRule(),
        new AmountToBeAgreedRule(),
        new MarketPriceReleaseRule(),
        new FinancingRestatedDifferentlyRule(),
        new FinancingAmountsIncomparableRule(),
        new VolumeBeforeCapacityRule(),
    };
}
