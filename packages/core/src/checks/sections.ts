import type { CheckContext, CheckKind } from './types.js';
import { sectionsParams } from './schemas/sections.js';
import type { Block, Section } from '../document/types.js';
import type { SectionKind } from '../types.js';
import { findClockTimes } from '../document/timestamps.js';
import { timeWindows } from '../document/time-windows.js';
import { PhraseSet, blankQuotes } from '../document/phrase-match.js';
import { alsoNamed, boldLabel } from '../document/sections.js';
import { readTimelines } from '../document/timeline.js';
import { measures, namesAffected, type ImpactVocabulary, type TaggedWord } from './summary-impact.js';
import { analyze } from '../people/index.js';
import { tagSentence } from '../grammar/tag.js';
import { peopleOptions } from './prose.js';
import { sectionAngle } from './factor-angles.js';
import { BoundedCache, flat } from '../engine/bounded-cache.js';

/**
 * Sections of a postmortem: `problem` picks what a rule checks.
 *   required      — a canonical section missing (the rule's `sections` option lists which)
 *   summary       — a summary outside 2–4 sentences, or one that holds a timeline or a root cause
 *   single-factor — a contributing-factors section that lists one factor and stops
 *   impact        — a summary that measures no impact or names nobody affected
 *   coverage      — contributing factors (three or more) that all come from one angle
 */
export const sections: CheckKind<'sections'> = {
  name: 'sections',
  params: sectionsParams,
  run(ctx) {
    const problem = ctx.rule.params.problem;
    if (problem === 'required') checkRequired(ctx);
    else if (problem === 'summary') for (const s of ofKind(ctx, 'summary')) checkSummary(ctx, s);
    else if (problem === 'single-factor') {
      // Factors under two headings ("Root causes" and "What went wrong", "Five whys" and "Root cause") are
      // more than one: only a document with one contributing-factors section that says anything is checked.
      const said = ofKind(ctx, 'contributing-factors').filter((x) =>
        body(ctx, x).some((b) => /[\p{L}\p{N}]/u.test(b.prose)),
      );
      if (said.length === 1) checkFactors(ctx, said[0]!);
    } else if (problem === 'impact') {
      // One finding per document: "Introduction" and "Description" are one summary in two parts. Without a
      // Summary heading, the first paragraph that opens with a bold "**Summary:**" label.
      const summaries = incidentSummaries(ctx);
      const first = summaries[0];
      const labelled = first ? undefined : summaryLabel(ctx);
      if (first)
        checkImpact(
          ctx,
          summaries.flatMap((s) => summaryBlocks(ctx, s)),
          { start: first.start, end: first.end },
        );
      else if (labelled) checkImpact(ctx, [labelled[0], ...underLabel(ctx, labelled[0], labelled[1])], labelled[1]);
    } else if (problem === 'coverage') {
      for (const s of ofKind(ctx, 'contributing-factors')) checkCoverage(ctx, factorsOf(ctx, s), s, body(ctx, s));
      // A bold "**Contributing factors**" on a line of its own and the list under it.
      for (const [block, at] of labelledBlocks(ctx, 'contributing-factors')) {
        const items = underLabel(ctx, block, at).filter((b) => b.kind === 'list-item' || b.kind === 'table-row');
        const depth = Math.min(...items.map((b) => b.depth ?? 0));
        const top = items.filter((b) => (b.depth ?? 0) === depth);
        checkCoverage(
          ctx,
          top.map((b) => b.prose),
          at,
          top,
        );
      }
    }
  },
};

function msg(ctx: CheckContext<'sections'>, key: string): string {
  return ctx.rule.params.messages[key] ?? ctx.rule.message;
}

/** Top-level sections of a kind (a "Root cause" sub-heading inside "Contributing factors" is part of it). */
function ofKind(ctx: CheckContext<'sections'>, kind: SectionKind): Section[] {
  return ctx.doc.sections.filter((s) => s.kind === kind && s.parentKind !== kind);
}

/**
 * The sections that summarise the incident: named as a summary, but not the document's title ("# Postmortem
 * summary" over a log of incidents) and not a part's own summary (a bug report's "#### Summary" inside another
 * section, after the timeline). Of nested summaries, the outer one ("Introduction" and "Description" under it
 * read as one). One pass over the headings: a file of thousands of them is linted on every keystroke.
 */
function incidentSummaries(ctx: CheckContext<'sections'>): Section[] {
  const title = titleSection(ctx);
  const later = firstOtherKind(ctx, title);
  const out: Section[] = [];
  // The sections that enclose the current one (the title left out).
  const open: Section[] = [];
  // Where the summaries met so far end: one that starts before is nested in one of them.
  let summariesEnd = -1;
  for (const s of ctx.doc.sections) {
    while (open.length && open[open.length - 1]!.level >= s.level) open.pop();
    const enclosed = open.length > 0;
    if (s !== title) open.push(s);
    if (s.kind !== 'summary' || s === title) continue;
    const nested = s.start < summariesEnd;
    // Inside another section, after the incident's summary or its timeline: that section's own summary.
    const partsOwn = enclosed && (s.start > later || summariesEnd >= 0);
    summariesEnd = Math.max(summariesEnd, s.bodyEnd);
    if (!nested && !partsOwn) out.push(s);
  }
  return out;
}

/**
 * The first bold "**Summary:**" label that is the document's: not one after the timeline or the action items, and
 * not one of a list whose other items label other parts ("2. **Summary:** …", "3. **Timeline:** …"): a guide's
 * outline of what a postmortem holds.
 */
function summaryLabel(ctx: CheckContext<'sections'>): [Block, { start: number; end: number }] | undefined {
  const later = firstOtherKind(ctx, titleSection(ctx));
  const others = new Set(
    boldLabels(ctx)
      .filter(([kind]) => kind && kind !== 'summary')
      .map(([, b]) => b),
  );
  const blocks = ctx.doc.blocks;
  const outline = (b: Block) => {
    if (b.kind !== 'list-item') return false;
    const at = blocks.indexOf(b);
    for (const step of [-1, 1])
      for (let i = at + step; blocks[i]?.kind === 'list-item'; i += step) if (others.has(blocks[i]!)) return true;
    return false;
  };
  return labelledBlocks(ctx, 'summary').find(([b]) => b.start < later && !outline(b));
}

/** The document's title: its first heading, the only one of level 1, with the other headings under it. */
function titleSection(ctx: CheckContext<'sections'>): Section | undefined {
  const [first, ...rest] = ctx.doc.sections;
  return first && first.level === 1 && rest.length > 0 && rest.every((s) => s.level > 1) ? first : undefined;
}

/** Where the first section of the incident that is not a summary (a timeline, factors, lessons, action items) starts. */
function firstOtherKind(ctx: CheckContext<'sections'>, title: Section | undefined): number {
  return ctx.doc.sections.find((s) => s !== title && s.kind && s.kind !== 'summary')?.start ?? Infinity;
}

/** Blocks in a section's body, its sub-sections included; headings excluded. */
function body(ctx: CheckContext<'sections'>, s: Section): Block[] {
  // Blocks are in document order: find the first after the heading, take them to the section's end. (A filter
  // over every block per section was quadratic in a file of many postmortems.)
  const blocks = ctx.doc.blocks;
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.start > s.end) hi = mid;
    else lo = mid + 1;
  }
  const out: Block[] = [];
  for (let i = lo; i < blocks.length && blocks[i]!.start < s.bodyEnd; i++)
    if (blocks[i]!.kind !== 'heading' && !blocks[i]!.split) out.push(blocks[i]!);
  return out;
}

function checkRequired(ctx: CheckContext<'sections'>): void {
  const wanted = (ctx.options.sections as SectionKind[] | undefined) ?? [
    'summary',
    'timeline',
    'contributing-factors',
    'lessons',
    'action-items',
  ];
  const present = presentKinds(ctx);
  const names = ctx.rule.params.names ?? {};
  const title = ctx.doc.sections.find((s) => s.level === 1) ?? ctx.doc.sections[0];
  const at = title
    ? { start: title.start, end: title.end }
    : { start: 0, end: Math.max(1, ctx.doc.text.indexOf('\n')) };
  for (const kind of wanted) {
    if (!present.has(kind)) ctx.report({ ...at, message: msg(ctx, 'missing'), data: { section: names[kind] ?? kind } });
  }
}

/**
 * The sections a postmortem has, as a reader finds them: its classified headings; a label in bold that opens a
 * paragraph or a top-level list item ("**Key events**", "- **Review actions**:"), which some teams use instead
 * of headings; a short lead paragraph under the title, which is the summary when no heading names one; and a
 * run of timed entries under any heading ("Leadup" with 14:02, 14:10, 14:31), which is a timeline; and each
 * section a joined heading names ("Lessons learned and future safeguards").
 */
function presentKinds(ctx: CheckContext<'sections'>): Set<SectionKind | null> {
  const present = new Set<SectionKind | null>(
    ctx.doc.sections.flatMap((s) => [s.kind, ...alsoNamed(s.heading, s.kind)]),
  );
  for (const [kind] of boldLabels(ctx)) present.add(kind);
  if (!present.has('summary') && (lede(ctx) || openingContext(ctx))) present.add('summary');
  if (!present.has('timeline') && timedRun(ctx)) present.add('timeline');
  return present;
}

/** Paragraphs and top-level items that open with a bold label, with the section kind the label names. */
function boldLabels(ctx: CheckContext<'sections'>): Array<[SectionKind | null, Block, { start: number; end: number }]> {
  const aliases = ctx.config.sections ?? {};
  const out: Array<[SectionKind | null, Block, { start: number; end: number }]> = [];
  for (const b of ctx.doc.blocks) {
    if (b.kind === 'paragraph' || b.kind === 'line' || (b.kind === 'list-item' && (b.depth ?? 0) === 0)) {
      const label = boldLabel(b.text, aliases);
      if (label) out.push([label.kind, b, { start: b.start + label.start, end: b.start + label.end }]);
    }
  }
  return out;
}

/**
 * The blocks a bold label on a line of its own ("**Summary**" and then a paragraph) heads: up to the next heading
 * or label. None when the label opens a paragraph of its own ("**Summary:** Checkout failed …").
 */
function underLabel(ctx: CheckContext<'sections'>, block: Block, at: { start: number; end: number }): Block[] {
  if (/[\p{L}\p{N}]/u.test(ctx.doc.text.slice(at.end, block.end))) return [];
  const aliases = ctx.config.sections ?? {};
  const out: Block[] = [];
  for (const b of ctx.doc.blocks) {
    if (b.start < block.end) continue;
    if (b.kind === 'heading' || boldLabel(b.text, aliases)) break;
    out.push(b);
  }
  return out;
}

/** Blocks a bold label names as a section of this kind ("**Summary:** Checkout failed …"). */
function labelledBlocks(
  ctx: CheckContext<'sections'>,
  kind: SectionKind,
): Array<[Block, { start: number; end: number }]> {
  return boldLabels(ctx)
    .filter(([k]) => k === kind)
    .map(([, b, at]) => [b, at]);
}

/** Prose between the title and the first other heading, of summary length (10 to 250 words). */
function lede(ctx: CheckContext<'sections'>): boolean {
  const first = ctx.doc.sections.findIndex((s, i) => i > 0 || s.level > 1);
  const titleIndex = ctx.doc.sections[0]?.level === 1 || first > 0 ? 0 : -1;
  const words = ctx.doc.blocks
    .filter(
      (b) =>
        (b.section === -1 || b.section === titleIndex) && (b.kind === 'paragraph' || b.kind === 'line') && !b.split,
    )
    .reduce((n, b) => n + (b.prose.match(/\p{L}+/gu)?.length ?? 0), 0);
  return words >= 10 && words <= 250;
}

/**
 * The first section after the title is "Background", "Context", "Details" or "Introduction": the summary's place.
 * A heading deeper than the document's sections is a line of metadata ("#### Bugzilla bug: 1486582"), not one.
 */
function openingContext(ctx: CheckContext<'sections'>): boolean {
  const after = ctx.doc.sections.filter((s, i) => i > 0 || s.level > 1);
  // A loop, not Math.min(...levels): a spread of 100,000 headings overflows the stack.
  let top = Infinity;
  for (const s of after) top = Math.min(top, s.level);
  const first = after.find((s) => s.level === top);
  return !!first && /^[\s#*_:]*(?:background|context|details|introduction|description)\b/i.test(first.heading);
}

/** Three or more entries of one section that open with a clock time. */
function timedRun(ctx: CheckContext<'sections'>): boolean {
  // The timeline rules' own reader: what they read as a timeline is one here too.
  return readTimelines(ctx.doc, ctx.config.zones).some((t) => t.entries.filter((e) => e.timestamp).length >= 3);
}

/** The clock times of a text outside its time windows: a walk through events, not one span of time. */
function sequenceTimes(text: string): Array<{ start: number; end: number }> {
  const windows = timeWindows(text);
  return findClockTimes(text).filter((t) => !windows.some((w) => t.start >= w.start && t.end <= w.end));
}

/**
 * One finding per summary, for its first problem (too long, a walk through times, a root cause, too short):
 * the summary is one thing to rewrite, however many ways it goes wrong.
 */
function checkSummary(ctx: CheckContext<'sections'>, s: Section): void {
  const blocks = summaryBlocks(ctx, s).filter((b) => b.kind !== 'table-row');
  if (!blocks.length) return;
  const heading = { start: s.start, end: s.end };
  const sentences = blocks.reduce(
    (n, b) => n + (b.kind === 'list-item' ? 1 : ctx.doc.sentences(b).filter((x) => /\p{L}/u.test(x.text)).length),
    0,
  );
  const min = Number(ctx.options.minSentences ?? 2);
  const max = Number(ctx.options.maxSentences ?? 4);
  if (sentences > max)
    return ctx.report({ ...heading, message: msg(ctx, 'long'), data: { count: String(sentences), max: String(max) } });
  const times = blocks.flatMap((b) =>
    sequenceTimes(b.prose).map((t) => ({ start: b.start + t.start, end: b.start + t.end })),
  );
  if (times.length >= 2)
    return ctx.report({
      start: times[0].start,
      end: times[0].end,
      message: msg(ctx, 'timeline'),
      data: { count: String(times.length) },
    });
  let cause = causeSets.get(ctx.rule.params);
  if (!cause) causeSets.set(ctx.rule.params, (cause = new PhraseSet(ctx.rule.params.rootCause ?? [])));
  for (const b of blocks) {
    const m = cause.find(blankQuotes(b.prose))[0];
    if (m) return ctx.report({ start: b.start + m.start, end: b.start + m.end, message: msg(ctx, 'cause') });
  }
  if (sentences < min)
    ctx.report({ ...heading, message: msg(ctx, 'short'), data: { count: String(sentences), min: String(min) } });
}

/** The summary's prose; a blog's excerpt marker ends it: what follows it is the post. */
function summaryBlocks(ctx: CheckContext<'sections'>, s: Section): Block[] {
  const more = moreMarkers(ctx.doc).find((m) => m > s.end);
  const end = more !== undefined && more < s.bodyEnd ? more : s.bodyEnd;
  return body(ctx, s).filter((b) => b.prose.trim() && b.start < end);
}

// Every excerpt marker of a document, found once (a search per summary was quadratic in a file of many).
const markers = new WeakMap<object, number[]>();
function moreMarkers(doc: CheckContext['doc']): number[] {
  let found = markers.get(doc);
  if (!found) {
    found = [];
    for (let i = doc.text.indexOf('<!-- more -->'); i >= 0; i = doc.text.indexOf('<!-- more -->', i + 1)) found.push(i);
    markers.set(doc, found);
  }
  return found;
}

const impactVocabularies = new WeakMap<object, ImpactVocabulary>();

/** One finding per summary, naming what it lacks: a measured impact, an affected party, or both. */
function checkImpact(ctx: CheckContext<'sections'>, blocks: Block[], at: { start: number; end: number }): void {
  // A template's summary is a slot to fill: nothing written yet to judge.
  if (!blocks.length || blocks.every(unfilled)) return;
  let v = impactVocabularies.get(ctx.rule.params);
  if (!v) {
    const set = (k: 'parties' | 'units' | 'numbers' | 'things' | 'roles') =>
      new Set((ctx.rule.params[k] ?? []).map((w) => w.toLowerCase()));
    impactVocabularies.set(
      ctx.rule.params,
      (v = {
        parties: set('parties'),
        units: set('units'),
        numbers: set('numbers'),
        things: set('things'),
        roles: set('roles'),
      }),
    );
  }
  // The title carries impact too ("Checkout down for 40 minutes for EU customers"), and so does a lead under it:
  // the paragraphs before the first section heading are the first thing a reader reads, above "## Summary".
  const title = ctx.doc.blocks.find((b) => b.kind === 'heading' && b.level === 1);
  const read = [...new Set([...(title ? [title] : []), ...leadOf(ctx, title), ...blocks])];
  // The verdict reads the summary's text and the roster only: kept while typing elsewhere in the document.
  const memo = `${read.map((b) => b.text).join('\u0001')}\u0000${ctx.config.people.join('\u0001')}\u0000${ctx.config.teams.join('\u0001')}`;
  let key = verdicts.get(ctx.rule.params)?.get(memo);
  if (key === undefined) {
    key = impactVerdict(ctx, read, v);
    let byParams = verdicts.get(ctx.rule.params);
    if (!byParams) verdicts.set(ctx.rule.params, (byParams = new BoundedCache(512 * 1024, keyLength)));
    byParams.set((' ' + memo).slice(1), key);
  }
  if (key) ctx.report({ ...at, message: msg(ctx, key) });
}

/**
 * A block of a template not filled in: filler text ("Lorem ipsum dolor"), slots and markers only ("<describe the
 * impact>", "{{summary}}", "[one paragraph]", "TBD"), or a form's row with its values blank ("| Severity |  |").
 */
function unfilled(b: Block): boolean {
  if (b.kind === 'table-row' && b.cells?.length)
    return b.cells.filter((c) => !c.text.trim()).length * 2 >= b.cells.length;
  if (/\blorem ipsum\b/i.test(b.text)) return true;
  const said = b.text.replace(/<[^<>]*>|\{\{[^{}]*\}\}|\[[^\]]*\](?!\()|\b(?:tbd|tbc|todo|n\/a)\b/gi, ' ');
  return !/\p{L}/u.test(said);
}

/** The paragraphs between the title (or the top) and the first heading after it. */
function leadOf(ctx: CheckContext<'sections'>, title: Block | undefined): Block[] {
  const lead: Block[] = [];
  for (const b of ctx.doc.blocks) {
    if (title && b.start <= title.start) continue;
    if (b.kind === 'heading') break;
    if ((b.kind === 'paragraph' || b.kind === 'line') && !b.split && b.prose.trim()) lead.push(b);
  }
  return lead;
}

const verdicts = new WeakMap<object, BoundedCache<string, '' | 'neither' | 'no-affected' | 'no-impact'>>();
// At module level: a closure made inside a check would hold its context (the document) for as long as the cache.
const keyLength = (k: string) => k.length;
const partWords = new BoundedCache<string, TaggedWord[]>(2 * 1024 * 1024, (k, v) => k.length * 2 + v.length * 64);

/** What the summary lacks: '' when it measures the impact and names who felt it. */
function impactVerdict(
  ctx: CheckContext<'sections'>,
  read: Block[],
  v: ImpactVocabulary,
): '' | 'neither' | 'no-affected' | 'no-impact' {
  const options = peopleOptions(ctx.config, ctx.doc);
  const words: TaggedWord[] = [];
  // Each block's words once per text and roster, as the verdict is: typing in one part of a long summary (or
  // one of many) tags that part again, not all of it.
  const roster = `${ctx.doc.language}\u0000${ctx.config.people.join('\u0001')}\u0000${ctx.config.teams.join('\u0001')}`;
  for (const b of read) {
    const key = `${roster}\u0000${b.kind}\u0000${b.text}`;
    let mine = partWords.get(key);
    if (!mine) {
      mine = [];
      for (const sentence of ctx.doc.sentences(b)) {
        const a = analyze(sentence, options, []);
        const tags = tagSentence(a).tags;
        a.lx.forEach((x, i) => mine!.push({ text: flat(x.text), lower: flat(x.lower), tag: tags[i]! }));
      }
      partWords.set(flat(key), mine);
    }
    for (const w of mine) words.push(w);
  }
  const text = read.map((b) => b.prose).join('\n');
  const measured = measures(text, words, v);
  const affected = namesAffected(text, words, v);
  if (measured && affected) return '';
  return !measured && !affected ? 'neither' : measured ? 'no-affected' : 'no-impact';
}

/** Each factor of a contributing-factors section: its sub-sections, else its top list items, else its paragraphs. */
function factorsOf(ctx: CheckContext<'sections'>, s: Section): string[] {
  const inside = ctx.doc.sections.filter((x) => x.start > s.end && x.start < s.bodyEnd);
  const top = Math.min(...inside.map((y) => y.level));
  const subsections = inside.filter((x) => x.level === top);
  if (subsections.length >= 2) {
    return subsections.map((x) => [x.heading, ...body(ctx, x).map((b) => b.prose)].join('\n'));
  }
  const blocks = body(ctx, s).filter((b) => /[\p{L}\p{N}]/u.test(b.prose));
  const items = blocks.filter((b) => b.kind === 'list-item' || b.kind === 'table-row');
  if (items.length) {
    const depth = Math.min(...items.map((b) => b.depth ?? 0));
    // A factor's sub-items belong to it.
    const out: string[] = [];
    for (const b of items) {
      if ((b.depth ?? 0) === depth) out.push(b.prose);
      else if (out.length) out[out.length - 1] += `\n${b.prose}`;
    }
    return out;
  }
  const paragraphs = blocks.filter((b) => !/:\s*$/.test(b.text.trim()));
  // One paragraph that walks through the factors a sentence at a time ("The change skipped … The run was
  // then scheduled … Finally, the freeze applies only to …"): each sentence is a factor.
  if (paragraphs.length === 1) {
    const sentences = ctx.doc.sentences(paragraphs[0]!);
    // "Three things combined." announces the factors; it is not one of them.
    const factors = sentences.filter((x, k) => k > 0 || x.text.split(/\s+/).length > 4);
    if (factors.length >= 2) return factors.map((x) => x.text);
  }
  return paragraphs.map((b) => b.prose);
}

/** What an angle is called when authors name it: a Category column's value or an item's bold label. */
const ANGLE_NAMES: Record<string, string> = {
  process: 'process',
  processes: 'process',
  procedure: 'process',
  procedures: 'process',
  procedural: 'process',
  tooling: 'tooling',
  tools: 'tooling',
  tool: 'tooling',
  technology: 'tooling',
  technical: 'tooling',
  monitoring: 'tooling',
  knowledge: 'knowledge',
  training: 'knowledge',
  skills: 'knowledge',
  expertise: 'knowledge',
  design: 'design',
  architecture: 'design',
  architectural: 'design',
  communication: 'communication',
  communications: 'communication',
  comms: 'communication',
  coordination: 'communication',
};
const CATEGORY_HEADER = /^(?:category|categories|angle|type|kind|area|class|classification|dimension|factor type)$/i;

/** The angle the author gave each top-level factor, or null unless every factor has one. */
function declaredAngles(blocks: Block[], angles: readonly string[]): string[] | null {
  const items = blocks.filter((b) => b.kind === 'list-item' || b.kind === 'table-row');
  if (!items.length) return null;
  const depth = Math.min(...items.map((b) => b.depth ?? 0));
  const out: string[] = [];
  for (const b of items) {
    if ((b.depth ?? 0) !== depth) continue;
    const cell = b.cells?.find((c) => CATEGORY_HEADER.test(c.header.replace(/[*_`:]/g, '').trim()));
    const label = cell ? cell.text : (/^\s*(?:\*\*|__)([^*_]{2,40}?):?(?:\*\*|__)/.exec(b.text)?.[1] ?? '');
    const angle =
      ANGLE_NAMES[
        label
          .replace(/[*_`:]/g, '')
          .trim()
          .toLowerCase()
      ];
    if (!angle || !angles.includes(angle)) return null;
    out.push(angle);
  }
  return out.length ? out : null;
}

/** Three or more factors that all come from one angle: name the angles nobody looked from. */
function checkCoverage(
  ctx: CheckContext<'sections'>,
  factors: string[],
  at: { start: number; end: number },
  blocks: Block[],
): void {
  const model = ctx.rule.params.model;
  if (!model) return;
  const min = Number(ctx.options.minFactors ?? 3);
  if (factors.length < min) return;
  // The author's own classification, when every factor has one, is read instead of the model's.
  const declared = declaredAngles(blocks, model.angles);
  if (declared && new Set(declared).size > 1) return;
  const first = declared ? declared[0]! : sectionAngle(factors, model);
  if (!first) return;
  const others = model.angles.filter((a) => a !== first);
  ctx.report({
    start: at.start,
    end: at.end,
    message: msg(ctx, 'single'),
    data: {
      count: String(factors.length),
      angle: first,
      others: `${others.slice(0, -1).join(', ')} or ${others[others.length - 1]}`,
    },
  });
}

// Compiled once per rule's params, not once per summary section per lint (the language server lints per keystroke).
const causeSets = new WeakMap<object, PhraseSet>();

function checkFactors(ctx: CheckContext<'sections'>, s: Section): void {
  // An italic template note ("*Describe the root cause here*") is no factor at all.
  const blocks = body(ctx, s).filter(
    (b) => /[\p{L}\p{N}]/u.test(b.prose) && !/^\s*[*_][^*_][\s\S]*[*_]\s*$/.test(b.text),
  );
  if (!blocks.length) return;
  const subsections = ctx.doc.sections.filter((x) => x.start > s.end && x.start < s.bodyEnd);
  if (subsections.length >= 2) return;
  const items = blocks.filter((b) => b.kind === 'list-item' || b.kind === 'table-row');
  const depth = Math.min(...items.map((b) => b.depth ?? 0));
  const top = items.filter((b) => (b.depth ?? 0) === depth);
  // An intro line before the list ("Two things combined:") is not a factor.
  const prose = blocks
    .filter((b) => b.kind === 'paragraph' || b.kind === 'line')
    .filter((b) => !/:\s*$/.test(b.text.trim()));
  const sentences = prose.reduce((n, b) => n + ctx.doc.sentences(b).length, 0);
  const one = (top.length === 1 && prose.length === 0) || (top.length === 0 && prose.length === 1 && sentences <= 1);
  if (one) ctx.report({ start: s.start, end: s.end, message: msg(ctx, 'single') });
}
