using AgreementLang.Text;

namespace AgreementLang.Model.Versions;

public enum ChangeKind
{
    Added,
    Removed,
    Changed,
}

/// <summary>One typed difference between two versions of a set. <see cref="Declaration"/> is the top-level
/// declaration it belongs to (an agreement's name, <c>zone FORGE</c>…), which reports group by;
/// <see cref="Subject"/> names the clause by the key an amendment would use (<c>US-JP-2026 floor NdPr oxide</c>);
/// <see cref="Field"/> is the changed field in words (<c>tariff cap</c>), null for an addition or removal.
/// <see cref="Old"/> and <see cref="New"/> are the values as text (null on the side where the thing is absent);
/// <see cref="WordDiff"/> marks the words of an edited text <c>[-old-]{+new+}</c>. Both locations are given when
/// both sides exist; for an addition the old location is the old container's, for a removal the new one the new
/// container's (null when the container itself is absent).</summary>
public sealed record ModelChange(
    ChangeKind Kind,
    string Declaration,
    string Subject,
    string? Field,
    string? Old,
    string? New,
    string? WordDiff,
    Location? OldLocation,
    Location? NewLocation)
{
    /// <summary>Where a reader looks first: the new text, or the old one for a removal.</summary>
    public Location? Primary => Kind == ChangeKind.Removed ? OldLocation ?? NewLocation : NewLocation ?? OldLocation;

    public static string KindText(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "added",
        ChangeKind.Removed => "removed",
        _ => "changed",
    };

    /// <summary>The change without its place: <c>changed: US-JP-2026 floor NdPr oxide: price USD 110.00/kg → USD 120.00/kg</c>.</summary>
    public string Describe()
    {
        var text = KindText(Kind) + ": " + Subject;
        if (Field is null)
        {
            return text;
        }

        return text + ": " + Field + " " + (WordDiff ?? (Old ?? "none") + " → " + (New ?? "none"));
    }
}
