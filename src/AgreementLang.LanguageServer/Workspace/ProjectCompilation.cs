using AgreementLang.Diagnostics;

namespace AgreementLang.LanguageServer.Workspace;

/// <summary>The documents of one workspace folder compiled together, exactly as <c>agr check FOLDER</c> compiles
/// them (a document outside every folder is a project of its own).</summary>
public sealed class ProjectCompilation
{
    private Dictionary<string, Diagnostic[]>? _byPath;
    private NameIndex? _names;

    public ProjectCompilation(string key, IReadOnlyList<WorkspaceDocument> documents, Compilation compilation, IReadOnlyList<Diagnostic> loadProblems)
    {
        Key = key;
        Documents = documents;
        Compilation = compilation;
        LoadProblems = loadProblems;
    }

    public string Key { get; }

    public IReadOnlyList<WorkspaceDocument> Documents { get; }

    public Compilation Compilation { get; }

    public IReadOnlyList<Diagnostic> LoadProblems { get; }

    public NameIndex Names => _names ??= new NameIndex(Documents);

    public IReadOnlyList<Diagnostic> DiagnosticsFor(string path)
    {
        _byPath ??= LoadProblems.Concat(Compilation.Diagnostics)
            .GroupBy(d => d.Location.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        return _byPath.TryGetValue(path, out var found) ? found : Array.Empty<Diagnostic>();
    }
}
