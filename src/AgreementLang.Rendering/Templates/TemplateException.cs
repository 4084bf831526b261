namespace AgreementLang.Rendering.Templates;

/// <summary>An error in a template, placed at the template's file and line so that whoever edits a house-style
/// template can find it: <c>templates/floors.hbs(12,5): error: …</c>.</summary>
public sealed class TemplateException : Exception
{
    public TemplateException(string file, int line, int column, string reason, Exception? inner = null)
        : base($"{file}({line},{column}): template error: {reason}", inner)
    {
        File = file;
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>The override's path, or <c>(embedded)/name.hbs</c> for a default.</summary>
    public string File { get; }

    public int Line { get; }

    public int Column { get; }

    public string Reason { get; }
}
