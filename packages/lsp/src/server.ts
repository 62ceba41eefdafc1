import {
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { clientFeatures, LINT_WORKSPACE_COMMAND, serverCapabilities, type ClientFeatures } from './capabilities.js';
import { codeActions } from './code-actions.js';
import { ConfigState } from './config-state.js';
import { hoverAt } from './hover.js';
import { configListFor } from './config-targets.js';
import { applicableConfig, defaultLint, type LintFunction } from './library.js';
import { editTarget } from './config-edit-target.js';
import { DocumentLinter, filePathOf, languageOf } from './linter.js';
import { WorkspaceReports } from './pull.js';
import { Results } from './results.js';
import { inProcessRunner, StaleRun, WorkerRunner, type LintRunner } from './runner.js';
import { LintService } from './service.js';
import { SettingsCache } from './settings.js';
import { isConfigFile, registerWatchers } from './watch.js';
import { VERSION as version } from './version.js';
import { Folders } from './workspace.js';
import { WorkspaceLint } from './workspace-command.js';

const isPosition = (p: unknown): p is { line: number; character: number } =>
  typeof p === 'object' &&
  p !== null &&
  Number.isInteger((p as { line?: unknown }).line) &&
  Number.isInteger((p as { character?: unknown }).character);

export interface ServerOptions {
  /**
   * A script that runs `runLintWorker()` when started as a worker thread (the bin passes itself). With it,
   * linting happens off the server's thread: requests are answered while a large document is linted,
   * and a long run made stale by typing is stopped. Without it, linting runs in the server's thread.
   */
  workerScript?: string | URL;
  /** Replaces core's `lint`, in the server's thread (tests use it to make linting fail on purpose). */
  lint?: LintFunction;
  /** Called when the client asks the server to shut down (the connection allows one handler, which is ours). */
  onShutdown?: () => void;
}

/**
 * Wires a connection to the library. The transport (stdio, node-ipc, socket; or the VS Code extension's
 * own streams) is the caller's; this function only registers handlers and starts listening.
 */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const folders = new Folders();
  const results = new Results();
  const workspaceReports = new WorkspaceReports();
  const configs = new ConfigState(connection, () => folders.root());
  const log = (message: string) => connection.console.error(message);
  let features: ClientFeatures;
  let settings: SettingsCache;
  let service: LintService;
  const runner: LintRunner =
    options.lint || !options.workerScript
      ? inProcessRunner(options.lint ?? defaultLint)
      : new WorkerRunner(options.workerScript, (uri, why) =>
          connection.console.log(`blameless-lint: ${why} for ${uri}`),
        );
  const workspace = new WorkspaceLint({
    connection,
    documents,
    folders,
    configs,
    runner,
    log,
    reports: workspaceReports,
    settings: () => settings,
    pull: () => service.pull,
  });
  connection.onShutdown(() => {
    runner.dispose();
    options.onShutdown?.();
  });
  /** The current outcome for a request; a run stopped by a newer edit is the protocol's ContentModified. */
  const outcomeOf = async (uri: string) => {
    const doc = documents.get(uri);
    if (!doc) return { doc: undefined, outcome: null };
    try {
      return { doc, outcome: await service.outcomeFor(doc) };
    } catch (error) {
      if (error instanceof StaleRun) throw new ResponseError(LSPErrorCodes.ContentModified, 'document changed');
      throw error;
    }
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    features = clientFeatures(params.capabilities ?? {});
    folders.set(params.workspaceFolders, params.rootUri, params.rootPath);
    settings = new SettingsCache(connection, features.configuration, params.initializationOptions);
    const linter = new DocumentLinter({ settings, configs, runner, workspaceRoot: () => folders.root(), log });
    service = new LintService(connection, documents, linter, results, configs, features, runner, log);
    runner.start();
    return { capabilities: serverCapabilities(features), serverInfo: { name: 'blameless-lint-lsp', version } };
  });

  connection.onInitialized(() => {
    void registerWatchers(connection, features, log);
    if (features.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => folders.change(e.added, e.removed));
    }
  });

  // TextDocuments fires onDidChangeContent right after onDidOpen too; opened() covers that one.
  const justOpened = new Set<string>();
  documents.onDidOpen(({ document }) => {
    justOpened.add(document.uri);
    service.opened(document);
  });
  documents.onDidChangeContent(({ document }) => {
    if (!justOpened.delete(document.uri)) service.changed(document);
  });
  documents.onDidSave(({ document }) => {
    service.saved(document);
    // Without file watching, saving a config file is how its change is seen.
    if (!features.watchedFilesRegistration && isConfigFile(document.uri)) workspace.configChanged();
  });
  documents.onDidClose(({ document }) => {
    settings.forget(document.uri);
    service.closed(document.uri);
  });

  connection.onDidChangeConfiguration((params) => {
    settings.changed(params?.settings);
    configs.settingsChanged();
    service.relintAll();
    workspace.configChanged();
  });

  connection.onDidChangeWatchedFiles((params) => {
    if (!Array.isArray(params?.changes) || !params.changes.some((c) => isConfigFile(String(c?.uri)))) return;
    configs.invalidate();
    service.relintAll();
    workspace.configChanged();
  });

  // Malformed params (a client bug) get an empty answer, not an internal error.
  connection.onHover(async (params) => {
    if (!isPosition(params?.position) || typeof params.textDocument?.uri !== 'string') return null;
    const { outcome } = await outcomeOf(params.textDocument.uri);
    return outcome ? hoverAt(outcome.findings, params.position) : null;
  });

  connection.onCodeAction(async (params) => {
    const { textDocument, range, context } = params ?? {};
    if (!isPosition(range?.start) || !isPosition(range?.end) || typeof textDocument?.uri !== 'string') return [];
    const { doc, outcome } = await outcomeOf(textDocument.uri);
    if (!doc || !outcome) return [];
    const filePath = filePathOf(doc.uri);
    return codeActions({
      doc,
      outcome,
      range,
      only: Array.isArray(context?.only) ? context.only : undefined,
      language: languageOf(doc.languageId),
      caps: features.edits,
      configTarget: () => editTarget(filePath, folders.all(), applicableConfig),
      disabledSupport: features.disabledCodeActions,
      openDocument: (uri) => documents.get(uri),
      configListFor,
    });
  });

  connection.onExecuteCommand(async (params) => (params?.command === LINT_WORKSPACE_COMMAND ? workspace.run() : null));

  connection.languages.diagnostics.on((params, token) => service.pullDocument(params, token));
  connection.languages.diagnostics.onWorkspace((params, token) =>
    workspaceReports.answer(
      Array.isArray(params?.previousResultIds) ? params.previousResultIds : [],
      (uri) => documents.get(uri) !== undefined,
      token,
    ),
  );

  documents.listen(connection);
  connection.listen();
}
