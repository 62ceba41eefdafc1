/** What a playground link holds: the text, its language, the preset, the rules switched away from it, and "today". */
import type { Language, UserConfig } from '@blameless-lint/core';
import type { PresetName, RuleInfo } from './protocol.js';

export interface PlaygroundState {
  text: string;
  /** How the text is read: Markdown (the default), MDX or plain text, as the CLI reads .md, .mdx and .txt. */
  language: Language;
  preset: PresetName;
  /** Rule id -> on/off, only where it differs from the preset. */
  toggles: Record<string, boolean>;
  /**
   * "Today" for deadlines (`overdue`), as config `now` and the CLI's `--now`: YYYY-MM-DD, or undefined for the
   * browser's clock. Fixed, a shared link shows the same findings on any day.
   */
  now?: string;
}

export function isEnabled(state: PlaygroundState, presets: Record<PresetName, string[]>, id: string): boolean {
  return state.toggles[id] ?? presets[state.preset].includes(id);
}

/** The config lint() runs with: the preset, then each toggled rule off or on at its default severity. */
export function configOf(state: PlaygroundState, rules: readonly RuleInfo[]): UserConfig {
  const settings: Record<string, 'off' | 'error' | 'warning' | 'info'> = {};
  for (const rule of rules) {
    const on = state.toggles[rule.id];
    if (on !== undefined) settings[rule.id] = on ? (rule.defaultSeverity as 'error' | 'warning' | 'info') : 'off';
  }
  return state.now === undefined
    ? { extends: state.preset, rules: settings }
    : { extends: state.preset, rules: settings, now: state.now };
}
