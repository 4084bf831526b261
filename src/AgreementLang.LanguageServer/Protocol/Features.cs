namespace AgreementLang.LanguageServer.Protocol;

// The language features the server answers (LSP 3.17 "Language Features"). Hand-written: see README.md.

public sealed record HoverParams(TextDocumentIdentifier TextDocument, Position Position) : TextDocumentPositionParams(TextDocument, Position);

public sealed record Hover(MarkupContent Contents, Range? Range);

public sealed record CompletionParams(TextDocumentIdentifier TextDocument, Position Position) : TextDocumentPositionParams(TextDocument, Position);

public sealed record CompletionList(bool IsIncomplete, CompletionItem[] Items);

/// <summary>Kind: 14 keyword, 15 snippet, 7 class, 12 value, 20 enum member, 21 constant, 9 module.
/// InsertTextFormat 2 is a snippet with $1 placeholders.</summary>
public sealed record CompletionItem(string Label, int Kind, string? Detail = null, string? InsertText = null, int? InsertTextFormat = null,
    string? SortText = null);

public sealed record DefinitionParams(TextDocumentIdentifier TextDocument, Position Position) : TextDocumentPositionParams(TextDocument, Position);

public sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext Context)
    : TextDocumentPositionParams(TextDocument, Position);

public sealed record ReferenceContext(bool IncludeDeclaration);

public sealed record PrepareRenameParams(TextDocumentIdentifier TextDocument, Position Position) : TextDocumentPositionParams(TextDocument, Position);

public sealed record PrepareRenameResult(Range Range, string Placeholder);

public sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName)
    : TextDocumentPositionParams(TextDocument, Position);

public sealed record DocumentFormattingParams(TextDocumentIdentifier TextDocument);

public sealed record DocumentSymbolParams(TextDocumentIdentifier TextDocument);

/// <summary>Kind: 2 module, 3 namespace, 5 class, 7 property, 8 field, 14 constant, 19 object, 23 struct, 24 event.</summary>
public sealed record DocumentSymbol(string Name, string? Detail, int Kind, Range Range, Range SelectionRange, DocumentSymbol[]? Children);

public sealed record FoldingRangeParams(TextDocumentIdentifier TextDocument);

/// <summary>Kind: "comment", "imports" or "region"; none for a block.</summary>
public sealed record FoldingRange(int StartLine, int EndLine, string? Kind);

public sealed record SemanticTokensParams(TextDocumentIdentifier TextDocument);

/// <summary>Five integers per token: line delta, start delta, length, type index, modifier bits.</summary>
public sealed record SemanticTokens(int[] Data);

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context);

public sealed record CodeActionContext(LspDiagnostic[] Diagnostics);

public sealed record CodeAction(string Title, string Kind, LspDiagnostic[]? Diagnostics, bool? IsPreferred, WorkspaceEdit Edit);
