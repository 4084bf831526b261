using System.Collections.Immutable;
using System.Globalization;
using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Text;

namespace AgreementLang.Rendering.Legal;

/// <summary>The place in the sources a provision was made from: the clause's file, line and column. Written as
/// "us-japan.agr:21" (file and line, as editors and reviewers quote a place); the file is named relative to the
/// folder that holds every file of the set, so that a draft is the same from whatever folder it is built.</summary>
public sealed record DraftSource(string Path, int Line, int Column)
{
    public static DraftSource Of(Location location, string root = "") =>
        new(Relative(location.Path, root), location.Start.Line, location.Start.Column);

    /// <summary>The folder that holds every declaration of the set ("" when they share none), with its separator.</summary>
    public static string Root(AgreementSet set)
    {
        string? root = null;
        void Add(Location location)
        {
            var path = location.Path.Replace('\\', '/');
            var folder = path.Substring(0, path.LastIndexOf('/') + 1);
            if (root is null)
            {
                root = folder;
                return;
            }

            var length = 0;
            while (length < root.Length && length < folder.Length && root[length] == folder[length])
            {
                length++;
            }

            root = root.Substring(0, root.LastIndexOf('/', Math.Max(0, length - 1)) + 1);
        }

        foreach (var zone in set.Zones)
        {
            Add(zone.Location);
        }

        foreach (var facility in set.Facilities)
        {
            Add(facility.Location);
        }

        foreach (var producer in set.Producers)
        {
            Add(producer.Location);
        }

        foreach (var agreement in set.Agreements)
        {
            Add(agreement.Location);
        }

        foreach (var amendment in set.Amendments)
        {
            Add(amendment.Location);
        }

        return root ?? "";
    }

    private static string Relative(string path, string root)
    {
        var normal = path.Replace('\\', '/');
        return root.Length > 0 && normal.StartsWith(root, StringComparison.Ordinal) ? normal.Substring(root.Length) : normal;
    }

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
