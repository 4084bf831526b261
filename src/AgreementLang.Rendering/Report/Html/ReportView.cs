using System.Collections.Immutable;

namespace AgreementLang.Rendering.Report.Html;

// What the report's layout template (report.html.hbs) is given: the report's figures laid out as SVG shapes, with
// whole-number coordinates, so that a house style changes markup and style without doing arithmetic.

/// <summary>The layout's root: sections of charts, the diagnostics, the zones' lists and the filter's minerals.</summary>
public sealed record ReportView(
    string Title,
    string? AsOf,
    int Files,
    int Agreements,
    string Csp,
    string Style,
    string Script,
    ImmutableArray<string> Minerals,
    ImmutableArray<ReportSection> Sections,
    ImmutableArray<ReportDiagnostic> Diagnostics,
    ImmutableArray<ZoneMembership> Membership);

/// <summary>One section of the report (<c>floors</c>, <c>tariffs</c>, <c>money</c>, <c>volumes</c>,
/// <c>timeline</c>, <c>conflicts</c>) and its charts; <see cref="Empty"/> says why there is none.</summary>
public sealed record ReportSection(string Id, string Heading, string Intro, string? Empty, ImmutableArray<SvgChart> Charts);

/// <summary>One chart, one <c>figure</c>: <see cref="Mineral"/> (when set) is what the mineral filter matches.</summary>
public sealed record SvgChart(
    string Id,
    string? Mineral,
    string Title,
    string Caption,
    int Width,
    int Height,
    ImmutableArray<SvgRect> Rects,
    ImmutableArray<SvgLine> Lines,
    ImmutableArray<SvgPath> Paths,
    ImmutableArray<SvgCircle> Circles,
    ImmutableArray<SvgText> Texts);

/// <summary>A rectangle: a matrix cell or a bar. <see cref="Href"/> links it to a diagnostic; <see cref="Source"/>
/// is the clause it shows (<c>path:line</c>); <see cref="Value"/>, <see cref="Row"/> and <see cref="Column"/> let
/// a reader (or a test) find the figure drawn.</summary>
public sealed record SvgRect(int X, int Y, int W, int H, string Class, string? Title, string? Href = null, string? Source = null,
    string? Value = null, string? Row = null, string? Column = null);

public sealed record SvgLine(int X1, int Y1, int X2, int Y2, string Class, string? Title = null);

/// <summary>A path; with <see cref="Href"/> it is a conflict edge that opens diagnostic <see cref="Diagnostic"/>.</summary>
public sealed record SvgPath(string D, string Class, string? Title, string? Href = null, string? Diagnostic = null, string? Label = null,
    int LabelX = 0, int LabelY = 0);

public sealed record SvgCircle(int Cx, int Cy, int R, string Class, string? Title = null, string? Source = null, string? Name = null);

/// <summary>A label; <see cref="Anchor"/> is SVG's text-anchor (start, middle, end); <see cref="Rotate"/> turns it
/// -90° about its point (column headings).</summary>
public sealed record SvgText(int X, int Y, string Text, string Class, string Anchor = "start", bool Rotate = false);
