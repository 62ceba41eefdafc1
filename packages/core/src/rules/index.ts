import { ruleData } from './generated.js';
import type { RuleData, RuleMeta } from './types.js';

export const DOCS_BASE = 'https://github.com/blameless-lint/blameless-lint/blob/main/rules/';

export function ruleUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`;
}

export function findRule(id: string): RuleData | undefined {
  return ruleData.find((r) => r.id === id);
}

/** Metadata of every built-in rule, sorted by id. */
export const rules: RuleMeta[] = ruleData
  .map((r) => ({
    id: r.id,
    scope: r.scope,
    description: r.description,
    url: ruleUrl(r.id),
    defaultSeverity: r.severity,
    fixable: r.fixable,
    options: r.options,
    docs: r.docs.markdown,
    examples: { incorrect: r.docs.incorrect, correct: r.docs.correct },
  }))
  .sort((a, b) => a.id.localeCompare(b.id));

export { ruleData };
