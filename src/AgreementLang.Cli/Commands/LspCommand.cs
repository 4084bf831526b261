using System.CommandLine;
using AgreementLang.LanguageServer;
using AgreementLang.LanguageServer.Workspace;

namespace AgreementLang.Cli.Commands;

/// <summary><c>agr lsp</c>: the language server on standard input and output, for any editor with an LSP client.
/// It reads severities from .editorconfig with the same reader as <c>agr check</c> and explains codes with the same
/// text as <c>agr explain</c>, so that the editor and the command line agree. Exit code 0 after the client's
/// shutdown and exit, 1 if the client went away without them.</summary>
public static class LspCommand
{
    public static Command Create()
    {
        var stdio = new Option<bool>("--stdio")
        {
            Description = "Talk LSP over standard input and output (the default and only transport; accepted because editors pass it).",
        };
        var command = new Command("lsp", "Run the language server (LSP over standard input and output) for editors.") { stdio };
        command.SetAction(_ =>
        {
            var host = new ServerHost(
                paths => EditorConfig.For(paths).Severity,
                code => ExplainCommand.Section(code));
            using var input = Console.OpenStandardInput();
            using var output = Console.OpenStandardOutput();
            var server = new AgreementLanguageServer(input, output, host);
            return server.RunAsync().GetAwaiter().GetResult();
        });
        return command;
    }
}
