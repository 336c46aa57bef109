import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** Starts `domainkit lsp` for the schema YAML files of the workspace. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const settings = vscode.workspace.getConfiguration('domainkit');
  const command = settings.get<string>('server.path') || 'domainkit';
  const patterns = settings.get<string[]>('schemaFolders') ?? ['**/schema*/**/*.{yaml,yml}'];
  const server: ServerOptions = { command, args: ['lsp'], transport: TransportKind.stdio };
  const options: LanguageClientOptions = {
    documentSelector: patterns.map((pattern) => ({ scheme: 'file', language: 'yaml', pattern })),
    synchronize: { fileEvents: patterns.map((pattern) => vscode.workspace.createFileSystemWatcher(pattern)) },
  };
  client = new LanguageClient('domainkit', 'DomainKit', server, options);
  context.subscriptions.push(
    vscode.commands.registerCommand('domainkit.restartServer', async () => {
      await client?.restart();
    }),
  );
  try {
    await client.start();
  } catch (error) {
    void vscode.window.showErrorMessage(`DomainKit: could not start '${command} lsp' (${String(error)}). Install it with 'dotnet tool install -g DomainKit.Tool' or set domainkit.server.path.`);
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
