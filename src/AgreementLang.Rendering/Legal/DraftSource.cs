using System.Collections.Immutable;
using System.Globalization;
using AgreementLang.Diagnostics;

namespace AgreementLang.Rendering.Legal;

/// <summary>The place in the sources a provision was made from: the clause's file, line and column. Written as
/// "examples/forge/us-japan.agr:21" (file and line, as editors and reviewers quote a place).</summary>
public sealed record DraftSource(string Path, int Line, int Column)
{
    public static DraftSource Of(Location location) => new(location.Path, location.Start.Line, location.Start.Column);

    public override string ToString() => Path + ":" + Line.ToString(CultureInfo.InvariantCulture);

    /// <summary>Several places, separated by spaces, as HTML's <c>data-source</c> holds them.</summary>
    public static string Join(ImmutableArray<DraftSource> sources)
    {
        if (sources.IsDefaultOrEmpty)
        {
            return "";
        }

        return sources.Length == 1 ? sources[0].ToString() : string.Join(" ", sources);
    }
}
