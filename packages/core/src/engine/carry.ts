import type { Block, PostmortemDocument } from '../document/types.js';
import type { Finding } from '../checks/types.js';
import { partStarts } from '../document/markdown-parts.js';
import { BoundedCache } from './bounded-cache.js';
import type { DocumentFacts } from './block-cache.js';

/**
 * Findings of whole-document rules carried across an edit that changed nothing they read. The timeline and
 * action-item rules read a few sections of a long postmortem, yet each keystroke anywhere read every timeline and
 * action item again (about two thirds of a keystroke's lint in the 20,000-word benchmark). A check kind with a
 * `footprint` says which blocks its rules read. The edit is the text between the common start and end of the
 * last text and this one; when, before and after it, no part it touches holds a block (or text) the footprint
 * reads, and the document's signature is the same, the last findings are this text's, moved by the edit's length
 * where they come after it.
 *
 * The unit is a part (markdown-parts.ts: from an ATX heading after a blank line to the next): a section's own
 * blocks are all in one part, and what a footprint reads beside a block (a timed run's untimed gaps, a label over
 * a list, an item's section heading) is in its section. A block that runs past a cut (a fence holding `# ...`)
 * marks every part it touches. The signature holds what else the rules read: the sections' kinds, levels and
 * parents (a heading elsewhere can re-parent a section), whether the text is a postmortem, the front matter and
 * the day `now` falls on. Per rule, the document's terms that its cached blocks read are checked as the block
 * cache checks them (`DocumentFacts`). Equal to a lint from scratch on every edit of test/core/carry.test.ts.
 */
export interface Footprint {
  /** Keeps the carried states of kinds that read different things apart. */
  name: string;
  /** Whether the rules read `block` (or anything beside it in its section) of this document. */
  reads(doc: PostmortemDocument, zones: Record<string, string>): (block: Block) => boolean;
  /** Whether the rules read something of this text wherever it is in the document (a part's text is tested). */
  readsText?(text: string): boolean;
}

interface Stored {
  found: Finding[];
  reads: Array<[string, boolean]>;
}

interface State {
  text: string;
  /** Each part's start, then the text's length. */
  cuts: number[];
  /** Whether the footprint reads a block of part i. */
  read: boolean[];
  signature: string;
  /** By rule context (rule and config): findings in this text's offsets. */
  found: Map<number, Stored>;
}

/** One document's step from the stored state: where the edit is, and whether the findings carry over it. */
interface Step {
  state: State;
  from: State | null;
  at: number;
  oldEnd: number;
  delta: number;
}

// By footprint, language, config and file: a few documents open at once in an editor.
const states = new BoundedCache<string, State>(16);
const steps = new WeakMap<PostmortemDocument, Map<string, Step>>();

let carried = 0;
/** How many times a rule's findings were carried over an edit (tests count them). */
export const carries = (): number => carried;

export interface CarryContext {
  doc: PostmortemDocument;
  footprint: Footprint;
  /** Config, file and day: what the state is kept under besides the footprint and language. */
  scope: string;
  zones: Record<string, string>;
  day: number;
  facts: DocumentFacts;
}

/**
 * Reports the rule's findings in an incremental lint (lint.ts calls it only then): carried from the last text when
 * the edit since touched nothing it reads, else from `run`, which hands `record` the document terms each of its
 * cached blocks read (as the block cache has them).
 */
export function runCarried(
  c: CarryContext,
  context: number,
  run: (report: (f: Finding) => void, record: (reads: ReadonlyArray<[string, boolean]>) => void) => void,
  report: (f: Finding) => void,
): void {
  // Parts are Markdown's; a plain-text document is read whole.
  if (c.doc.language === 'text') {
    run(report, () => {});
    return;
  }
  const step = stepFor(c);
  const last = step.from?.found.get(context);
  if (last?.reads.every(([key, yes]) => c.facts.has(key) === yes)) {
    const moved = moveAll(last.found, step);
    if (moved) {
      carried++;
      step.state.found.set(context, { found: moved, reads: last.reads });
      for (const f of moved) report(f);
      return;
    }
  }
  const found: Finding[] = [];
  const reads: Array<[string, boolean]> = [];
  run(
    (f) => {
      found.push(f);
      report(f);
    },
    (read) => {
      for (const r of read) reads.push(r);
    },
  );
  step.state.found.set(context, { found, reads });
}

function stepFor(c: CarryContext): Step {
  const key = `${c.footprint.name}\u0000${c.doc.language}\u0000${c.scope}`;
  let byKey = steps.get(c.doc);
  if (!byKey) steps.set(c.doc, (byKey = new Map()));
  let step = byKey.get(key);
  if (!step) {
    step = take(c, states.get(key));
    states.set(key, step.state);
    byKey.set(key, step);
  }
  return step;
}

function take(c: CarryContext, last: State | undefined): Step {
  const { doc } = c;
  const text = doc.text;
  const { cuts, sections } = shapeOf(doc);
  const signature = signatureOf(c, sections);
  // Made only when a part is read (finding a document's action regions is a pass over its blocks).
  let made: ((b: Block) => boolean) | undefined;
  const reads = (b: Block) => (made ??= c.footprint.reads(doc, c.zones))(b);
  const fresh = (from: State | null, read: boolean[], at = 0, oldEnd = 0, delta = 0): Step => ({
    state: { text, cuts, read, signature, found: new Map() },
    from,
    at,
    oldEnd,
    delta,
  });
  if (!last || last.signature !== signature) return fresh(null, partsRead(doc, cuts, reads, c.footprint));
  const old = last.text;
  // The same text again (a re-lint): nothing moved.
  if (old === text) return fresh(last, last.read);
  const at = commonStart(old, text);
  const tail = commonEnd(old, text, Math.min(old.length, text.length) - at);
  const oldEnd = old.length - tail;
  const newEnd = text.length - tail;
  const delta = text.length - old.length;
  // Parts that touch the edit (closed ranges: a cut at its edge may have come or gone) are read again, here and
  // in the stored state; every other part is the same text, its flag moved with it.
  const read: boolean[] = [];
  let touched = false;
  const before = new Map<number, boolean>();
  for (let i = 0; i + 1 < last.cuts.length; i++) {
    if (last.cuts[i]! <= oldEnd && last.cuts[i + 1]! >= at) touched ||= last.read[i]!;
    else before.set(last.cuts[i]! < at ? last.cuts[i]! : last.cuts[i]! + delta, last.read[i]!);
  }
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    const known = from <= newEnd && to >= at ? undefined : before.get(from);
    const flag = known ?? partRead(doc, from, to, reads, c.footprint);
    if (known === undefined) touched ||= flag;
    read.push(flag);
  }
  return fresh(touched ? null : last, read, at, oldEnd, delta);
}

// A document's parts and sections, read once for all its footprints.
const shapes = new WeakMap<PostmortemDocument, { cuts: number[]; sections: string }>();
function shapeOf(doc: PostmortemDocument): { cuts: number[]; sections: string } {
  let shape = shapes.get(doc);
  if (!shape) {
    const cuts = partStarts(doc.text, doc.frontMatter?.end ?? 0);
    cuts.push(doc.text.length);
    const sections = doc.sections.map((s) => `${s.kind ?? ''}/${s.parentKind ?? ''}/${s.level}`).join(',');
    shapes.set(doc, (shape = { cuts, sections }));
  }
  return shape;
}

// Compared a chunk at a time (one native comparison of two slices), then a character at a time: a JS loop over
// every character of a 130 KB text took ~0.2 ms a keystroke.
const CHUNK = 2048;

/** How many characters `a` and `b` start with alike. */
function commonStart(a: string, b: string): number {
  const most = Math.min(a.length, b.length);
  let at = 0;
  while (at + CHUNK <= most && a.slice(at, at + CHUNK) === b.slice(at, at + CHUNK)) at += CHUNK;
  while (at < most && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  return at;
}

/** How many characters, at most `most`, `a` and `b` end with alike. */
function commonEnd(a: string, b: string, most: number): number {
  let n = 0;
  while (
    n + CHUNK <= most &&
    a.slice(a.length - n - CHUNK, a.length - n) === b.slice(b.length - n - CHUNK, b.length - n)
  )
    n += CHUNK;
  while (n < most && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

function signatureOf(c: CarryContext, sections: string): string {
  const { doc } = c;
  const fm = doc.frontMatter;
  return [doc.isPostmortem, c.day, fm ? `${fm.start}:${fm.end}:${JSON.stringify(fm.data)}` : '', sections].join(
    '\u0001',
  );
}

function partsRead(
  doc: PostmortemDocument,
  cuts: number[],
  reads: (b: Block) => boolean,
  footprint: Footprint,
): boolean[] {
  const read = cuts.slice(1).map((to, i) => footprint.readsText?.(doc.text.slice(cuts[i], to)) ?? false);
  for (const b of doc.blocks) {
    if (!reads(b)) continue;
    // Every part the block touches, from the last one starting at or before it.
    let lo = 0;
    let hi = cuts.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (cuts[mid]! <= b.start) lo = mid;
      else hi = mid - 1;
    }
    for (let i = lo; i + 1 < cuts.length && cuts[i]! <= b.end; i++) read[i] = true;
  }
  return read;
}

function partRead(
  doc: PostmortemDocument,
  from: number,
  to: number,
  reads: (b: Block) => boolean,
  footprint: Footprint,
): boolean {
  if (footprint.readsText?.(doc.text.slice(from, to))) return true;
  for (const b of doc.blocks) if (b.start <= to && b.end >= from && reads(b)) return true;
  return false;
}

/** The findings at this text's offsets, or null when one holds part of the edit. */
function moveAll(found: Finding[], step: Step): Finding[] | null {
  if (step.delta === 0 && step.at === step.oldEnd) return found;
  // A range before the edit stays, one after it moves; one around or in it is not this text's.
  const by = (start: number, end: number): number | null =>
    end <= step.at ? 0 : start >= step.oldEnd ? step.delta : null;
  const out: Finding[] = [];
  for (const f of found) {
    const shift = by(f.start, f.end);
    if (shift === null) return null;
    let suggestions = f.suggestions;
    if (suggestions) {
      suggestions = [];
      for (const s of f.suggestions!) {
        if (s.start === undefined || s.end === undefined) {
          suggestions.push(s);
          continue;
        }
        const moved = by(s.start, s.end);
        if (moved === null) return null;
        suggestions.push(moved ? { ...s, start: s.start + moved, end: s.end + moved } : s);
      }
    }
    out.push(
      shift || suggestions !== f.suggestions ? { ...f, start: f.start + shift, end: f.end + shift, suggestions } : f,
    );
  }
  return out;
}
