import type { Language, SectionKind } from '../types.js';

/** A word or other token of a sentence, with source offsets (0-based, UTF-16, end exclusive). */
export interface Token {
  kind: 'word' | 'punctuation' | 'symbol' | 'whitespace' | 'masked';
  /** The source text of the token (for masked tokens: the original code/URL/HTML). */
  text: string;
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Source text of the sentence (masked spans replaced by the placeholder character). */
  text: string;
  tokens: Token[];
  /** Only the `word` tokens, in order: what most checks walk. */
  words: Token[];
}

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-row' | 'line';

export interface TableCell {
  /** The header cell's text for this column ('' when the table has none). */
  header: string;
  text: string;
  start: number;
  end: number;
}

/**
 * A unit of prose. Paragraphs are also split into `line` blocks when they hold several lines
 * (timelines are often plain lines); list items and table rows are their own blocks.
 */
export interface Block {
  kind: BlockKind;
  /** Offsets of the block's own text in the source (markers such as `- [ ] ` and `|` excluded). */
  start: number;
  end: number;
  /** Source text between start and end. */
  text: string;
  /** Same length as `text`: non-prose spans (inline code, URLs, HTML, link targets, emphasis marks) replaced by placeholders. */
  prose: string;
  /** Index into `PostmortemDocument.sections`, or -1 before the first heading. */
  section: number;
  /** For list items: task checkbox state, or null when the item has no checkbox. */
  checked?: boolean | null;
  /** For list items: nesting depth (0 = top level). */
  depth?: number;
  /** For table rows: the cells with their header. */
  cells?: TableCell[];
  /** For heading blocks: the level (1–6). */
  level?: number;
  /** True for a paragraph that was split into `line` blocks (rules then look at the lines). */
  split?: boolean;
  /**
   * The block of the cached Markdown part this one was placed from (document/markdown-parts.ts): the same object
   * in every lint while the part's text is unchanged, so caches find a block's findings by it, not by its text.
   * A block made any other way has none; a copy with other text must not keep it.
   */
  origin?: Block;
}

export interface Section {
  /** Canonical kind from heading aliases, or null for other headings. */
  kind: SectionKind | null;
  heading: string;
  level: number;
  /** Offsets of the heading text. */
  start: number;
  end: number;
  /** Offset where the section's body ends (next heading of the same or higher level, or end of text). */
  bodyEnd: number;
  /** The nearest enclosing section with a kind (for sub-headings such as `### 2026-03-04` under Timeline). */
  parentKind: SectionKind | null;
}

/** An HTML or MDX comment, the carrier of inline suppressions. */
export interface Comment {
  start: number;
  end: number;
  /** Text inside the comment delimiters, trimmed. */
  body: string;
}

export interface PostmortemDocument {
  text: string;
  language: Language;
  frontMatter: { data: Record<string, unknown>; start: number; end: number } | null;
  sections: Section[];
  blocks: Block[];
  comments: Comment[];
  /** At least two canonical sections, or front matter `type: postmortem`. */
  isPostmortem: boolean;
  /** Sentences of a block, parsed lazily with retext-english and cached. */
  sentences(block: Block): Sentence[];
  /** 1-based line and column for an offset. */
  position(offset: number): { line: number; column: number; offset: number };
}
