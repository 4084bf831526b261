using System.Globalization;
using AgreementLang.Diagnostics;
using AgreementLang.Model.Versions;
using AgreementLang.Text;

namespace AgreementLang.Rendering.Redline;

/// <summary>The rows of the change-log annex of a redline (<c>--changes</c>): the typed changes between the two
/// models as <c>agr diff</c> lists them, one row each, in its order. It lists changes; it is no part of the text.</summary>
public static class ChangeLog
{
    public static readonly IReadOnlyList<string> Columns = ["Change", "Clause", "Field", "Old", "New", "Where"];

    public static IReadOnlyList<IReadOnlyList<string>> Rows(IReadOnlyList<ModelChange> changes) =>
        [.. changes.Select(change => (IReadOnlyList<string>)
        [
            ModelChange.KindText(change.Kind),
            change.Subject,
            change.Field ?? "",
            change.Field is null ? "" : change.Old ?? "",
            change.Field is null ? "" : change.WordDiff ?? change.New ?? "",
            Place(change.Primary),
        ])];

    /// <summary>"examples/versions/round-2/us-japan.agr(14,3)", as <c>agr diff</c> places a change.</summary>
    public static string Place(Location? location) =>
        location is null ? "" : string.Create(CultureInfo.InvariantCulture, $"{location.Path.Replace('\\', '/')}({location.Start.Line},{location.Start.Column})");
}
