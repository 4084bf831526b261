using System.Text.Json;

namespace AgreementLang.LanguageServer.Protocol;

// initialize, its result and the server's capabilities (LSP 3.17 "Lifecycle Messages"). Hand-written: see README.md.

public sealed record WorkspaceFolder(string Uri, string Name);

public sealed record InitializeParams(int? ProcessId, string? RootUri, string? RootPath, WorkspaceFolder[]? WorkspaceFolders,
    JsonElement? Capabilities, JsonElement? InitializationOptions);

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

public sealed record ServerInfo(string Name, string Version);

public sealed record ServerCapabilities(
    TextDocumentSyncOptions TextDocumentSync,
    bool HoverProvider,
    CompletionOptions CompletionProvider,
    bool DefinitionProvider,
    bool ReferencesProvider,
    RenameOptions RenameProvider,
    bool DocumentFormattingProvider,
    bool DocumentSymbolProvider,
    bool FoldingRangeProvider,
    SemanticTokensOptions SemanticTokensProvider,
    CodeActionOptions CodeActionProvider);

/// <summary>Change 2 is incremental: the client sends only the edited ranges.</summary>
public sealed record TextDocumentSyncOptions(bool OpenClose, int Change, SaveOptions Save);

public sealed record SaveOptions(bool IncludeText);

public sealed record CompletionOptions(string[] TriggerCharacters);

public sealed record RenameOptions(bool PrepareProvider);

public sealed record SemanticTokensOptions(SemanticTokensLegend Legend, bool Full);

public sealed record SemanticTokensLegend(string[] TokenTypes, string[] TokenModifiers);

public sealed record CodeActionOptions(string[] CodeActionKinds);
