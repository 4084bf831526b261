using System.Collections.Immutable;
using AgreementLang.Rendering.Templates;

namespace AgreementLang.Rendering.Report.Html;

/// <summary><c>agr report</c>'s page: the report laid out as SVG charts (<see cref="ReportView"/>) and written through
/// the layout template <c>report.html.hbs</c> with its style sheet and script, all of which a house style may
/// replace (<c>--templates DIR</c>). One self-contained file: nothing is fetched, and the Content-Security-Policy
/// allows only the page's own hashed style sheet and script.</summary>
public static class ReportHtmlWriter
{
    public static string Write(ZoneReport report, TemplateSet? templates = null)
    {
        templates ??= TemplateSet.ReportDefault;
        var view = View(report, templates);
        return CspHashes.Apply(templates.Render(TemplateSet.ReportLayout, view));
    }

    internal static ReportView View(ZoneReport report, TemplateSet templates)
    {
        var floors = FloorCharts.Build(report.Floors);
        var tariffs = TariffCharts.Build(report.Tariffs);
        var money = MoneyCharts.Build(report.Facilities, report.Financing);
        var volumes = VolumeCharts.Build(report.Volumes);
        var timeline = TimelineCharts.Build(report.Timeline, report.AsOf);
        var graph = ConflictChart.Build(report.Conflicts);
        var minerals = floors.Concat(tariffs).Concat(volumes).Select(c => c.Mineral).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToImmutableArray();
        var sections = ImmutableArray.Create(
            new ReportSection("floors", "Floor matrix", "Agreements × (mineral, stage): the floor each sets, against the zone's reference price.",
                floors.IsEmpty ? "No agreement sets a price floor." : null, floors),
            new ReportSection("tariffs", "Tariff matrices", "For each mineral and stage, the rate each importer commits to on goods from each exporter" +
                (report.AsOf is null ? "." : ", as of " + report.AsOf + "."), tariffs.IsEmpty ? "No agreement commits to a tariff rate." : null, tariffs),
            new ReportSection("money", "Money", "Each facility's commitments against its cap, and the financing each party gives and receives.",
                money.IsEmpty ? "No facility or financing is declared." : null, money),
            new ReportSection("volumes", "Volumes", "Each producer's capacity over time against the offtake committed, by buyer.",
                volumes.IsEmpty ? "No producer declares a capacity." : null, volumes),
            new ReportSection("timeline", "Timeline", "Signature, entry into force, expiry, amendments and deadlines.",
                timeline.IsEmpty ? "No agreement states a date." : null, timeline),
            new ReportSection("conflicts", "Conflicts", "Every diagnostic of the checked set, as agr check reports it.",
                graph is null ? "agr check reports no problem in this set." : null, graph is null ? [] : [graph]));
        var style = templates.RenderText(TemplateSet.ReportStyle, report);
        var script = templates.RenderText(TemplateSet.ReportScript, report);
        var title = "Zone report" + (report.Membership.Length > 0 ? ": " + string.Join(", ", report.Membership.Select(m => m.Zone)) : "") +
                    (report.AsOf is null ? "" : " as of " + report.AsOf);
        return new ReportView(title, report.AsOf, report.Files, report.Timeline.Length, CspHashes.Policy, style, script, minerals, sections,
            report.Conflicts.Diagnostics, report.Membership);
    }
}
