import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigState } from './config-state.js';
import { countingBom, failureDiagnostic, toLspDiagnostic } from './convert.js';
import type { Diagnostic, Language } from './library.js';
import { StaleRun, type LintRunner } from './runner.js';
import type { Settings, SettingsCache } from './settings.js';

/** A published result: what core found in one version of one document. */
export interface LintOutcome {
  uri: string;
  version: number;
  /** Config generation it was computed under (pull results go stale when it moves). */
  generation: number;
  findings: Diagnostic[];
  diagnostics: LspDiagnostic[];
}

/** Editors show the first few hundred; thousands only cost memory and bandwidth (a 5 MB log pasted in). */
export const MAX_DIAGNOSTICS = 1000;

export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** How core reads a document of an editor's language id: Markdown dialects as Markdown, MDX as MDX, the rest as text. */
export function languageOf(languageId: string): Language {
  if (languageId === 'markdown' || languageId === 'gfm') return 'markdown';
  if (languageId === 'mdx') return 'mdx';
  return 'text';
}

interface LinterDeps {
  settings: SettingsCache;
  configs: ConfigState;
  runner: LintRunner;
  /** Folder whose config applies to untitled buffers. */
  workspaceRoot: () => string | undefined;
  log: (message: string) => void;
}

/** Runs core over one document: settings -> config -> lint -> LSP diagnostics. Throws only StaleRun. */
export class DocumentLinter {
  constructor(private readonly deps: LinterDeps) {}

  /** Null when the document is not ours to lint (disabled, or a language not in `languages`). */
  async settingsFor(doc: TextDocument): Promise<Settings | null> {
    const settings = await this.deps.settings.get(doc.uri);
    if (!settings.enable || !settings.languages.includes(doc.languageId)) return null;
    return settings;
  }

  async lint(doc: TextDocument): Promise<LintOutcome | null> {
    const settings = await this.settingsFor(doc);
    if (!settings) return null;
    return this.lintNow(doc, settings);
  }

  /**
   * One run over the document's text as it is now (text and version are read together, before any await).
   * Rejects with StaleRun when the run was stopped because the document changed; never rejects otherwise.
   */
  async lintNow(doc: TextDocument, settings: Settings): Promise<LintOutcome> {
    const generation = this.deps.configs.generation;
    const base = { uri: doc.uri, version: doc.version, generation };
    const text = doc.getText();
    const filePath = filePathOf(doc.uri);
    const root = this.deps.workspaceRoot();
    let findings: Diagnostic[];
    try {
      // Untitled buffers take the workspace root's config; the file name itself is never read.
      const config = this.deps.configs.resolve(filePath ?? (root ? join(root, 'untitled.md') : undefined), settings);
      // Incremental: the document will be linted again as it is typed in, each block re-checked only if it changed.
      findings = await this.deps.runner.run(doc.uri, text, {
        filePath,
        language: languageOf(doc.languageId),
        config,
        incremental: true,
      });
    } catch (error) {
      if (error instanceof StaleRun) throw error;
      const why = error instanceof Error ? error.message : String(error);
      this.deps.log(`blameless-lint: linting ${doc.uri} failed: ${error instanceof Error ? error.stack : why}`);
      // The library names the failing rule when it knows it; the file says so instead of going quiet.
      const ruleId = (error as { ruleId?: unknown } | null)?.ruleId;
      const diagnostic =
        typeof ruleId === 'string'
          ? failureDiagnostic(`blameless-lint rule ${ruleId} failed on this file: ${why}`, ruleId)
          : failureDiagnostic(`blameless-lint could not lint this file: ${why}`);
      return { ...base, findings: [], diagnostics: [diagnostic] };
    }
    const kept = countingBom(text, findings.slice(0, MAX_DIAGNOSTICS));
    return {
      ...base,
      findings: kept,
      diagnostics: kept.map((f, index) => toLspDiagnostic(f, { index, version: base.version })),
    };
  }
}
