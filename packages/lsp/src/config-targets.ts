import type { ConfigList } from './config-edit.js';
import type { Diagnostic } from './library.js';

/**
 * Which config list resolves a finding when the words are not what the rule took them for. Findings carry
 * no such hint yet, so this small table names the rules whose findings hinge on person detection:
 * a word taken for a person's name (a tool called "Jenkins") is accepted vocabulary; an owner not
 * recognised as a person is added to the roster.
 */
const TARGETS: Record<string, ConfigList> = {
  'names-as-root-cause': ['vocabulary', 'accept'],
  'action-item-owner': ['people'],
};

/**
 * A name is a @handle or up to three capitalised words with lower-case letters ("Sam Lee", "Kowalski");
 * anything longer is a phrase, and an all-caps word ("TBD") is a placeholder, not a roster entry.
 */
const NAME = /^(@[\w.-]+|[\p{Lu}][\p{Ll}'’.-]+(\s+[\p{Lu}][\p{Ll}'’.-]+){0,2})$/u;

export function configListFor(finding: Diagnostic): { path: ConfigList; value: string } | undefined {
  const path = TARGETS[finding.ruleId];
  const value = finding.actual?.trim().replace(/['’]s?$/u, ''); // "Dmitri's" names Dmitri
  if (!path || !value || !NAME.test(value)) return undefined;
  return { path, value };
}
