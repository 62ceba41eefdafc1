import type { Language, SectionKind } from '../types.js';
import type { Block, PostmortemDocument, Section, Sentence } from './types.js';
import { readFrontMatter } from './front-matter.js';
import type { RawHeading } from './markdown.js';
import { readMarkdown } from './markdown-parts.js';
import { readPlainText } from './text.js';
import { classifyHeading, classifyLabel, classifyTopLevel } from './sections.js';
import { timedRuns } from './timeline-runs.js';
import { positionMapper } from './positions.js';
import { parseSentences } from './sentences.js';
import { cachedSentences, nextSentenceGeneration } from '../engine/block-cache.js';

export interface ParseOptions {
  language?: Language;
  /** Extra heading aliases per section kind (config `sections`). */
  sections?: Partial<Record<SectionKind, string[]>>;
}

/** Text -> PostmortemDocument. Never throws on any string; sentences are parsed lazily per block. */
export function parseDocument(text: string, options: ParseOptions = {}): PostmortemDocument {
  const language = options.language ?? 'markdown';
  const aliases = options.sections ?? {};
  nextSentenceGeneration();
  // A lone CR (old Mac files, some exports) ends a line as \n does; it becomes \n for the parsers, which
  // keeps every offset, so blocks, positions and fixes agree on what a line is.
  const lined = text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
  const frontMatter = language === 'text' ? null : readFrontMatter(lined);
  // A BOM is not content: blank it so block parsers see a heading or front matter at the top.
  const unmarked = lined.charCodeAt(0) === 0xfeff ? ` ${lined.slice(1)}` : lined;
  const structure =
    language === 'text' ? readPlainText(unmarked, aliases) : readMarkdown(unmarked, language, frontMatter ?? undefined);
  const sections = buildSections(structure.headings, text.length, aliases);
  assignSections(structure.blocks, sections);
  // Recognition counts the sections a heading names outright: the heading model reads a README's "Why use it?"
  // as well as a postmortem's "What set the trap", and must not make a postmortem of a README.
  const kinds = new Set(
    sections
      .filter((s) => s.kind && (s.kind === 'timeline' || classifyLabel(s.heading, aliases) === s.kind))
      .map((s) => s.kind),
  );
  const declared = String(frontMatter?.data.type ?? '').toLowerCase();
  const cache = new WeakMap<Block, Sentence[]>();
  const position = positionMapper(text);
  return {
    text,
    language,
    frontMatter,
    sections,
    blocks: structure.blocks,
    comments: structure.comments,
    isPostmortem:
      POSTMORTEM_TYPES.test(declared) ||
      (!declared &&
        looksLikePostmortem(
          kinds,
          text,
          titleOf(frontMatter?.data, structure.headings, text),
          () => timedRuns(structure.blocks, {}).length > 0,
        )),
    sentences(block) {
      let found = cache.get(block);
      if (!found) {
        found = cachedSentences(block, language, () => parseSentences(block, language));
        cache.set(block, found);
      }
      return found;
    },
    position,
  };
}

// Recognition, from evidence; front matter `type: postmortem` or any other `type:` (`other`, `guide`) decides
// instead. Summary and Action items (or Overview and Next steps) also head READMEs and threat models: two
// canonical sections make a postmortem when one is a timeline, contributing factors or lessons, or the text
// speaks of incidents. A title that names an incident ("Incident report: …", "Hex outage", "Post-mortem:
// downtime on …") makes one with a single canonical section, or with the vocabulary of incidents in its text;
// a title that teaches about incidents ("How to write a postmortem", "Incident response guide") does not.
const POSTMORTEM_TYPES = /^(?:post-?mortem|incident|incident[- ]report|incident[- ]review|rca|retrospective)$/;
const DISTINCT = ['timeline', 'contributing-factors', 'lessons'];
const INCIDENT_WORDS =
  /\b(?:incidents?|outages?|post-?mortems?|downtime|root causes?|went down|service disruption)\b/gi;
const INCIDENT_TITLE =
  /\b(?:incident|outage|post-?mortem|post mortem|downtime|retrospective|rca|root cause|went down|took (?:out|down)|disruption|service interruption|security (?:incident|breach)|breach|compromised?)\b/i;
const GUIDANCE_TITLE =
  /\b(?:how to|guide|guidelines|culture|process|best practices|writing|playbook|handbook|policy|management|response plan)\b/i;

function looksLikePostmortem(kinds: Set<unknown>, text: string, title: string, timed: () => boolean): boolean {
  // A run of timed entries under any heading ("Step-by-step log") is a timeline; asked only when it decides.
  if (!kinds.has('timeline') && kinds.size >= 1 && timed()) kinds = new Set([...kinds, 'timeline']);
  // `match`, not `test`: a global regex's `test` keeps its lastIndex, and the next document was then read from
  // there (a postmortem linted after another one could lose all its structure rules).
  if (kinds.size >= 2 && (DISTINCT.some((k) => kinds.has(k)) || text.match(INCIDENT_WORDS) !== null)) return true;
  if (!INCIDENT_TITLE.test(title) || GUIDANCE_TITLE.test(title)) return false;
  return kinds.size >= 1 || (text.match(INCIDENT_WORDS)?.length ?? 0) >= 2;
}

/** The document's title: front matter `title` (and `description`), a `title:` line near the top (MDX), or the first heading. */
function titleOf(data: Record<string, unknown> | undefined, headings: RawHeading[], text: string): string {
  const fm = [data?.title, data?.description].filter((x) => typeof x === 'string').join(' ');
  if (fm) return fm;
  const line = /^\s*title:\s*['"]?([^'"\n]+)/m.exec(text.slice(0, 2000));
  if (line) return line[1]!;
  return headings[0]?.text ?? '';
}

function buildSections(
  headings: RawHeading[],
  length: number,
  aliases: Partial<Record<SectionKind, string[]>>,
): Section[] {
  const sections: Section[] = headings.map((h) => ({
    kind: h.level === 1 ? classifyTopLevel(h.text, aliases) : classifyHeading(h.text, aliases),
    heading: h.text,
    level: h.level,
    start: h.start,
    end: h.end,
    bodyEnd: length,
    parentKind: null,
  }));
  // One pass with the stack of open sections (a scan per heading was quadratic: 100,000 headings took 13 s).
  const open: Section[] = [];
  const parents: Array<Section | undefined> = [];
  const timedChildren = new Map<Section, number>();
  for (const section of sections) {
    while (open.length && open[open.length - 1]!.level >= section.level) open.pop()!.bodyEnd = section.start;
    const parent = open[open.length - 1];
    parents.push(parent);
    if (parent && TIMED_HEADING.test(section.heading)) timedChildren.set(parent, (timedChildren.get(parent) ?? 0) + 1);
    open.push(section);
  }
  // A section told minute by minute under headings of their own (`### 19:02`, `### 2026-03-04`) is the
  // timeline whatever its heading says ("What we saw, minute by minute", "What happened").
  for (const [section, count] of timedChildren)
    if (count >= 2 && (section.kind === null || section.kind === 'summary')) section.kind = 'timeline';
  // A sub-heading such as `### 2026-03-04` belongs to the nearest enclosing classified section.
  sections.forEach((section, i) => {
    const parent = parents[i];
    if (parent) section.parentKind = parent.kind ?? parent.parentKind;
  });
  return sections;
}

/** A heading that is a time or a date: `19:02`, `**00:27 UTC**`, `2026-03-04`, `[14:02]`, `2:15 PM`. */
const TIMED_HEADING = /^[\s*_[(]*(?:\d{1,2}[:.h]\d{2}\b|\d{4}-\d{2}-\d{2}\b|\d{1,2}(?::\d{2})?\s*[ap]\.?m\b|T[+-]\d)/i;

function assignSections(blocks: Block[], sections: Section[]): void {
  let s = -1;
  for (const block of blocks) {
    while (s + 1 < sections.length && sections[s + 1].start <= block.start) s++;
    block.section = s;
  }
}
