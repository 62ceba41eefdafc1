/**
 * The page's side of the lint worker. Only the newest text matters: while one lint runs, further requests
 * replace each other and the last is sent when the worker is free, so a burst of typing costs at most one
 * stale lint, never a queue of them.
 */
import type { Diagnostic, Language, UserConfig } from '@blameless-lint/core';
import type { FromWorker, LintRequest, PresetName, RuleInfo } from './protocol.js';

export interface LintOutcome {
  id: number;
  diagnostics: Diagnostic[];
  ms: number;
  error?: string;
}

export class Linter {
  private readonly worker: Worker;
  private busy = false;
  private waiting: LintRequest | undefined;
  readonly ready: Promise<{ rules: RuleInfo[]; presets: Record<PresetName, string[]> }>;

  constructor(
    url: string,
    private readonly onResult: (outcome: LintOutcome) => void,
  ) {
    this.worker = new Worker(url);
    this.ready = new Promise((resolve, reject) => {
      this.worker.addEventListener('error', (e) => reject(new Error(e.message)));
      this.worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
        const message = event.data;
        if (message.type === 'ready') return resolve(message);
        this.busy = false;
        if (message.type === 'result')
          this.onResult({ id: message.id, diagnostics: message.diagnostics, ms: message.ms });
        else this.onResult({ id: message.id, diagnostics: [], ms: 0, error: message.error });
        this.flush();
      });
    });
  }

  lint(id: number, text: string, language: Language, config: UserConfig): void {
    this.waiting = { type: 'lint', id, text, language, config };
    this.flush();
  }

  private flush(): void {
    if (this.busy || !this.waiting) return;
    this.busy = true;
    this.worker.postMessage(this.waiting);
    this.waiting = undefined;
  }
}
