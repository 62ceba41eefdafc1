import { workspace, type ExtensionContext, type OutputChannel } from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type DocumentSelector,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node.js';
import { explainRuleActions } from './explain.js';

const CLIENT_ID = 'blameless-lint';
export const SOURCE = 'blameless-lint';

/** The `languages` setting decides which documents VS Code sends to the server at all. */
function documentSelector(): DocumentSelector {
  const languages = workspace.getConfiguration('blameless-lint').get<string[]>('languages', ['markdown', 'plaintext']);
  // file: and untitled: only. Virtual documents (git:, vscode-vfs:) have no folder to find config in.
  return languages.flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]);
}

/**
 * The client for the bundled server (dist/server.cjs), spoken to over node IPC. Settings reach the
 * server one way: it asks `workspace/configuration` per document (answered by the client from
 * `blameless-lint.*`), and `didChangeConfiguration` tells it to drop its cache. The server registers
 * for that notification and for config-file changes itself (it knows which files the library reads),
 * so the client declares no `synchronize` of its own: that would send every event twice.
 */
export function createClient(context: ExtensionContext, output: OutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.cjs');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    outputChannel: output,
    initializationOptions: { 'blameless-lint': workspace.getConfiguration('blameless-lint') },
    middleware: {
      // The server's quick fixes, then one "Explain rule" per rule under the cursor.
      async provideCodeActions(document, range, actionContext, token, next) {
        const actions = (await next(document, range, actionContext, token)) ?? [];
        return [...actions, ...explainRuleActions(actionContext.diagnostics, SOURCE)];
      },
    },
  };
  return new LanguageClient(CLIENT_ID, 'blameless-lint', serverOptions, clientOptions);
}
