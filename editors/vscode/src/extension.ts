// The VS Code side of AgreementLang: starts `agr lsp` (the language server of this repository's CLI) over standard
// input and output and hands it every .agr document. Everything the editor shows beyond colours and snippets
// (diagnostics, hover, completion, navigation, rename, formatting, outline, quick fixes) comes from that server, so
// the editor and `agr check` agree.
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

function serverOptions(): ServerOptions {
  const config = vscode.workspace.getConfiguration('agreementlang');
  const command = config.get<string>('server.path', 'agr');
  const args = config.get<string[]>('server.args', ['lsp']);
  // The language client adds --stdio, which `agr lsp` accepts.
  return { command, args, transport: TransportKind.stdio };
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'agr' }],
    synchronize: {
      // Severities come from .editorconfig files, as for `agr check`: the server reads them again when one changes.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.agr,.editorconfig}'),
    },
  };
  client = new LanguageClient('agreementlang', 'AgreementLang', serverOptions(), clientOptions);
  try {
    await client.start();
  } catch (error) {
    void vscode.window.showErrorMessage(
      `AgreementLang: could not start '${vscode.workspace.getConfiguration('agreementlang').get('server.path')} lsp' (${String(error)}). ` +
        'Install the agr tool (dotnet tool install -g AgreementLang.Cli) or set agreementlang.server.path.');
  }
  context.subscriptions.push(client);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  await start(context);
  context.subscriptions.push(
    vscode.commands.registerCommand('agreementlang.restartServer', async () => {
      await client?.stop();
      await start(context);
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration('agreementlang.server')) {
        await client?.stop();
        await start(context);
      }
    }));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
