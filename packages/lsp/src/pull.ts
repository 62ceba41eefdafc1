import {
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Diagnostic as LspDiagnostic,
  type DocumentDiagnosticReport,
  type WorkspaceDiagnosticReport,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver/node.js';
import type { WorkspaceFileReport } from './workspace.js';

/** Waits `ms`, or less when the request is cancelled. */
export function pause(ms: number, token?: CancellationToken): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(finish, ms);
    const sub = token?.onCancellationRequested(finish);
    function finish() {
      clearTimeout(timer);
      sub?.dispose();
      done();
    }
  });
}

export const fullReport = (resultId: string | undefined, items: LspDiagnostic[]): DocumentDiagnosticReport => ({
  kind: DocumentDiagnosticReportKind.Full,
  ...(resultId ? { resultId } : {}),
  items,
});

/**
 * Diagnostics of files that are not open, from the last `lintWorkspace` run, for `workspace/diagnostic`.
 * That request is a long poll: it answers at once when the client lacks a report, and otherwise waits
 * until a new run changes something (or the client cancels), so a client that re-asks right away does
 * not spin.
 */
export class WorkspaceReports {
  private readonly byUri = new Map<string, { resultId: string; report: WorkspaceFileReport }>();
  private run = 0;
  private waiters: Array<() => void> = [];

  /** Replaces the reports with a new run's; files that vanished from the run get an empty report. */
  replace(reports: readonly WorkspaceFileReport[]): void {
    this.run++;
    const fresh = new Set(reports.map((r) => r.uri));
    for (const uri of this.byUri.keys())
      if (!fresh.has(uri)) this.byUri.set(uri, { resultId: `w${this.run}`, report: { uri, diagnostics: [] } });
    for (const report of reports) this.byUri.set(report.uri, { resultId: `w${this.run}`, report });
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  uris(): string[] {
    return [...this.byUri.keys()];
  }

  async answer(
    previous: ReadonlyArray<{ uri: string; value: string }>,
    isOpen: (uri: string) => boolean,
    token: CancellationToken,
  ): Promise<WorkspaceDiagnosticReport> {
    for (;;) {
      const known = new Map(previous.map((p) => [p.uri, p.value]));
      const items: WorkspaceDocumentDiagnosticReport[] = [];
      for (const [uri, { resultId, report }] of this.byUri) {
        if (isOpen(uri) || known.get(uri) === resultId) continue;
        items.push({
          uri,
          version: null,
          kind: DocumentDiagnosticReportKind.Full,
          resultId,
          items: report.diagnostics,
        });
      }
      if (items.length) return { items };
      // The client gave up on this poll (it re-asks later); say so as the protocol expects.
      if (token.isCancellationRequested)
        throw new ResponseError(LSPErrorCodes.RequestCancelled, 'workspace diagnostics request cancelled');
      await new Promise<void>((wake) => {
        this.waiters.push(wake);
        const sub = token.onCancellationRequested(() => {
          sub.dispose();
          wake();
        });
      });
    }
  }
}
