import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintOutcome } from './linter.js';

/**
 * The latest lint outcome per open document: what hovers and code actions read, and what pull requests
 * answer when nothing changed. Only open documents have entries (dropped on close), so memory follows
 * the open set, not the history.
 */
export class Results {
  private readonly byUri = new Map<string, LintOutcome>();

  set(outcome: LintOutcome): void {
    this.byUri.set(outcome.uri, outcome);
  }

  get(uri: string): LintOutcome | undefined {
    return this.byUri.get(uri);
  }

  /** The outcome for exactly this version of the document under this config generation, if computed. */
  current(doc: TextDocument, generation: number): LintOutcome | undefined {
    const outcome = this.byUri.get(doc.uri);
    return outcome && outcome.version === doc.version && outcome.generation === generation ? outcome : undefined;
  }

  delete(uri: string): void {
    this.byUri.delete(uri);
  }

  uris(): string[] {
    return [...this.byUri.keys()];
  }
}
