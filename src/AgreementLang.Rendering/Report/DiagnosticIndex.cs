using System.Collections.Immutable;
using AgreementLang.Diagnostics;
using AgreementLang.Model;
using AgreementLang.Text;

namespace AgreementLang.Rendering.Report;

/// <summary>The diagnostics of the checked set, numbered in the order <c>agr check</c> prints them, and the way back
/// from a term to the diagnostics that point at it (primary or related location). The report never decides itself
/// that two terms conflict: it marks what these diagnostics say.</summary>
internal sealed class DiagnosticIndex
{
    private readonly Dictionary<(string Path, int Start), List<ReportDiagnostic>> _byPlace = new();

    public DiagnosticIndex(AgreementSet set, IReadOnlyList<Diagnostic> diagnostics)
    {
        Owners = new DeclarationOwners(set);
        var list = ImmutableArray.CreateBuilder<ReportDiagnostic>(diagnostics.Count);
        for (var i = 0; i < diagnostics.Count; i++)
        {
            var d = diagnostics[i];
            var related = d.Related.Select(r => new ReportRelated(r.Location.ToString().Replace('\\', '/'), Owners.Of(r.Location), r.Message)).ToImmutableArray();
            var shown = new ReportDiagnostic("d" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), d.Code,
                Diagnostic.SeverityText(d.Severity), d.Message, d.Location.ToString().Replace('\\', '/'), Owners.Of(d.Location), related);
            list.Add(shown);
            Add(d.Location, shown);
            foreach (var r in d.Related)
            {
                Add(r.Location, shown);
            }
        }

        All = list.MoveToImmutable();
    }

    public DeclarationOwners Owners { get; }

    public ImmutableArray<ReportDiagnostic> All { get; }

    /// <summary>The diagnostics that point at <paramref name="location"/>, in order, each once.</summary>
    public IReadOnlyList<ReportDiagnostic> At(Location location) =>
        _byPlace.TryGetValue((location.Path, location.Span.Start), out var found) ? found : [];

    public ImmutableArray<string> IdsAt(Location location) => At(location).Select(d => d.Id).ToImmutableArray();

    private void Add(Location location, ReportDiagnostic diagnostic)
    {
        var key = (location.Path, location.Span.Start);
        if (!_byPlace.TryGetValue(key, out var list))
        {
            _byPlace[key] = list = [];
        }

        if (!list.Contains(diagnostic))
        {
            list.Add(diagnostic);
        }
    }
}
