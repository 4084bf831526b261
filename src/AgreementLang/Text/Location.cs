namespace AgreementLang.Text;

/// <summary>A place in a source file.</summary>
public sealed record Location(SourceText Source, TextSpan Span)
{
    public string Path => Source.Path;

    public LinePosition Start => Source.GetLinePosition(Span.Start);

    public LinePosition End => Source.GetLinePosition(Span.End);

    /// <summary>MSBuild's canonical form: <c>path(line,col)</c>.</summary>
    public override string ToString() => $"{Path}({Start.Line},{Start.Column})";
}
