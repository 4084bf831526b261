namespace AgreementLang.LanguageServer.Protocol;

// Text document synchronisation and published diagnostics (LSP 3.17). Hand-written: see README.md.

public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, TextDocumentContentChangeEvent[] ContentChanges);

/// <summary>With a range, the text replaces that range; without, it is the whole new document.</summary>
public sealed record TextDocumentContentChangeEvent(Range? Range, string Text);

public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

public sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument, string? Text);

public sealed record PublishDiagnosticsParams(string Uri, int? Version, LspDiagnostic[] Diagnostics);

/// <summary>Severity: 1 error, 2 warning, 3 information, 4 hint.</summary>
public sealed record LspDiagnostic(Range Range, int Severity, string Code, CodeDescription CodeDescription, string Source, string Message,
    DiagnosticRelatedInformation[]? RelatedInformation);

public sealed record CodeDescription(string Href);

public sealed record DiagnosticRelatedInformation(Location Location, string Message);
