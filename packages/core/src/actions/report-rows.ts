// The action items of one document as report rows: what, who, when, whether it landed, and what is wrong
// with it (the findings of the action-item rules on that item). Pure: text in, rows out.
import { parseDocument } from '../document/parse.js';
import { readActionItems } from '../document/action-items.js';
import { dayNumber, formatDate } from '../document/dates.js';
import { lint, languageOf } from '../engine/lint.js';
import { toConfig } from '../engine/lint-config.js';
import type { LintOptions, ResolvedConfig } from '../types.js';
import { trackerRefs, type Tracker } from '../document/trackers.js';
import { findRule } from '../rules/index.js';

export type ActionStatus = 'open' | 'done' | 'overdue';

export interface ActionProblem {
  ruleId: string;
  message: string;
}

export interface ActionRow {
  /** The document's path as given (or '' for text without one). */
  document: string;
  /** 1-based line of the item. */
  line: number;
  /** What is to be done, one line. */
  item: string;
  owner: string | null;
  /** The due date as an ISO day (a period's last day), or null. */
  due: string | null;
  /** The due date as written ("Q4 2026"), or a non-date deadline ("ASAP"). */
  dueText: string | null;
  status: ActionStatus;
  /** References to the tracker, as `action-item-tracked` reads them (its `trackers` option). */
  tickets: string[];
  problems: ActionProblem[];
}

/** Rules whose findings on an item are its problems. */
export const ACTION_RULES = [
  'action-item-owner',
  'action-item-deadline',
  'action-item-overdue',
  'vague-action-item',
  'action-item-tracked',
];

/** The tracker patterns in force: the rule's option when configured, else its defaults (even when it is off). */
function trackersOf(config: ResolvedConfig): Tracker[] {
  const configured = config.rules['action-item-tracked']?.options.trackers;
  const schema = findRule('action-item-tracked')?.options.properties.trackers as { default?: Tracker[] } | undefined;
  return (configured as Tracker[] | undefined) ?? schema?.default ?? [];
}

/** Every action item of one document. `now` decides what is overdue (default: config `now`, else the clock). */
export function actionItems(text: string, options: LintOptions = {}): ActionRow[] {
  if (typeof text !== 'string') throw new TypeError('@blameless-lint/core: actionItems(text) needs a string');
  const config = toConfig(options.config);
  const doc = parseDocument(text, {
    language: options.language ?? languageOf(options.filePath),
    sections: config.sections,
  });
  const items = readActionItems(doc, [...config.people, ...config.teams]);
  if (!items.length) return [];
  const now = options.now ?? config.now;
  const today = Math.floor(
    (now === undefined
      ? Date.now()
      : new Date(typeof now === 'string' && /^\d{4}-\d\d-\d\d$/.test(now) ? `${now}T00:00:00Z` : now).getTime()) /
      86400000,
  );
  // Problems are the rules' own findings, so the report and the linter never disagree.
  const trackers = trackersOf(config);
  const diagnostics = lint(text, { ...options, config }).diagnostics.filter((d) => ACTION_RULES.includes(d.ruleId));
  return items.map((it) => {
    const from = it.block.start;
    const to = it.block.end;
    const overdue = it.status !== 'done' && it.due !== null && dayNumber(it.due.date) < today;
    return {
      document: options.filePath ?? '',
      line: doc.position(it.start).line,
      item: it.text.replace(/\s+/g, ' ').trim(),
      owner: it.owners.length ? it.owners.map((o) => o.text).join(', ') : (it.ownerPlaceholder?.text ?? null),
      due: it.due ? formatDate(it.due.date) : null,
      dueText: it.due?.text ?? it.vagueDue?.text ?? null,
      status: it.status === 'done' ? 'done' : overdue ? 'overdue' : 'open',
      tickets: trackerRefs(it.block.text, it.block.start, it.block.cells, trackers).map((t) => t.text),
      problems: diagnostics
        .filter((d) => d.range.start.offset >= from && d.range.start.offset <= to)
        .map((d) => ({ ruleId: d.ruleId, message: d.message })),
    };
  });
}
