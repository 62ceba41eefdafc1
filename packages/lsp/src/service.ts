import type {
  CancellationToken,
  Connection,
  DocumentDiagnosticParams,
  DocumentDiagnosticReport,
  TextDocuments,
} from 'vscode-languageserver/node.js';
import { DocumentDiagnosticReportKind, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClientFeatures } from './capabilities.js';
import type { ConfigState } from './config-state.js';
import type { DocumentLinter, LintOutcome } from './linter.js';
import { fullReport, pause } from './pull.js';
import type { Results } from './results.js';
import { StaleRun, type LintRunner } from './runner.js';
import { Scheduler } from './scheduler.js';

/**
 * When documents are linted and where results go. Push clients get `publishDiagnostics` after a debounce;
 * pull clients ask, and the answer waits for the same quiet period, so either way a burst of keystrokes
 * costs one run. A result is published only for the version it was computed from.
 */
export class LintService {
  private readonly scheduler: Scheduler;
  /** When each document last changed (ms): the debounce for pull requests. */
  private readonly changedAt = new Map<string, number>();
  /** Runs in progress by document, so a hover and a publish of the same version share one run. */
  private readonly inFlight = new Map<string, { version: number; generation: number; outcome: Promise<LintOutcome> }>();
  /** The version each open document's last published diagnostics were computed for. */
  private readonly publishedVersion = new Map<string, number>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly linter: DocumentLinter,
    private readonly results: Results,
    private readonly configs: ConfigState,
    private readonly features: ClientFeatures,
    private readonly runner: LintRunner,
    log: (message: string) => void,
  ) {
    this.scheduler = new Scheduler(
      (uri) => this.publish(uri),
      (error) => log(`blameless-lint: ${String(error)}`),
    );
  }

  get pull(): boolean {
    return this.features.pullDiagnostics;
  }

  opened(doc: TextDocument): void {
    this.changedAt.delete(doc.uri);
    if (!this.pull) this.scheduler.schedule(doc.uri, 0);
  }

  changed(doc: TextDocument): void {
    this.changedAt.set(doc.uri, Date.now());
    this.runner.supersede(doc.uri);
    if (this.pull) return;
    void this.linter.settingsFor(doc).then((settings) => {
      if (settings?.run === 'onType') this.scheduler.schedule(doc.uri, settings.debounce);
    });
  }

  saved(doc: TextDocument): void {
    // Clients without file watching still pick up config edits: a save re-reads the config files.
    if (!this.features.watchedFilesRegistration) this.configs.invalidate();
    if (this.pull) {
      this.results.delete(doc.uri); // run: onSave answers pulls from the last saved run
      return this.refresh();
    }
    this.scheduler.schedule(doc.uri, 0);
  }

  closed(uri: string): void {
    this.scheduler.cancel(uri);
    this.runner.supersede(uri);
    this.results.delete(uri);
    this.changedAt.delete(uri);
    this.publishedVersion.delete(uri);
    if (!this.pull) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Config or settings changed: every open document again. */
  relintAll(): void {
    if (this.pull) return this.refresh();
    for (const doc of this.documents.all()) this.scheduler.schedule(doc.uri, 0);
  }

  private refresh(): void {
    if (this.features.diagnosticRefresh) void this.connection.languages.diagnostics.refresh();
  }

  /**
   * The outcome for the document as it is now: cached when current, shared when already running, else run.
   * Null when the document is not ours to lint. Rejects with StaleRun when the document changed mid-run.
   */
  async outcomeFor(doc: TextDocument): Promise<LintOutcome | null> {
    const cached = this.results.current(doc, this.configs.generation);
    if (cached) return cached;
    const settings = await this.linter.settingsFor(doc);
    const live = this.documents.get(doc.uri);
    if (!settings || !live) return null;
    const generation = this.configs.generation;
    const running = this.inFlight.get(live.uri);
    if (running && running.version === live.version && running.generation === generation) return running.outcome;
    const outcome = this.linter.lintNow(live, settings);
    const entry = { version: live.version, generation, outcome };
    this.inFlight.set(live.uri, entry);
    try {
      const result = await outcome;
      // Store only what is still open; a late result for a closed document would leak.
      if (this.documents.get(result.uri)) this.results.set(result);
      return result;
    } finally {
      if (this.inFlight.get(live.uri) === entry) this.inFlight.delete(live.uri);
    }
  }

  private async publish(uri: string): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc) return;
    let outcome: LintOutcome | null;
    try {
      outcome = await this.outcomeFor(doc);
    } catch (error) {
      if (error instanceof StaleRun) return; // the newer version has its own run scheduled
      throw error;
    }
    const live = this.documents.get(uri);
    if (!live) return; // closed meanwhile
    const version = outcome ? outcome.version : live.version;
    // A result a keystroke or two old is still worth showing while the person types on (the newer version
    // has its own run coming, and the client sees which version this is); one older than what is already
    // shown never replaces it.
    if (version < (this.publishedVersion.get(uri) ?? -Infinity)) return;
    this.publishedVersion.set(uri, version);
    if (!outcome) {
      this.results.delete(uri);
      return void this.connection.sendDiagnostics({ uri, version, diagnostics: [] });
    }
    await this.connection.sendDiagnostics({ uri, version, diagnostics: outcome.diagnostics });
  }

  /** textDocument/diagnostic */
  async pullDocument(params: DocumentDiagnosticParams, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    const uri = params?.textDocument?.uri;
    if (typeof uri !== 'string') return fullReport(undefined, []);
    let doc = this.documents.get(uri);
    if (!doc) return fullReport(undefined, []);
    const settings = await this.linter.settingsFor(doc);
    if (!settings) return fullReport(undefined, []);
    if (settings.run === 'onSave') {
      const last = this.results.get(uri);
      if (last) return fullReport(undefined, last.diagnostics);
    } else {
      // Wait for the typing to pause; a cancelled request (a newer one replaced it) answers at once.
      for (;;) {
        const wait = (this.changedAt.get(uri) ?? 0) + settings.debounce - Date.now();
        if (wait <= 0 || token.isCancellationRequested) break;
        await pause(wait, token);
      }
    }
    doc = this.documents.get(uri);
    if (!doc) return fullReport(undefined, []);
    let outcome: LintOutcome | null;
    try {
      outcome = await this.outcomeFor(doc);
    } catch (error) {
      // Stopped because the text changed: the client asks again for the new version.
      if (error instanceof StaleRun)
        throw new ResponseError(LSPErrorCodes.ServerCancelled, 'document changed', { retriggerRequest: true });
      throw error;
    }
    if (!outcome) return fullReport(undefined, []);
    const resultId = `${outcome.generation}:${outcome.version}`;
    if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    return fullReport(resultId, outcome.diagnostics);
  }
}
