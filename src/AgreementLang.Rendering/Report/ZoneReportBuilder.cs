using AgreementLang.Diagnostics;
using AgreementLang.Model;

namespace AgreementLang.Rendering.Report;

/// <summary>Builds the report from one checked set: the compilation's model and the diagnostics <c>agr check</c>
/// reports for it. It reads; it never checks again.</summary>
public static class ZoneReportBuilder
{
    /// <param name="asOf">Draw the set as it stands on this date (amendments applied, terms in force then), and mark
    /// the date on the timeline; null draws every term as written.</param>
    public static ZoneReport Build(AgreementSet set, IReadOnlyList<Diagnostic> diagnostics, int files, DateTime? asOf = null)
    {
        var index = new DiagnosticIndex(set, diagnostics);
        var drawn = asOf is { } date ? set.AsOf(date) : set;
        var agreements = drawn.Agreements
            .Where(a => asOf is not { } day || a.Period.Contains(day))
            .OrderBy(a => a.Name, StringComparer.Ordinal)
            .Select(a => ReportTerms.Of(a, asOf))
            .ToArray();
        return new ZoneReport(
            asOf is { } d ? Dates.Iso(d) : null,
            files,
            FloorSection.Build(drawn, agreements, index, asOf),
            TariffSection.Build(agreements, index, asOf),
            MoneySection.Facilities(drawn, agreements, index),
            MoneySection.Parties(agreements),
            VolumeSection.Build(drawn, agreements, index),
            TimelineSection.Build(set),
            ConflictSection.Build(index),
            MembershipSection.Build(set));
    }
}
