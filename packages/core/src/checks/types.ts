import type { Block, PostmortemDocument } from '../document/types.js';
import type { RuleData } from '../rules/types.js';
import type { CheckKindName, ParamsByKind } from './schemas/generated.js';
import type { ParamSchema } from './schemas/shapes.js';
import type { ResolvedConfig } from '../types.js';
import type { Directive } from '../engine/suppress.js';
import type { Footprint } from '../engine/carry.js';

/** A suggested rewrite or fix, in source offsets. Without `text` it is advice only. */
export interface FindingSuggestion {
  description: string;
  start?: number;
  end?: number;
  text?: string;
}

/** What a check reports: offsets into the document, data for the message template. */
export interface Finding {
  start: number;
  end: number;
  /** Fills `{name}` slots of the rule's message; `actual` defaults to the source text of the range. */
  data?: Record<string, string>;
  /** Replaces the rule's message template entirely (for checks with several kinds of problem). */
  message?: string;
  suggestions?: FindingSuggestion[];
}

export interface CheckContext<K extends CheckKindName = CheckKindName> {
  doc: PostmortemDocument;
  /**
   * The blocks this rule should look at. For rules with triggers: only prose blocks where a trigger
   * word occurs (the candidate scan), so a block with nothing to find is never parsed into sentences.
   * For structure rules (no triggers): every block.
   */
  blocks: Block[];
  /** The rule, its `params` typed by its kind's schema. Read-only: compiled forms go in the kind's own WeakMap. */
  rule: RuleData<K>;
  /** The rule's options, defaults applied. */
  options: Record<string, unknown>;
  config: ResolvedConfig;
  now: Date;
  report(finding: Finding): void;
  /**
   * Runs `run` for one block of a whole-document check, or replays its findings from the last run on a block
   * with the same content, the same section facts and the same `facts` (everything else the findings read,
   * as a string: "inside a bold Lessons label", an item's field offsets). A keystroke elsewhere then costs a
   * lookup instead of a parse. Findings must lie inside the block to be kept.
   */
  cached(block: Block, facts: string, run: (report: (finding: Finding) => void) => void): void;
  /** For `phase: 'post'` kinds: the inline directives after suppression, with what each one suppressed. */
  directives?: Directive[];
  /** Ids of every known rule (for directives naming an unknown one). */
  ruleIds?: string[];
}

/** A check kind: implemented once, instantiated by rule data. See the README's "Adding a check kind". */
export interface CheckKind<K extends CheckKindName = CheckKindName> {
  name: K;
  /** JSON schema of the `params` a rule of this kind must give (closed): src/checks/schemas/<kind>.ts. */
  params: ParamSchema;
  /** `post` kinds run after the other rules and suppression (they judge the directives themselves). */
  phase?: 'post';
  /**
   * The blocks this kind's rules read, for a whole-document kind that reads only some (engine/carry.ts): its
   * findings are carried over an edit that touched none of them.
   */
  footprint?: Footprint;
  /**
   * Words of which one must occur in a block for a rule of this kind to find anything there, derived from
   * the rule's vocabulary (every inflection of a verb lemma). Added to the rule's own `triggers`.
   */
  triggers?(params: ParamsByKind[K]): Iterable<string>;
  run(ctx: CheckContext<K>): void;
}
