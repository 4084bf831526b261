using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Text;

namespace AgreementLang.Rendering.Report;

/// <summary>Which declaration (agreement, amendment, zone, facility, producer…) a place in the sources belongs to: the
/// last one declared before it in its file. The conflict graph's nodes are these names.</summary>
internal sealed class DeclarationOwners
{
    private readonly Dictionary<string, (int Start, string Name)[]> _byFile;

    public DeclarationOwners(AgreementSet set)
    {
        var all = set.Agreements.Select(a => (a.Location, a.Name))
            .Concat(set.Amendments.Select(a => (a.Location, a.Name)))
            .Concat(set.Zones.Select(z => (z.Location, z.Name)))
            .Concat(set.Facilities.Select(f => (f.Location, f.Name)))
            .Concat(set.Producers.Select(p => (p.Location, p.Name)))
            .Concat(set.Institutions.Select(i => (i.Location, i.Name)))
            .Concat(set.Stockpiles.Select(s => (s.Location, s.Name)))
            .Concat(set.Minerals.Select(m => (m.Location, Name: m.Code)));
        _byFile = all.GroupBy(d => d.Location.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(d => (d.Location.Span.Start, d.Name)).OrderBy(d => d.Start).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The owning declaration's name, or the file's name when the place comes before every declaration in it.</summary>
    public string Of(Location location)
    {
        if (_byFile.TryGetValue(location.Path, out var declarations))
        {
            string? owner = null;
            foreach (var (start, name) in declarations)
            {
                // Declarations are bound from the name, which follows the keyword: a place on the keyword belongs
                // to it too, hence the line comparison.
                if (start <= location.Span.Start || location.Source.GetLinePosition(start).Line == location.Start.Line)
                {
                    owner = name;
                }
            }

            if (owner is not null)
            {
                return owner;
            }
        }

        return Path.GetFileName(location.Path);
    }
}
