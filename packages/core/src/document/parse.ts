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
  const frontMatter = language === 'text' ? null : readFrontMatter(text);
  // A BOM is not content: blank it so block parsers see a heading or front matter at the top.
  const unmarked = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
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
    isPostmortem: declared === 'postmortem' || declared === 'post-mortem' || looksLikePostmortem(kinds, text),
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

// Summary and Action items (or Overview and Next steps) also head READMEs and threat models; a timeline,
// contributing factors or lessons, or the vocabulary of incidents, is what makes two sections a postmortem.
const DISTINCT = ['timeline', 'contributing-factors', 'lessons'];
const INCIDENT_WORDS = /\b(?:incidents?|outages?|post-?mortems?|downtime|root causes?)\b/i;

function looksLikePostmortem(kinds: Set<unknown>, text: string): boolean {
  if (kinds.size < 2) return false;
  return DISTINCT.some((k) => kinds.has(k)) || INCIDENT_WORDS.test(text);
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
  for (let i = 0; i < sections.length; i++) {
    for (let j = i + 1; j < sections.length; j++) {
      if (sections[j].level <= sections[i].level) {
        sections[i].bodyEnd = sections[j].start;
        break;
      }
    }
    // A sub-heading such as `### 2026-03-04` belongs to the nearest enclosing classified section.
    for (let j = i - 1; j >= 0; j--) {
      if (sections[j].level < sections[i].level && sections[j].bodyEnd > sections[i].start) {
        sections[i].parentKind = sections[j].kind ?? sections[j].parentKind;
        if (sections[i].parentKind) break;
      }
    }
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
