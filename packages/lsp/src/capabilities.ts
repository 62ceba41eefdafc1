import {
  CodeActionKind,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type ServerCapabilities,
} from 'vscode-languageserver/node.js';
import { FIX_ALL_KIND } from './code-actions.js';
import type { EditCapabilities } from './config-edit.js';

export const LINT_WORKSPACE_COMMAND = 'blameless-lint.lintWorkspace';

/** What the client can do, read once from `initialize`; every feature below asks here, not the raw tree. */
export interface ClientFeatures {
  pullDiagnostics: boolean;
  diagnosticRefresh: boolean;
  configuration: boolean;
  watchedFilesRegistration: boolean;
  configurationChangeRegistration: boolean;
  workspaceFolders: boolean;
  markdownHover: boolean;
  /** LSP 3.16 `CodeAction.disabled`: the client shows an action it cannot apply, with the reason. */
  disabledCodeActions: boolean;
  edits: EditCapabilities;
}

export function clientFeatures(caps: ClientCapabilities): ClientFeatures {
  const ws = caps.workspace;
  return {
    pullDiagnostics: caps.textDocument?.diagnostic !== undefined,
    diagnosticRefresh: ws?.diagnostics?.refreshSupport === true,
    configuration: ws?.configuration === true,
    watchedFilesRegistration: ws?.didChangeWatchedFiles?.dynamicRegistration === true,
    configurationChangeRegistration: ws?.didChangeConfiguration?.dynamicRegistration === true,
    workspaceFolders: ws?.workspaceFolders === true,
    markdownHover: caps.textDocument?.hover?.contentFormat?.includes('markdown') ?? true,
    disabledCodeActions:
      caps.textDocument?.codeAction?.codeActionLiteralSupport !== undefined &&
      caps.textDocument?.codeAction?.disabledSupport === true,
    edits: {
      documentChanges: ws?.workspaceEdit?.documentChanges === true,
      createFiles: ws?.workspaceEdit?.resourceOperations?.includes('create') === true,
    },
  };
}

export function serverCapabilities(features: ClientFeatures): ServerCapabilities {
  const capabilities: ServerCapabilities = {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    hoverProvider: true,
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
    executeCommandProvider: { commands: [LINT_WORKSPACE_COMMAND] },
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  };
  if (features.pullDiagnostics) {
    capabilities.diagnosticProvider = {
      identifier: 'blameless-lint',
      interFileDependencies: false,
      workspaceDiagnostics: true,
    };
  }
  return capabilities;
}
