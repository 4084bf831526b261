using System.Collections.Immutable;

namespace AgreementLang.Rendering.Report;

/// <summary>The conflict graph: every diagnostic of the checked set, no more and no fewer, drawn as an edge from the
/// declaration of its primary location to the declaration of each related location (a loop when they are the
/// same, or when it has none). Nodes are the declarations the diagnostics touch.</summary>
internal static class ConflictSection
{
    public static ConflictGraph Build(DiagnosticIndex diagnostics)
    {
        var edges = ImmutableArray.CreateBuilder<ConflictEdge>();
        foreach (var d in diagnostics.All)
        {
            var others = d.Related.Select(r => r.Declaration).Where(o => o != d.Declaration).Distinct().ToArray();
            if (others.Length == 0)
            {
                edges.Add(new ConflictEdge(d.Declaration, d.Declaration, d.Code, d.Id));
            }

            foreach (var other in others)
            {
                edges.Add(new ConflictEdge(d.Declaration, other, d.Code, d.Id));
            }
        }

        var nodes = edges.SelectMany(e => new[] { e.From, e.To }).Distinct().Order(StringComparer.Ordinal).ToImmutableArray();
        return new ConflictGraph(nodes, edges.ToImmutable(), diagnostics.All);
    }
}
