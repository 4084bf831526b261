namespace AgreementLang.LanguageServer.Protocol;

// The basic structures of LSP 3.17 ("Basic JSON Structures"). Hand-written: see README.md in this folder.

/// <summary>Zero-based line and character; the character counts UTF-16 code units (the default position encoding).</summary>
public sealed record Position(int Line, int Character);

public sealed record Range(Position Start, Position End);

public sealed record Location(string Uri, Range Range);

public sealed record TextDocumentIdentifier(string Uri);

public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

public record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

public sealed record TextEdit(Range Range, string NewText);

/// <summary>Only the <c>changes</c> form (edits keyed by document URI), which every client supports.</summary>
public sealed record WorkspaceEdit(IReadOnlyDictionary<string, TextEdit[]> Changes);

public sealed record MarkupContent(string Kind, string Value)
{
    public static MarkupContent Markdown(string value) => new("markdown", value);
}

/// <summary>LSP error codes the server answers with (JSON-RPC's own codes come from StreamJsonRpc).</summary>
public static class LspErrorCodes
{
    public const int RequestFailed = -32803;
    public const int InvalidParams = -32602;
}
