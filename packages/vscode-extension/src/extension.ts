/**
 * The VS Code face of blameless-lint: an adapter that starts the bundled language server and adds
 * editor chrome (commands, status bar). Every finding, fix and config lookup is the server's.
 */
import { commands, window, workspace, type ExtensionContext, type OutputChannel } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { createClient, SOURCE } from './client.js';
import { EXPLAIN_COMMAND, explainRule } from './explain.js';
import { FindingsStatus } from './status.js';

let client: LanguageClient | undefined;

async function start(context: ExtensionContext, output: OutputChannel): Promise<void> {
  client = createClient(context, output);
  try {
    // Awaited so the server's own commands (blameless-lint.lintWorkspace) exist when activation ends.
    await client.start();
  } catch (error) {
    output.appendLine(
      `blameless-lint: the language server did not start: ${error instanceof Error ? error.stack : String(error)}`,
    );
    void window.showErrorMessage('blameless-lint: the language server did not start. See the output channel.');
  }
}

async function restart(context: ExtensionContext, output: OutputChannel): Promise<void> {
  const old = client;
  client = undefined;
  // A server that never started cannot be stopped; either way a fresh client replaces it.
  await old?.stop().catch(() => undefined);
  await start(context, output);
}

export async function activate(context: ExtensionContext): Promise<void> {
  const output = window.createOutputChannel('blameless-lint');
  const linted = () =>
    workspace.getConfiguration('blameless-lint').get<string[]>('languages', ['markdown', 'plaintext']);
  context.subscriptions.push(
    output,
    new FindingsStatus(SOURCE, linted),
    commands.registerCommand(EXPLAIN_COMMAND, (ruleId?: unknown) => explainRule(context, SOURCE, ruleId)),
    commands.registerCommand('blameless-lint.restartServer', () => restart(context, output)),
    commands.registerCommand('blameless-lint.showOutput', () => output.show(true)),
    // Which documents are sent to the server is fixed when the client starts: a new list needs a new client.
    workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('blameless-lint.languages')) void restart(context, output);
    }),
  );
  await start(context, output);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
