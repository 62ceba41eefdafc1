// Reads the labelled language cases (see README.md) and lints each one alone under its section heading.
import { readFileSync, readdirSync } from 'node:fs';
import { lint } from '@blameless-lint/core';

export interface LabelledCase {
  file: string;
  line: number;
  ruleId: string;
  positive: boolean;
  text: string;
}

const here = new URL('./', import.meta.url);
const HEADINGS: Record<string, string> = {
  summary: 'Summary',
  timeline: 'Timeline',
  'contributing-factors': 'Contributing factors',
  lessons: 'What we learned',
  'action-items': 'Action items',
};

export function loadCases(): LabelledCase[] {
  const out: LabelledCase[] = [];
  for (const file of readdirSync(here)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    readFileSync(new URL(file, here), 'utf8')
      .split('\n')
      .forEach((raw, i) => {
        const m = /^([+-])([a-z-]+) \| (.+)$/.exec(raw);
        if (m) out.push({ file, line: i + 1, positive: m[1] === '+', ruleId: m[2]!, text: m[3]! });
        else if (raw.trim() && !raw.startsWith('#')) throw new Error(`${file}:${i + 1}: not a labelled case: ${raw}`);
      });
  }
  return out;
}

/** The case as the only line of its section; returns the rule ids that fire on that line. */
export function firedOn(c: LabelledCase): string[] {
  const section = c.file.replace(/\.txt$/, '');
  const body = section === 'timeline' ? `- ${c.text}` : section === 'action-items' ? `- [ ] ${c.text}` : c.text;
  const text = `# Postmortem\n\n## ${HEADINGS[section] ?? 'Notes'}\n\n${body}\n`;
  return lint(text, { config: { extends: 'language' }, now: '2026-11-27' })
    .diagnostics.filter((d) => d.range.start.line === 5)
    .map((d) => d.ruleId);
}
