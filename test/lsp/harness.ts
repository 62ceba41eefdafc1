/**
 * Drives the BUILT language server (packages/lsp/dist/bin.js) over stdio, as an editor would, with
 * vscode-languageserver-protocol's own connection. Everything is awaited on events (notifications,
 * requests from the server); nothing sleeps for a fixed time.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ShowMessageParams,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildSync } from 'esbuild';

export const repo = fileURLToPath(new URL('../..', import.meta.url));
export const serverBin = join(repo, 'packages', 'lsp', 'dist', 'bin.js');

let built: Promise<void> | undefined;
/** Builds the bin once per test file (esbuild, about a second): tests always run the current source. */
export function buildServer(entry?: { source: string; outfile: string }): Promise<void> {
  built ??= Promise.resolve().then(() => {
    execFileSync(process.execPath, [join(repo, 'packages', 'lsp', 'scripts', 'build.mjs'), '--bundle-only'], {
      stdio: 'inherit',
    });
  });
  if (!entry) return built;
  return built.then(() => {
    // The JS API, not node_modules/esbuild/bin/esbuild: after a normal install that file is the native binary.
    buildSync({
      entryPoints: [entry.source],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: entry.outfile,
      logLevel: 'warning',
      mainFields: ['module', 'main'], // as the server's build
      alias: { '@blameless-lint/core': join(repo, 'packages', 'core', 'src') }, // the folder: '/node' resolves too
      banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
    });
  });
}

/** A promise with its resolver, for "the next notification that matches". */
function waiter<T>(match: (value: T) => boolean) {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { match, resolve, promise };
}

export const capabilities = {
  push: {
    textDocument: {
      publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      codeAction: {
        codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
      },
      synchronization: { didSave: true },
    },
    workspace: {
      configuration: true,
      workspaceFolders: true,
      didChangeWatchedFiles: { dynamicRegistration: true },
      didChangeConfiguration: { dynamicRegistration: true },
      workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
    },
  } satisfies ClientCapabilities,
  pull: {
    textDocument: {
      diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
      publishDiagnostics: { versionSupport: true },
      hover: { contentFormat: ['markdown'] },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } } },
    },
    workspace: {
      configuration: true,
      workspaceFolders: true,
      diagnostics: { refreshSupport: true },
      didChangeWatchedFiles: { dynamicRegistration: true },
      workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
    },
  } satisfies ClientCapabilities,
};

export interface ClientOptions {
  capabilities?: ClientCapabilities;
  /** `blameless-lint` settings the client answers workspace/configuration with. */
  settings?: Record<string, unknown>;
  /** Workspace folder (default: a new temporary folder, removed on close). */
  root?: string;
  bin?: string;
  initializationOptions?: unknown;
  env?: Record<string, string>;
}

export class Client {
  readonly proc: ChildProcess;
  readonly conn: ProtocolConnection;
  readonly root: string;
  readonly published = new Map<string, PublishDiagnosticsParams[]>();
  readonly messages: ShowMessageParams[] = [];
  readonly registrations: Array<{ method: string; registerOptions?: unknown }> = [];
  settings: Record<string, unknown>;
  refreshes = 0;
  stderr = '';
  private readonly ownsRoot: boolean;
  private diagnosticWaiters: Array<ReturnType<typeof waiter<PublishDiagnosticsParams>>> = [];
  private messageWaiters: Array<ReturnType<typeof waiter<ShowMessageParams>>> = [];
  private refreshWaiters: Array<() => void> = [];
  private readonly docs = new Map<string, TextDocument>();
  exited: Promise<number | null>;

  constructor(private readonly options: ClientOptions = {}) {
    this.ownsRoot = !options.root;
    this.root = options.root ?? mkdtempSync(join(tmpdir(), 'bl-lsp-'));
    this.settings = options.settings ?? {};
    this.proc = spawn(process.execPath, [options.bin ?? serverBin, '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...options.env },
    });
    this.proc.stderr!.on('data', (d) => (this.stderr += d));
    this.exited = new Promise((r) => this.proc.on('exit', (code) => r(code)));
    this.conn = createProtocolConnection(
      new StreamMessageReader(this.proc.stdout!),
      new StreamMessageWriter(this.proc.stdin!),
    );
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      const list = this.published.get(p.uri) ?? [];
      list.push(p);
      this.published.set(p.uri, list);
      this.diagnosticWaiters = this.diagnosticWaiters.filter((w) => (w.match(p) ? (w.resolve(p), false) : true));
    });
    this.conn.onNotification('window/showMessage', (p: ShowMessageParams) => {
      this.messages.push(p);
      this.messageWaiters = this.messageWaiters.filter((w) => (w.match(p) ? (w.resolve(p), false) : true));
    });
    this.conn.onNotification('window/logMessage', () => {});
    this.conn.onRequest('workspace/configuration', (p: { items: Array<{ section?: string }> }) =>
      p.items.map(() => this.settings),
    );
    this.conn.onRequest(
      'client/registerCapability',
      (p: { registrations: Array<{ method: string; registerOptions?: unknown }> }) => {
        this.registrations.push(...p.registrations);
        return null;
      },
    );
    this.conn.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++;
      const waiters = this.refreshWaiters;
      this.refreshWaiters = [];
      for (const w of waiters) w();
      return null;
    });
    this.conn.listen();
  }

  uri(name: string): string {
    return pathToFileURL(join(this.root, name)).href;
  }

  async initialize(caps: ClientCapabilities = this.options.capabilities ?? capabilities.push) {
    const result = await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(this.root).href,
      workspaceFolders: [{ uri: pathToFileURL(this.root).href, name: 'root' }],
      capabilities: caps,
      initializationOptions: this.options.initializationOptions,
    });
    await this.conn.sendNotification('initialized', {});
    return result as { capabilities: Record<string, any>; serverInfo?: { name: string } };
  }

  /** The next publishDiagnostics for `uri` that matches (default: any). Resolves with a past one only if `since` allows. */
  diagnostics(
    uri: string,
    match: (p: PublishDiagnosticsParams) => boolean = () => true,
  ): Promise<PublishDiagnosticsParams> {
    const w = waiter<PublishDiagnosticsParams>((p) => p.uri === uri && match(p));
    this.diagnosticWaiters.push(w);
    return w.promise;
  }

  message(match: (p: ShowMessageParams) => boolean = () => true): Promise<ShowMessageParams> {
    const past = this.messages.find(match);
    if (past) return Promise.resolve(past);
    const w = waiter<ShowMessageParams>(match);
    this.messageWaiters.push(w);
    return w.promise;
  }

  refreshed(): Promise<void> {
    return new Promise((r) => this.refreshWaiters.push(r));
  }

  async open(name: string, text: string, languageId = 'markdown', version = 1): Promise<string> {
    const uri = name.includes(':') ? name : this.uri(name);
    this.docs.set(uri, TextDocument.create(uri, languageId, version, text));
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    return uri;
  }

  /** Sends an incremental change (edits in the current text's coordinates) and keeps the client's copy. */
  async change(uri: string, edits: TextEdit[], version?: number): Promise<number> {
    const doc = this.docs.get(uri)!;
    const next = version ?? doc.version + 1;
    TextDocument.update(
      doc,
      edits.map((e) => ({ range: e.range, text: e.newText })),
      next,
    );
    await this.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: next },
      contentChanges: edits.map((e) => ({ range: e.range, text: e.newText })),
    });
    return next;
  }

  async replaceAll(uri: string, text: string): Promise<number> {
    const doc = this.docs.get(uri)!;
    const next = doc.version + 1;
    TextDocument.update(doc, [{ text }], next);
    await this.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: next },
      contentChanges: [{ text }],
    });
    return next;
  }

  text(uri: string): string {
    return this.docs.get(uri)!.getText();
  }

  version(uri: string): number {
    return this.docs.get(uri)!.version;
  }

  async close(uri: string): Promise<void> {
    this.docs.delete(uri);
    await this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Applies a WorkspaceEdit as an editor would: to open documents (sending didChange) and to files on disk. */
  async apply(
    edit: WorkspaceEdit,
    disk: { write(path: string, text: string): void; read(path: string): string | undefined },
  ): Promise<void> {
    const perUri = new Map<string, TextEdit[]>();
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) perUri.set(uri, edits);
    for (const change of edit.documentChanges ?? []) {
      if ('kind' in change) {
        if (change.kind === 'create') {
          const path = fileURLToPath(change.uri);
          if (disk.read(path) === undefined) disk.write(path, '');
        }
        continue;
      }
      perUri.set(change.textDocument.uri, [
        ...(perUri.get(change.textDocument.uri) ?? []),
        ...change.edits.filter((e): e is TextEdit => 'newText' in e),
      ]);
    }
    for (const [uri, edits] of perUri) {
      if (this.docs.has(uri)) await this.change(uri, edits);
      else {
        const path = fileURLToPath(uri);
        const before = TextDocument.create(uri, 'json', 0, disk.read(path) ?? '');
        disk.write(path, TextDocument.applyEdits(before, edits));
      }
    }
  }

  async shutdown(): Promise<void> {
    // A server that is already gone has a closed stdin: writing to it would reject later, unhandled (the
    // request loses the race below), so only a live server is asked to shut down.
    if (this.proc.exitCode === null && this.proc.stdin!.writable) {
      try {
        const request = this.conn.sendRequest('shutdown');
        request.catch(() => {}); // if the server exits first, the request is answered by nobody
        await Promise.race([request, this.exited]);
        if (this.proc.exitCode === null) await this.conn.sendNotification('exit');
      } catch {
        // already gone
      }
    }
    const code = await Promise.race([this.exited, new Promise<null>((r) => setTimeout(() => r(null), 5000))]);
    if (this.proc.exitCode === null) this.proc.kill();
    this.conn.dispose();
    if (this.ownsRoot) rmSync(this.root, { recursive: true, force: true });
    void code;
  }
}

/** Codes (rule ids) of a diagnostics list, with 1-based lines, for compact assertions. */
export function summary(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.range.start.line + 1}:${String(d.code)}`);
}

/** The probe finding the mechanics tests use (a suppression naming no rule); other rules' findings are not theirs to judge. */
export function flagged(diagnostics: Diagnostic[]): string[] {
  return summary(diagnostics.filter((d) => d.code === 'unused-suppression'));
}
