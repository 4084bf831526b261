using AgreementLang.Model;

namespace AgreementLang.Rendering.Schedules;

/// <summary>Which array of schedule.json lists each kind of term, or null for the kinds a schedule leaves to the
/// drafts (a schedule is for customs and finance systems: prices, tariff lines, money, volumes and origin). A
/// visitor, so that a new kind of term does not compile until it is placed here; <c>ScheduleSectionTests</c>
/// checks that the writer lists every term where this says, and no other.</summary>
public sealed class ScheduleSections : ITermVisitor<string?>
{
    public static readonly ScheduleSections Instance = new();

    public static string? Of(AgreementTerm term) => term.Accept(Instance);

    public string? Visit(Floor term) => "floors";

    public string? Visit(TariffCommitment term) => "tariffLines";

    public string? Visit(Loan term) => "financing";

    public string? Visit(EquityStake term) => "financing";

    public string? Visit(Grant term) => "financing";

    public string? Visit(Guarantee term) => "financing";

    public string? Visit(Offtake term) => "offtake";

    public string? Visit(OriginRule term) => "originRules";

    // Drafted only: bans and measures on exports, most-favoured-nation treatment, obligations and the form's own
    // provisions carry no figure a customs or finance system reads.
    public string? Visit(ExportDutyBan term) => null;

    public string? Visit(ExportMeasure term) => null;

    public string? Visit(MostFavouredNation term) => null;

    public string? Visit(StatedProvision term) => null;

    public string? Visit(Obligation term) => null;
}
