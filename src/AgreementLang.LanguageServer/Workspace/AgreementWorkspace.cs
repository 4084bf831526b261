using AgreementLang.Configuration;
using AgreementLang.Diagnostics;
using AgreementLang.LanguageServer.Protocol;
using AgreementLang.Syntax;
using AgreementLang.Text;

namespace AgreementLang.LanguageServer.Workspace;

/// <summary>The texts the server knows: every <c>.agr</c> file under the workspace folders as read from disk, with
/// the editor's open buffers taking precedence (unsaved edits included). <see cref="Snapshot"/> compiles each folder
/// with the one <see cref="Compilation"/>; a folder none of whose documents changed keeps its compilation, and an
/// edited document is the only one parsed again.</summary>
public sealed class AgreementWorkspace
{
    private readonly object _gate = new();
    private readonly ServerHost _host;
    private readonly List<string> _folders = new();
    private readonly Dictionary<string, WorkspaceDocument> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ProjectCompilation> _compiled = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string PathSet, Func<string, string, DiagnosticSeverity?> Severity)> _severities = new(StringComparer.Ordinal);
    private readonly HashSet<string> _edited = new(StringComparer.Ordinal);

    public AgreementWorkspace(ServerHost host)
    {
        _host = host;
    }

    /// <summary>Reads every <c>.agr</c> file under <paramref name="folder"/> (not under hidden, bin, obj or
    /// node_modules folders). A file that cannot be read is skipped: the editor still opens it as a buffer.</summary>
    public void AddFolder(string folder)
    {
        var root = Path.GetFullPath(folder);
        var files = WorkspaceFiles.Find(root);
        lock (_gate)
        {
            _folders.Add(root);
            foreach (var file in files)
            {
                if (!_documents.ContainsKey(file) && WorkspaceFiles.Load(file) is { } loaded)
                {
                    _documents[file] = new WorkspaceDocument(DocumentUri.FromPath(file), loaded.Text, null, isOpen: false, loaded.Problem);
                }
            }
        }
    }

    public void Open(string uri, string text, int version) => Set(uri, _ => text, version);

    public void Change(string uri, IReadOnlyList<TextDocumentContentChangeEvent> changes, int version) =>
        Set(uri, current => TextChanges.Apply(current ?? new SourceText(DocumentUri.ToPath(uri), ""), changes), version);

    /// <summary>A closed buffer falls back to the file on disk, if it is in a folder and still there.</summary>
    public void Close(string uri)
    {
        var path = DocumentUri.ToPath(uri);
        var loaded = InFolder(path) && File.Exists(path) ? WorkspaceFiles.Load(path) : null;
        lock (_gate)
        {
            if (loaded is not null)
            {
                _documents[path] = new WorkspaceDocument(uri, loaded.Value.Text, null, isOpen: false, loaded.Value.Problem);
            }
            else
            {
                _documents.Remove(path);
            }
        }
    }

    /// <summary>An .editorconfig may have changed: severities are read again at the next snapshot.</summary>
    public void ConfigurationChanged()
    {
        lock (_gate)
        {
            _severities.Clear();
            _compiled.Clear();
        }
    }

    public WorkspaceDocument? Find(string uri)
    {
        lock (_gate)
        {
            return _documents.TryGetValue(DocumentUri.ToPath(uri), out var document) ? document : null;
        }
    }

    /// <summary>The compiled state of every project, recompiling only those whose documents changed. Compiling
    /// happens outside the lock, so that edits are taken while a large folder is checked.</summary>
    public WorkspaceSnapshot Snapshot()
    {
        var result = new List<ProjectCompilation>();
        var toCompile = new List<(string Key, WorkspaceDocument[] Documents, Func<string, string, DiagnosticSeverity?> Severity)>();
        lock (_gate)
        {
            var projects = Projects();
            foreach (var stale in _compiled.Keys.Where(k => !projects.ContainsKey(k)).ToArray())
            {
                _compiled.Remove(stale);
            }

            foreach (var (key, documents) in projects)
            {
                if (_compiled.TryGetValue(key, out var compiled) && compiled.Documents.SequenceEqual(documents))
                {
                    result.Add(compiled);
                }
                else
                {
                    toCompile.Add((key, documents, Severity(key, documents)));
                }
            }
        }

        foreach (var (key, documents, severity) in toCompile)
        {
            var compiled = Compile(key, documents, severity);
            lock (_gate)
            {
                _compiled[key] = compiled;
            }

            result.Add(compiled);
        }

        return new WorkspaceSnapshot(result.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray());
    }

    /// <summary>The documents opened or changed since the last call.</summary>
    public IReadOnlyList<string> TakeEdited()
    {
        lock (_gate)
        {
            var edited = _edited.ToArray();
            _edited.Clear();
            return edited;
        }
    }

    /// <summary>The current version of a document (null for one read from disk), or null when it is unknown.</summary>
    public (bool Known, int? Version) CurrentVersion(string uri)
    {
        lock (_gate)
        {
            return _documents.TryGetValue(DocumentUri.ToPath(uri), out var document) ? (true, document.Version) : (false, null);
        }
    }

    /// <summary>The first, quick check after an edit: the edited document compiled with only the documents that
    /// touch it (<see cref="DocumentLinks.Touches"/>): the folder's declarations, the agreements that share a party
    /// with it, and its amendments. Checks that reach further (every loan drawn on a facility, every floor of a
    /// zone) are completed by the full <see cref="Snapshot"/> that follows.</summary>
    public (WorkspaceDocument Document, IReadOnlyList<Diagnostic> Diagnostics)? Focused(string uri)
    {
        WorkspaceDocument[] documents;
        WorkspaceDocument? edited;
        Func<string, string, DiagnosticSeverity?> severity;
        lock (_gate)
        {
            if (!_documents.TryGetValue(DocumentUri.ToPath(uri), out edited))
            {
                return null;
            }

            var key = ProjectKey(edited.Path);
            documents = Projects()[key];
            severity = Severity(key, documents);
        }

        var links = edited.Links;
        var focus = documents.Where(d => ReferenceEquals(d, edited) || links.Touches(d.Links)).ToArray();
        var compiled = Compile(edited.Path, focus, severity);
        return (edited, compiled.DiagnosticsFor(edited.Path));
    }

    private Dictionary<string, WorkspaceDocument[]> Projects() =>
        _documents.Values.GroupBy(d => ProjectKey(d.Path), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(d => d.Path, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);

    private static ProjectCompilation Compile(string key, WorkspaceDocument[] documents, Func<string, string, DiagnosticSeverity?> severity)
    {
        var options = new CompilationOptions(new Dictionary<string, DiagnosticSeverity>(), fileSeverity: severity);
        var compilation = Compilation.Create(documents.Select(d => d.Syntax).ToArray(), options);
        var loadProblems = documents.Where(d => d.LoadProblem is not null)
            .Select(d => options.Apply(d.LoadProblem!))
            .Where(d => d.Severity != DiagnosticSeverity.None)
            .ToArray();
        return new ProjectCompilation(key, documents, compilation, loadProblems);
    }

    /// <summary>The .editorconfig severities, read once per set of paths (reading them again on every keystroke
    /// would cost a walk up the folders for each of a thousand files).</summary>
    private Func<string, string, DiagnosticSeverity?> Severity(string key, WorkspaceDocument[] documents)
    {
        var paths = documents.Select(d => d.Path).ToArray();
        var pathSet = string.Join("\n", paths);
        if (!_severities.TryGetValue(key, out var cached) || cached.PathSet != pathSet)
        {
            cached = (pathSet, _host.Severities(paths));
            _severities[key] = cached;
        }

        return cached.Severity;
    }

    private void Set(string uri, Func<SourceText?, string> text, int version)
    {
        var path = DocumentUri.ToPath(uri);
        lock (_gate)
        {
            var current = _documents.TryGetValue(path, out var found) && found.IsOpen ? found.Text : null;
            _documents[path] = new WorkspaceDocument(uri, new SourceText(path, text(current)), version, isOpen: true);
            _edited.Add(uri);
        }
    }

    private bool InFolder(string path)
    {
        lock (_gate)
        {
            return _folders.Any(f => Contains(f, path));
        }
    }

    private string ProjectKey(string path) =>
        _folders.Where(f => Contains(f, path)).OrderByDescending(f => f.Length).FirstOrDefault() ?? path;

    private static bool Contains(string folder, string path) =>
        path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
