import type { CancellationToken, Connection, DocumentDiagnosticParams, DocumentDiagnosticReport, TextDocuments } from 'vscode-languageserver/node.js';
import { DocumentDiagnosticReportKind } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClientFeatures } from './capabilities.js';
import type { ConfigState } from './config-state.js';
import type { DocumentLinter, LintOutcome } from './linter.js';
import { fullReport, pause } from './pull.js';
import type { Results } from './results.js';
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

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly linter: DocumentLinter,
    private readonly results: Results,
    private readonly configs: ConfigState,
    private readonly features: ClientFeatures,
    private readonly log: (message: string) => void,
  ) {
    this.scheduler = new Scheduler((uri) => this.publish(uri), (error) => log(`blameless-lint: ${String(error)}`));
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
    this.results.delete(uri);
    this.changedAt.delete(uri);
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

  /** The outcome for the document as it is now: cached when current, else computed. Null when not ours. */
  async outcomeFor(doc: TextDocument): Promise<LintOutcome | null> {
    const cached = this.results.current(doc, this.configs.generation);
    if (cached) return cached;
    const settings = await this.linter.settingsFor(doc);
    if (!settings) return null;
    const live = this.documents.get(doc.uri);
    if (!live) return null;
    const outcome = this.linter.lintNow(live, settings);
    this.results.set(outcome);
    return outcome;
  }

  private async publish(uri: string): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc) return;
    const outcome = await this.outcomeFor(doc);
    const live = this.documents.get(uri);
    // Closed meanwhile, or a newer version arrived while settings were fetched: its own run will publish.
    if (!live || (outcome && outcome.version !== live.version)) return;
    if (!outcome) {
      this.results.delete(uri);
      return void this.connection.sendDiagnostics({ uri, version: live.version, diagnostics: [] });
    }
    await this.connection.sendDiagnostics({ uri, version: outcome.version, diagnostics: outcome.diagnostics });
  }

  /** textDocument/diagnostic */
  async pullDocument(params: DocumentDiagnosticParams, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    const uri = params.textDocument.uri;
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
    const outcome = await this.outcomeFor(doc);
    if (!outcome) return fullReport(undefined, []);
    const resultId = `${outcome.generation}:${outcome.version}`;
    if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    return fullReport(resultId, outcome.diagnostics);
  }
}
