import { lint, type Diagnostic, type RuleSetting, type UserConfig } from '@blameless-lint/core';
import { ruleData } from '../../packages/core/src/rules/generated.js';

export const NOW = '2026-11-27';

/** Lint with only `id` on (plus extra config), returning that rule's diagnostics. */
export function only(id: string, text: string, config: UserConfig = {}, now = NOW): Diagnostic[] {
  const rules: Record<string, RuleSetting> = Object.fromEntries(
    ruleData.map((r) => [r.id, r.id === id ? 'warning' : 'off']),
  );
  const merged: UserConfig = { ...config, rules: { ...rules, ...config.rules } };
  return lint(text, { config: merged, now }).diagnostics.filter((d) => d.ruleId === id);
}

/** A minimal postmortem holding one section: structure rules only run on postmortems. */
export function pm(heading: string, body: string): string {
  return `---\ntype: postmortem\n---\n## ${heading}\n\n${body}\n`;
}

export const timeline = (body: string, heading = 'Timeline (all times UTC)') => pm(heading, body);
export const actions = (body: string) => pm('Action items', body);

/** `line:column message` of each diagnostic, for exact assertions. */
export const where = (ds: Diagnostic[]) => ds.map((d) => `${d.range.start.line}:${d.range.start.column} ${d.actual}`);
