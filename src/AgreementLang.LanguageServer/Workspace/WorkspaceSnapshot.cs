namespace AgreementLang.LanguageServer.Workspace;

/// <summary>The compiled projects at one moment; requests read it while edits go on building the next one.</summary>
public sealed class WorkspaceSnapshot
{
    private readonly Dictionary<string, (WorkspaceDocument Document, ProjectCompilation Project)> _byPath = new(StringComparer.Ordinal);

    public WorkspaceSnapshot(IReadOnlyList<ProjectCompilation> projects)
    {
        Projects = projects;
        foreach (var project in projects)
        {
            foreach (var document in project.Documents)
            {
                _byPath[document.Path] = (document, project);
            }
        }
    }

    public IReadOnlyList<ProjectCompilation> Projects { get; }

    /// <summary>The document a URI names and its project, or null when the server does not know it.</summary>
    public (WorkspaceDocument Document, ProjectCompilation Project)? Find(string uri) =>
        _byPath.TryGetValue(DocumentUri.ToPath(uri), out var found) ? found : null;
}
