namespace AgreementLang.Rendering.Redline;

public enum DraftChangeKind
{
    Inserted,
    Deleted,
    Changed,
}

/// <summary>One provision of a redline that changed: <see cref="Where"/> names it as a reader finds it ("Article 3,
/// paragraph 2"), <see cref="Anchor"/> is its id in the HTML redline (the eId of the new provision, or of the
/// deleted one prefixed with <c>deleted__</c>). A renumbered provision whose words are the same is not a change.</summary>
public sealed record DraftChange(DraftChangeKind Kind, string Where, string Anchor)
{
    public string KindText => Kind switch
    {
        DraftChangeKind.Inserted => "inserted",
        DraftChangeKind.Deleted => "deleted",
        _ => "changed",
    };
}
