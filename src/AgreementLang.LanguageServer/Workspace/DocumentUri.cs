namespace AgreementLang.LanguageServer.Workspace;

/// <summary>Maps between the client's document URIs and the paths the compilation names files by. A <c>file:</c>
/// URI becomes its full local path, so that .editorconfig files are found beside it exactly as <c>agr check</c>
/// finds them; any other scheme (an unsaved <c>untitled:</c> buffer) keeps its URI as its name.</summary>
public static class DocumentUri
{
    public static string ToPath(string uri)
    {
        if (Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile)
        {
            return Path.GetFullPath(parsed.LocalPath);
        }

        return uri;
    }

    public static string FromPath(string path) =>
        Path.IsPathRooted(path) ? new Uri(path).AbsoluteUri : path;
}
