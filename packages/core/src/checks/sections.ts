import type { CheckContext, CheckKind } from './types.js';
import type { Block, Section } from '../document/types.js';
import type { SectionKind } from '../types.js';
import { findClockTimes } from '../document/timestamps.js';
import { PhraseSet, blankQuotes } from '../document/phrase-match.js';

/**
 * Sections of a postmortem: `problem` picks what a rule checks.
 *   required      — a canonical section missing (the rule's `sections` option lists which)
 *   summary       — a summary outside 2–4 sentences, or one that holds a timeline or a root cause
 *   single-factor — a contributing-factors section that lists one factor and stops
 */
export const sections: CheckKind = {
  name: 'sections',
  params: {
    type: 'object',
    additionalProperties: false,
    required: ['problem', 'messages'],
    properties: {
      problem: { enum: ['required', 'summary', 'single-factor'] },
      messages: { type: 'object', additionalProperties: { type: 'string' } },
      names: { type: 'object', additionalProperties: { type: 'string' } },
      rootCause: { type: 'array', items: { type: 'string' } },
    },
  },
  run(ctx) {
    const problem = ctx.rule.params.problem;
    if (problem === 'required') checkRequired(ctx);
    else if (problem === 'summary') for (const s of ofKind(ctx, 'summary')) checkSummary(ctx, s);
    else if (problem === 'single-factor') for (const s of ofKind(ctx, 'contributing-factors')) checkFactors(ctx, s);
  },
};

function msg(ctx: CheckContext, key: string): string {
  return ((ctx.rule.params.messages ?? {}) as Record<string, string>)[key] ?? ctx.rule.message;
}

/** Top-level sections of a kind (a "Root cause" sub-heading inside "Contributing factors" is part of it). */
function ofKind(ctx: CheckContext, kind: SectionKind): Section[] {
  return ctx.doc.sections.filter((s) => s.kind === kind && s.parentKind !== kind);
}

/** Blocks in a section's body, its sub-sections included; headings excluded. */
function body(ctx: CheckContext, s: Section): Block[] {
  return ctx.doc.blocks.filter((b) => b.start > s.end && b.start < s.bodyEnd && b.kind !== 'heading' && !b.split);
}

function checkRequired(ctx: CheckContext): void {
  const wanted = (ctx.options.sections as SectionKind[] | undefined) ?? ['summary', 'timeline', 'contributing-factors', 'lessons', 'action-items'];
  const present = new Set(ctx.doc.sections.map((s) => s.kind));
  const names = (ctx.rule.params.names ?? {}) as Record<string, string>;
  const title = ctx.doc.sections.find((s) => s.level === 1) ?? ctx.doc.sections[0];
  const at = title ? { start: title.start, end: title.end } : { start: 0, end: Math.max(1, ctx.doc.text.indexOf('\n')) };
  for (const kind of wanted) {
    if (!present.has(kind)) ctx.report({ ...at, message: msg(ctx, 'missing'), data: { section: names[kind] ?? kind } });
  }
}

// "between 14:02 and 14:43 UTC", "from November 11, 4:02 PM UTC to November 14, 3:02 PM UTC",
// "10:45–16:11": an impact window, not a sequence of events.
const CLOCK = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?`;
const WINDOW = new RegExp(
  String.raw`(?:between|from)\s+[^.;]{0,40}?${CLOCK}[^.;]{0,12}?\s+(?:and|to|until|till|through)\s+[^.;]{0,40}?${CLOCK}|${CLOCK}(?:\s+[A-Z]{2,5})?\s*(?:[-–—]|to|until|till|through)\s*${CLOCK}`,
  'gi',
);

function sequenceTimes(text: string): Array<{ start: number; end: number }> {
  const windows: Array<[number, number]> = [];
  WINDOW.lastIndex = 0;
  for (let m = WINDOW.exec(text); m; m = WINDOW.exec(text)) windows.push([m.index, m.index + m[0].length]);
  return findClockTimes(text).filter((t) => !windows.some(([a, b]) => t.start >= a && t.end <= b));
}

function checkSummary(ctx: CheckContext, s: Section): void {
  const blocks = body(ctx, s).filter((b) => b.kind !== 'table-row' && b.prose.trim());
  if (!blocks.length) return;
  const heading = { start: s.start, end: s.end };
  const sentences = blocks.reduce((n, b) => n + (b.kind === 'list-item' ? 1 : ctx.doc.sentences(b).filter((x) => /\p{L}/u.test(x.text)).length), 0);
  const min = Number(ctx.options.minSentences ?? 2);
  const max = Number(ctx.options.maxSentences ?? 4);
  if (sentences < min) ctx.report({ ...heading, message: msg(ctx, 'short'), data: { count: String(sentences), min: String(min) } });
  if (sentences > max) ctx.report({ ...heading, message: msg(ctx, 'long'), data: { count: String(sentences), max: String(max) } });
  const times = blocks.flatMap((b) => sequenceTimes(b.prose).map((t) => ({ start: b.start + t.start, end: b.start + t.end })));
  if (times.length >= 2) ctx.report({ start: times[0].start, end: times[0].end, message: msg(ctx, 'timeline'), data: { count: String(times.length) } });
  let cause = causeSets.get(ctx.rule.params);
  if (!cause) causeSets.set(ctx.rule.params, (cause = new PhraseSet((ctx.rule.params.rootCause as string[] | undefined) ?? [])));
  for (const b of blocks) {
    const m = cause.find(blankQuotes(b.prose))[0];
    if (m) {
      ctx.report({ start: b.start + m.start, end: b.start + m.end, message: msg(ctx, 'cause') });
      break;
    }
  }
}

// Compiled once per rule's params, not once per summary section per lint (the language server lints per keystroke).
const causeSets = new WeakMap<object, PhraseSet>();

function checkFactors(ctx: CheckContext, s: Section): void {
  const blocks = body(ctx, s).filter((b) => /[\p{L}\p{N}]/u.test(b.prose));
  if (!blocks.length) return;
  const subsections = ctx.doc.sections.filter((x) => x.start > s.end && x.start < s.bodyEnd);
  if (subsections.length >= 2) return;
  const items = blocks.filter((b) => b.kind === 'list-item' || b.kind === 'table-row');
  const depth = Math.min(...items.map((b) => b.depth ?? 0));
  const top = items.filter((b) => (b.depth ?? 0) === depth);
  // An intro line before the list ("Two things combined:") is not a factor.
  const prose = blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'line').filter((b) => !/:\s*$/.test(b.text.trim()));
  const sentences = prose.reduce((n, b) => n + ctx.doc.sentences(b).length, 0);
  const one = (top.length === 1 && prose.length === 0) || (top.length === 0 && prose.length === 1 && sentences <= 1);
  if (one) ctx.report({ start: s.start, end: s.end, message: msg(ctx, 'single') });
}
