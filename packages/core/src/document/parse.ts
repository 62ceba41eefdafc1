import type { Language, SectionKind } from '../types.js';
import type { Block, PostmortemDocument, Section, Sentence } from './types.js';
import { blankRange, readFrontMatter } from './front-matter.js';
import type { RawHeading } from './markdown.js';
import { readMarkdown } from './markdown-parts.js';
import { readPlainText } from './text.js';
import { classifyHeading } from './sections.js';
import { positionMapper } from './positions.js';
import { parseSentences } from './sentences.js';
import { cachedSentences } from '../engine/block-cache.js';

export interface ParseOptions {
  language?: Language;
  /** Extra heading aliases per section kind (config `sections`). */
  sections?: Partial<Record<SectionKind, string[]>>;
}

/** Text -> PostmortemDocument. Never throws on any string; sentences are parsed lazily per block. */
export function parseDocument(text: string, options: ParseOptions = {}): PostmortemDocument {
  const language = options.language ?? 'markdown';
  const aliases = options.sections ?? {};
  // A lone CR (old Mac files, some exports) ends a line as \n does; it becomes \n for the parsers, which
  // keeps every offset, so blocks, positions and fixes agree on what a line is.
  const lined = text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
  const frontMatter = language === 'text' ? null : readFrontMatter(lined);
  // A BOM is not content: blank it so block parsers see a heading or front matter at the top.
  const unmarked = lined.charCodeAt(0) === 0xfeff ? ` ${lined.slice(1)}` : lined;
  const body = frontMatter ? blankRange(unmarked, frontMatter.start, frontMatter.end) : unmarked;
  const structure =
    language === 'text' ? readPlainText(body, aliases) : readMarkdown(body, language);
  const sections = buildSections(structure.headings, text.length, aliases);
  assignSections(structure.blocks, sections);
  const kinds = new Set(sections.map((s) => s.kind).filter(Boolean));
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
    isPostmortem: POSTMORTEM_TYPES.test(declared) || !declared && looksLikePostmortem(kinds, text, titleOf(frontMatter?.data, structure.headings, text)),
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
const INCIDENT_WORDS = /\b(?:incidents?|outages?|post-?mortems?|downtime|root causes?|went down|service disruption)\b/gi;
const INCIDENT_TITLE = /\b(?:incident|outage|post-?mortem|post mortem|downtime|retrospective|rca|root cause|went down|took (?:out|down)|disruption|service interruption|security (?:incident|breach)|breach|compromised?)\b/i;
const GUIDANCE_TITLE = /\b(?:how to|guide|guidelines|culture|process|best practices|writing|playbook|handbook|policy|management|response plan)\b/i;

function looksLikePostmortem(kinds: Set<unknown>, text: string, title: string): boolean {
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

function buildSections(headings: RawHeading[], length: number, aliases: Partial<Record<SectionKind, string[]>>): Section[] {
  const sections: Section[] = headings.map((h) => ({
    kind: classifyHeading(h.text, aliases),
    heading: h.text,
    level: h.level,
    start: h.start,
    end: h.end,
    bodyEnd: length,
    parentKind: null,
  }));
  // One pass with the stack of open sections (a scan per heading was quadratic: 100,000 headings took 13 s).
  const open: Section[] = [];
  for (const section of sections) {
    while (open.length && open[open.length - 1]!.level >= section.level) open.pop()!.bodyEnd = section.start;
    // A sub-heading such as `### 2026-03-04` belongs to the nearest enclosing classified section.
    const parent = open[open.length - 1];
    if (parent) section.parentKind = parent.kind ?? parent.parentKind;
    open.push(section);
  }
  return sections;
}

function assignSections(blocks: Block[], sections: Section[]): void {
  let s = -1;
  for (const block of blocks) {
    while (s + 1 < sections.length && sections[s + 1].start <= block.start) s++;
    block.section = s;
  }
}
