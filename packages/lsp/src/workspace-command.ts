import { pathToFileURL } from 'node:url';
import type { Connection, TextDocuments } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigState } from './config-state.js';
import type { WorkspaceReports } from './pull.js';
import type { LintRunner } from './runner.js';
import type { SettingsCache } from './settings.js';
import { lintWorkspace, type Folders } from './workspace.js';

interface WorkspaceSummary {
  files: number;
  problems: number;
}

/**
 * `blameless-lint.lintWorkspace`: lints every file of the workspace folders and publishes (push clients) or
 * keeps for `workspace/diagnostic` (pull clients) the findings of files that are not open. Those findings
 * depend on config files and settings like any others, so once the command has run, a change to either
 * runs it again: the Problems panel never keeps findings from a config that no longer applies.
 * Runs never overlap; a request made during a run gets one more run after it, shared by every such request.
 */
export class WorkspaceLint {
  /** The command has run: its findings are on show and must follow config changes. */
  private used = false;
  private running: Promise<WorkspaceSummary> | undefined;
  private next: Promise<WorkspaceSummary> | undefined;
  /** Files published to (push clients), so a new run clears the ones now clean or gone. */
  private published = new Set<string>();

  constructor(
    private readonly deps: {
      connection: Connection;
      documents: TextDocuments<TextDocument>;
      folders: Folders;
      settings: () => SettingsCache;
      configs: ConfigState;
      runner: LintRunner;
      reports: WorkspaceReports;
      pull: () => boolean;
      log: (message: string) => void;
    },
  ) {}

  /** The command: resolves when a run that started after this call has published. */
  run(): Promise<WorkspaceSummary> {
    this.used = true;
    if (!this.running) return this.start();
    this.next ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.next = undefined;
        return this.start();
      });
    return this.next;
  }

  /** Config files or settings changed: findings from an earlier run are stale; replace them. */
  configChanged(): void {
    if (!this.used) return;
    this.run().catch((error: unknown) =>
      this.deps.log(`blameless-lint: workspace lint after a config change failed: ${String(error)}`),
    );
  }

  private start(): Promise<WorkspaceSummary> {
    const run = this.once().finally(() => {
      if (this.running === run) this.running = undefined;
    });
    this.running = run;
    return run;
  }

  private async once(): Promise<WorkspaceSummary> {
    const { connection, documents, folders, configs, runner } = this.deps;
    const reports = await lintWorkspace(
      folders.all(),
      (folder) => this.deps.settings().get(pathToFileURL(folder).href),
      (folder, settings) => runner.lintFolder(folder, configs.workspaceOverrides(settings)),
    );
    const isOpen = (uri: string) => documents.get(uri) !== undefined;
    if (this.deps.pull()) this.deps.reports.replace(reports);
    else {
      const now = new Set<string>();
      for (const r of reports) {
        if (isOpen(r.uri)) continue; // open documents show their live, unsaved state
        now.add(r.uri);
        void connection.sendDiagnostics({ uri: r.uri, diagnostics: r.diagnostics });
      }
      for (const uri of this.published)
        if (!now.has(uri) && !isOpen(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
      this.published = now;
    }
    return { files: reports.length, problems: reports.reduce((n, r) => n + r.diagnostics.length, 0) };
  }
}
