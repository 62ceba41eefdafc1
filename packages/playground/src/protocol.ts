/** Messages between the page and the lint worker. Plain data: they cross postMessage's structured clone. */
import type { Diagnostic, Language, UserConfig } from '@blameless-lint/core';

/** What the page shows of a rule: enough for its checkbox and its docs link. */
export interface RuleInfo {
  id: string;
  description: string;
  url: string;
  scope: 'language' | 'structure';
  defaultSeverity: string;
}

/** The playground's presets: the rule ids each turns on. */
export type PresetName = 'recommended' | 'strict';

export type FromWorker =
  | { type: 'ready'; rules: RuleInfo[]; presets: Record<PresetName, string[]> }
  | { type: 'result'; id: number; diagnostics: Diagnostic[]; ms: number }
  | { type: 'failed'; id: number; error: string };

export interface LintRequest {
  type: 'lint';
  id: number;
  text: string;
  language: Language;
  config: UserConfig;
}

/** The languages the page offers, as lint() names them. */
export const LANGUAGES: readonly Language[] = ['markdown', 'mdx', 'text'];

/** The file name lint() is told (its language is given apart, from the page's choice). */
export const PLAYGROUND_FILE = 'playground.md';
