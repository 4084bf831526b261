using System.Globalization;
using AgreementLang.Diagnostics;
using AgreementLang.Text;

namespace AgreementLang.Rendering.Report;

/// <summary>How the report cites a place in the sources: <c>path:line</c>, as the drafts' <c>data-source</c> does.</summary>
internal static class ReportSources
{
    public static string Of(Location location) =>
        location.Path.Replace('\\', '/') + ":" + location.Start.Line.ToString(CultureInfo.InvariantCulture);

    /// <summary>A figure as data (<c>data-value</c>): no thousands separators.</summary>
    public static string Amount(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A figure as a reader sees it: thousands separators, at most two decimals.</summary>
    public static string Figure(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
