using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Text;

namespace AgreementLang.Checks;

/// <summary>
/// What the two export-duty rules share. A ban binds its agreement's parties not to impose export duties on the
/// listed minerals, at any stage, in trade among them. An export tax or quota by one of those parties on a listed
/// mineral contradicts it when the measure reaches another party of the ban (its scope is <c>all</c>, lists that
/// party, or is <c>non-members</c> and that party is outside the measure's zone) over an overlapping period.
/// </summary>
internal static class ExportDutyBanConflict
{
    /// <summary>The typed method of the calling rule's code: <see cref="Diagnostic.ExportDutyBanInAgreement"/> or
    /// <see cref="Diagnostic.ExportDutyBanAcrossAgreements"/>.</summary>
    public delegate Diagnostic Make(Location at, string measure, string party, MineralStage subject, string scope, string measureWhere,
        string minerals, string banParties, string banWhere, string reached, string overlap);

    /// <summary>The parties of the ban, other than the measure's, that the measure reaches.</summary>
    public static List<string> Reached(CheckContext context, EffectiveTerm<ExportMeasure> measure, EffectiveTerm<ExportDutyBan> ban)
    {
        var m = measure.Term;
        if (!ban.Term.Minerals.Contains(m.Subject.Mineral) || !ban.Term.Parties.Contains(m.Party) || !ban.Period.Overlaps(measure.Period))
        {
            return new List<string>();
        }

        return ban.Term.Parties.Where(p => p != m.Party && context.Covers(m.Scope, p, measure.Agreement)).ToList();
    }

    public static Diagnostic Report(Make make, EffectiveTerm<ExportMeasure> measure, EffectiveTerm<ExportDutyBan> ban, List<string> reached)
    {
        var m = measure.Term;
        var measurePrimary = measure.Order >= ban.Order;
        var what = m.Kind == ExportMeasureKind.Tax
            ? "tax of " + Show.Percent(m.Tax?.Value ?? 0m)
            : "quota of " + (m.QuotaPerYear is { } q ? Show.Quantity(q.Amount, q.Unit, q.Basis) : "?") + " per year";
        var diagnostic = make(measurePrimary ? measure.Location : ban.Location,
            what, m.Party, m.Subject, Describe.Scope(m.Scope, measure.Agreement), Describe.Where(measure, measurePrimary),
            string.Join(", ", ban.Term.Minerals), Describe.Parties(ban.Term.Parties), Describe.Where(ban, !measurePrimary),
            Describe.Parties(reached), Show.FromOverlap(measure.Period, ban.Period));
        return measurePrimary
            ? diagnostic.WithRelated(ban.Location, "the ban on export duties on " + string.Join(", ", ban.Term.Minerals) + " in " + ban.Instrument)
            : diagnostic.WithRelated(measure.Location, "the export " + what + " by " + m.Party + " on " + m.Subject + " in " + measure.Instrument);
    }
}
