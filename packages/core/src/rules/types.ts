import type { CheckKindName, ParamsByKind } from '../checks/schemas/generated.js';
import type { Severity } from '../types.js';

/**
 * A rule as data: rules/<id>.yml plus the examples and text of rules/<id>.md, checked and emitted at build time
 * (or a house rule from config). `check` names its kind and `params` has that kind's generated type.
 */
export type RuleData<K extends CheckKindName = CheckKindName> = {
  [N in K]: RuleFields & { readonly check: N; readonly params: ParamsByKind[N] };
}[K];

/** What every rule has, whatever its check kind. */
export interface RuleFields {
  id: string;
  /** `language` rules run on any prose; `structure` rules only on documents that look like postmortems. */
  scope: 'language' | 'structure';
  /** The smallest preset that turns the rule on: `recommended` rules are in `strict` too. */
  preset?: 'recommended' | 'strict';
  severity: Severity;
  /** One line, for `--list-rules` and the README table. */
  description: string;
  /** Message template; `{actual}` and other `{name}` slots are filled from the finding's data. */
  message: string;
  /** Why it matters, one sentence. */
  note: string;
  /**
   * Lower-case words of which at least one must occur in a block for the rule to fire there
   * (the candidate scan). Empty means the rule is structural and always runs.
   */
  triggers: string[];
  /** JSON schema (closed) of the options users may set in config, with defaults. */
  options: { type: 'object'; properties: Record<string, unknown>; additionalProperties: false };
  fixable: boolean;
  docs: RuleDocs;
  /** The rule's documentation page, when it is not the built-in rules/<id>.md (house rules). */
  url?: string;
}

interface RuleDocs {
  /** The rule's documentation page (rules/<id>.md), Markdown. */
  markdown: string;
  /** Text of the "Incorrect" examples: each must trigger the rule. */
  incorrect: string[];
  /** Text of the "Correct" examples: none may trigger the rule. */
  correct: string[];
}

/** Public metadata of a rule, as exported by `rules`. */
export interface RuleMeta {
  id: string;
  scope: 'language' | 'structure';
  description: string;
  url: string;
  defaultSeverity: Severity;
  fixable: boolean;
  /** JSON schema of the rule's options. */
  options: RuleData['options'];
  /** The rule's documentation page, Markdown. */
  docs: string;
  /** The docs' checked examples: each incorrect one triggers the rule, no correct one does. */
  examples: { incorrect: string[]; correct: string[] };
}
