using AgreementLang.Diagnostics;
using AgreementLang.Syntax;
using AgreementLang.Text;

namespace AgreementLang.LanguageServer.Workspace;

/// <summary>One file of the workspace: the text of the editor's buffer when it is open (unsaved edits included),
/// else the text on disk. Parsed once per text: an edit re-parses only the document it changed.</summary>
public sealed class WorkspaceDocument
{
    private DocumentSyntax? _syntax;
    private DocumentLinks? _links;

    public WorkspaceDocument(string uri, SourceText text, int? version, bool isOpen, Diagnostic? loadProblem = null)
    {
        Uri = uri;
        Text = text;
        Version = version;
        IsOpen = isOpen;
        LoadProblem = loadProblem;
    }

    public string Uri { get; }

    public string Path => Text.Path;

    public SourceText Text { get; }

    public int? Version { get; }

    public bool IsOpen { get; }

    /// <summary>An encoding problem found reading the file from disk (AGR011), reported with the compilation's.</summary>
    public Diagnostic? LoadProblem { get; }

    public DocumentSyntax Syntax => _syntax ??= Parser.Parse(Text);

    public DocumentLinks Links => _links ??= new DocumentLinks(Syntax);
}
