using System.Collections.Immutable;
using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Text;

namespace AgreementLang.Rendering.Legal.Articles;

/// <summary>What each kind of term makes the draft use, and so define: the mechanisms, reference and floor
/// prices, non-members, foreign entities of concern and facilities it names, each with the clauses that name
/// them; each visit returns the goods (mineral and stage) the term's article names, if any.</summary>
internal sealed class DefinitionUses : ITermVisitor<MineralStage?>
{
    public List<Location?> Adjustable { get; } = [];

    public List<Location?> Stated { get; } = [];

    public List<Location?> AtReference { get; } = [];

    public List<Location?> PriceGap { get; } = [];

    public List<Location?> MinimumImport { get; } = [];

    public List<Location?> NonMember { get; } = [];

    public List<Location?> ForeignEntity { get; } = [];

    public List<Location?> ChangeOfHeading { get; } = [];

    public List<Location?> AnyOrigin { get; } = [];

    public List<(string Code, Location Location)> LoanCodes { get; } = [];

    /// <summary>Who the financing, offtake and price-gap clauses name, so that a producer they name is
    /// defined with its owners.</summary>
    public List<(string Code, Location Location)> Named { get; } = [];

    public MineralStage? Visit(Floor term)
    {
        AddIf(Adjustable, term.Mechanism.Kind == FloorMechanismKind.AdjustableTariff, term.Location);
        AddIf(PriceGap, term.Mechanism.Kind == FloorMechanismKind.PriceGapPayment, term.Location);
        AddIf(MinimumImport, term.Mechanism.Kind == FloorMechanismKind.MinimumImportPrice, term.Location);
        AddIf(NonMember, term.Mechanism.Scope?.Kind == ScopeKind.NonMembers, term.Location);
        AddIf(Stated, !term.AtReferencePrice, term.Location);
        AddIf(AtReference, term.AtReferencePrice, term.Location);
        if (term.Mechanism.Beneficiary is { } beneficiary)
        {
            Named.Add((beneficiary, term.Location));
        }

        return term.Subject;
    }

    public MineralStage? Visit(OriginRule term)
    {
        AnyOrigin.Add(term.Location);
        var alternatives = term.Alternatives?.Criteria ?? ImmutableArray<OriginCriterion>.Empty;
        AddIf(ForeignEntity, term.ForeignEntityBelow is not null || alternatives.Any(c => c.Kind == OriginCriterionKind.ForeignEntityBelow), term.Location);
        AddIf(ChangeOfHeading, term.ChangeOfTariffHeading || alternatives.Any(c => c.Kind == OriginCriterionKind.ChangeOfTariffHeading), term.Location);
        return term.Subject;
    }

    public MineralStage? Visit(ExportMeasure term)
    {
        AddIf(NonMember, term.Scope.Kind == ScopeKind.NonMembers, term.Location);
        return term.Subject;
    }

    public MineralStage? Visit(Loan term)
    {
        if (term.Facility is { } facility)
        {
            LoanCodes.Add((facility, term.Location));
        }

        LoanCodes.Add((term.Lender, term.Location));
        Name(term.Location, term.Lender, term.Borrower);
        return null;
    }

    public MineralStage? Visit(TariffCommitment term) => term.Subject;

    public MineralStage? Visit(Offtake term)
    {
        Name(term.Location, term.Producer, term.Buyer);
        return term.Subject;
    }

    // "at any stage of production" when the clause names no stage: no goods to define then.
    public MineralStage? Visit(MostFavouredNation term) => term.Stage is { } stage ? new MineralStage(term.Mineral, stage, default) : null;

    // Named by their parties and minerals only, or in the source's own words: nothing to define.
    public MineralStage? Visit(ExportDutyBan term) => null;

    public MineralStage? Visit(EquityStake term) => Name(term.Location, term.Investor, term.Investee);

    public MineralStage? Visit(Grant term) => Name(term.Location, term.Grantor, term.Grantee);

    public MineralStage? Visit(Guarantee term) => Name(term.Location, term.Guarantor, term.Beneficiary);

    public MineralStage? Visit(StatedProvision term) => null;

    public MineralStage? Visit(Obligation term) => null;

    private MineralStage? Name(Location location, string first, string second)
    {
        Named.Add((first, location));
        Named.Add((second, location));
        return null;
    }

    private static void AddIf(List<Location?> list, bool condition, Location location)
    {
        if (condition)
        {
            list.Add(location);
        }
    }
}
