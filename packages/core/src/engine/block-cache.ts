import type { Block, PostmortemDocument, Sentence, Token } from '../document/types.js';
import type { Finding } from '../checks/types.js';
import type { ResolvedConfig } from '../types.js';
import { BoundedCache, bytes, clearAllCaches, flat, keepsAcrossLints, MB, own } from './bounded-cache.js';

// Shared helpers, re-exported for the modules that already import them from here.
export { acrossLints, BoundedCache, flat, own, perDocument } from './bounded-cache.js';

/**
 * Per-block caches keyed by content, so re-linting a document after a keystroke re-analyses only the
 * block that changed (the language server's case: one edit in a 20,000-word postmortem).
 *
 * - `maskedProse`: a block's masked prose, by its source text (masking is pure).
 * - `blockWords`: the lower-case words of a block's prose, by the prose (what the candidate scan matches).
 * - `runPerBlock`: a language rule's findings on one block, stored relative to the block's start and
 *   replayed at its current offset. The key holds everything those findings depend on: the rule and its
 *   config, the block's text, prose, kind, list/table facts and section kind and the document's language; with
 *   each entry go the document facts its run read (which of the block's words the document writes as terms
 *   elsewhere), checked on every lookup. Findings outside their block are never
 *   stored. The test test/core/block-cache.test.ts lints documents edit by edit and checks the diagnostics
 *   equal those of an uncached run.
 * - `cachedSentences`: a block's sentences (retext), by content, replayed at the block's offset.
 *
 * All caches are bounded (oldest entries go first) and hold copies, never slices of a document, so a
 * long editing session or batch run holds a fixed amount of memory.
 */

// One cache per language, keyed by the source itself: no key to build (and flatten) per block per lint.
const proseCaches = new Map<string, BoundedCache<string, string>>();

/** `compute(source)` once per distinct (language, source). */
export function maskedProse(source: string, language: string, compute: () => string): string {
  let cache = proseCaches.get(language);
  if (!cache)
    proseCaches.set(language, (cache = new BoundedCache<string, string>(4 * MB, (k, v) => bytes(k, v.length * 2))));
  let prose = cache.get(source);
  if (prose === undefined) {
    const key = flat(source);
    prose = compute();
    // Prose with nothing masked is the source itself, a slice that would keep the document alive.
    cache.set(key, (prose = prose === source ? key : prose));
  }
  return prose;
}

const wordsCache = new BoundedCache<string, string[]>(8 * MB, (k, v) => bytes(k, v.length * 40));
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const NO_WORDS: readonly string[] = [];

/** The distinct lower-case words of a prose string (curly apostrophes as straight ones). */
export function blockWords(prose: string): string[] {
  let words = wordsCache.get(prose);
  if (words === undefined) {
    const seen = new Set<string>();
    // match(), not matchAll(): the words as strings, not one match object each.
    for (const w of prose.toLowerCase().match(WORD) ?? NO_WORDS) seen.add(w.includes('’') ? w.replace(/’/g, "'") : w);
    wordsCache.set(flat(prose), (words = [...seen]));
  }
  return words;
}

/**
 * Findings of one rule on one block, offsets relative to the block start (null = "none"), and the document
 * facts they were computed from: each key asked about with its answer then (null = none asked).
 */
interface Stored {
  found: Finding[] | null;
  reads: Array<[string, boolean]> | null;
}
/**
 * By the block's source text, then its prose, then its other facts, then the context (rule and config).
 * Text and prose are looked up as they are (no key string is built, copied and hashed per block per lint);
 * only stored keys are copies. Weighed when first stored: later levels add little each.
 */
type ByFacts = Map<string, Map<number, Stored>>;
const findingsCache = new BoundedCache<string, Map<string, ByFacts>>(16 * MB, (k) => bytes(k, k.length * 2 + 512));
const blockFacts = new WeakMap<Block, string>();

/** Small integer ids for long context strings, so block keys stay short. */
const contextIds = new BoundedCache<string, number>(64);
let nextContextId = 0;

function idOf(context: string): number {
  let id = contextIds.get(context);
  if (id === undefined) contextIds.set(flat(context), (id = nextContextId++));
  return id;
}

/**
 * The config-level facts a language rule's findings on a block may depend on besides the block itself: the
 * rule and the resolved config (rule options, people, teams, vocabulary, section aliases). What the findings
 * read from the rest of the document (which words it writes as terms) is checked per entry: see `runPerBlock`.
 */
export function contextKey(ruleId: string, config: ResolvedConfig): number {
  // The rules of one lint share config: build its string once.
  if (config !== last.config) last = { config, text: JSON.stringify(config) };
  return idOf(`${ruleId}\u0000${last.text}`);
}

let last: { config?: ResolvedConfig; text: string } = { text: '' };

/**
 * The same findings by the part block a block was placed from (`Block.origin`), which
 * fixes everything `factsOf` reads but the language and the section's kind. Each value is the Map the content
 * cache holds for the block, so one store serves both; entries go when the part leaves the part cache.
 */
const findingsByOrigin = new WeakMap<Block, Map<string, Map<number, Stored>>>();

function remember(origin: Block, around: string, byContext: Map<number, Stored>): void {
  let byAround = findingsByOrigin.get(origin);
  if (!byAround) findingsByOrigin.set(origin, (byAround = new Map()));
  byAround.set(around, byContext);
}

// The language and section kind as one key, made once per pair: built per block per rule, it was a string a call.
const heads = new Map<string, Map<string, string>>();
function headOf(language: string, kind: string): string {
  let byKind = heads.get(language);
  if (!byKind) heads.set(language, (byKind = new Map()));
  let head = byKind.get(kind);
  if (head === undefined) byKind.set(kind, (head = `${language}\u0000${kind}`));
  return head;
}

function sectionKindOf(doc: PostmortemDocument, block: Block): string {
  const section = doc.sections[block.section];
  return section ? (section.kind ?? section.parentKind ?? '') : '';
}

/** Everything but text and prose that a block's findings may depend on; built once per block per lint. */
function factsOf(doc: PostmortemDocument, block: Block): string {
  const known = blockFacts.get(block);
  if (known !== undefined) return known;
  const section = doc.sections[block.section];
  // Joined by a separator no field holds (this runs for every block of every lint: no JSON.stringify); table
  // cells, whose headers are free text, keep JSON.
  const cells = block.cells
    ? JSON.stringify(block.cells.map((c) => [c.header, c.start - block.start, c.end - block.start]))
    : '';
  const facts = `${doc.language}\u0000${block.kind}\u0000${section ? (section.kind ?? section.parentKind) : ''}\u0000${block.checked ?? ''}\u0000${block.depth ?? ''}\u0000${block.level ?? ''}\u0000${block.split === true}\u0000${cells}`;
  blockFacts.set(block, facts);
  return facts;
}

const shift = (f: Finding, by: number): Finding => ({
  ...f,
  start: f.start + by,
  end: f.end + by,
  suggestions: f.suggestions?.map((s) => ({
    ...s,
    start: s.start === undefined ? undefined : s.start + by,
    end: s.end === undefined ? undefined : s.end + by,
  })),
});

function inside(f: Finding, block: Block): boolean {
  const ok = (o: number | undefined) => o === undefined || (o >= block.start && o <= block.end);
  return ok(f.start) && ok(f.end) && (f.suggestions ?? []).every((s) => ok(s.start) && ok(s.end));
}

/** What a block's findings may read from the rest of the document: facts asked by key, answered yes or no. */
export interface DocumentFacts {
  /** The current answer for a key. */
  has(key: string): boolean;
  /** The keys the last run on `block` asked about, with the answers it got. */
  readBy(block: Block): ReadonlyArray<[string, boolean]>;
}

/** Whether the document still answers as it did when the findings were stored (a loop: this runs per block per rule). */
function stillHold(reads: Stored['reads'], facts: DocumentFacts): boolean {
  if (reads) for (const [key, yes] of reads) if (facts.has(key) !== yes) return false;
  return true;
}

let runs = 0;
/** How many times `runPerBlock` has run a rule on a block (not served it from the cache): tests count re-checks. */
export const blockRuns = (): number => runs;

/**
 * Runs `run(block, report)` for each block whose findings are not cached under `context` with the same
 * answers to the document facts they read, and reports every block's findings (cached ones shifted to the
 * block's current offset) in block order. So an edit re-checks the edited block, and another block only when a
 * fact it read changed (a word it writes became a term elsewhere): never every block on every new word.
 */
export function runPerBlock(
  doc: PostmortemDocument,
  blocks: readonly Block[],
  context: number,
  facts: DocumentFacts,
  run: (block: Block, report: (f: Finding) => void) => void,
  report: (f: Finding) => void,
  /** What else the findings read besides the block and its section (whole-document checks: see CheckContext.cached). */
  extra = '',
  /** Told the document facts each block's findings read (engine/carry.ts keeps them with a rule's findings). */
  onReads?: (reads: ReadonlyArray<[string, boolean]>) => void,
): void {
  // A one-off lint reads nothing back: no keys, facts or relative copies.
  if (!keepsAcrossLints()) {
    for (const block of blocks) {
      runs++;
      run(block, report);
    }
    return;
  }
  for (const block of blocks) {
    // By the part block it was placed from, when there is one (no text to hash and compare); else, or when that
    // misses (a block of an edited part), by content.
    const { origin } = block;
    const head = headOf(doc.language, sectionKindOf(doc, block));
    const around = extra ? `${head}\u0000${extra}` : head;
    let byContext = origin && findingsByOrigin.get(origin)?.get(around);
    let blockFacts: string | undefined;
    if (!byContext) {
      blockFacts = extra ? `${factsOf(doc, block)}\u0000${extra}` : factsOf(doc, block);
      byContext = findingsCache.get(block.text)?.get(block.prose)?.get(blockFacts);
      if (byContext && origin) remember(origin, around, byContext);
    }
    const stored = byContext?.get(context);
    if (stored !== undefined && stillHold(stored.reads, facts)) {
      if (stored.found) for (const f of stored.found) report(shift(f, block.start));
      if (stored.reads) onReads?.(stored.reads);
      continue;
    }
    runs++;
    const found: Finding[] = [];
    run(block, (f) => found.push(f));
    for (const f of found) report(f);
    const reads = facts.readBy(block).map(([key, yes]): [string, boolean] => [flat(key), yes]);
    onReads?.(reads);
    if (!found.every((f) => inside(f, block))) continue;
    if (!byContext) {
      let byProse = findingsCache.get(block.text);
      if (!byProse) findingsCache.set(flat(block.text), (byProse = new Map()));
      let byFacts = byProse.get(block.prose);
      if (!byFacts) byProse.set(flat(block.prose), (byFacts = new Map()));
      byFacts.set(blockFacts!, (byContext = new Map()));
      if (origin) remember(origin, around, byContext);
    }
    byContext.set(context, {
      found: found.length ? own(found.map((f) => shift(f, -block.start))) : null,
      reads: reads.length ? reads : null,
    });
  }
}

type StoredSentence = Omit<Sentence, 'words'>;
interface Placed {
  at: number;
  sentences: Sentence[];
}
/**
 * The sentences handed out for an entry, and where, by parse: a block that did not move since the previous
 * document gets the same objects (other caches key facts about a sentence by the object). Only the current and
 * the previous parse are held: sentences carry the document's options (and so the whole document) beside them
 * in those caches, so holding every version of a block being typed kept hundreds of MB alive. (A WeakRef hold
 * did not help a batch: targets stay alive until the synchronous job ends, so repeated lints in one job grew
 * the heap by a document each.)
 */
let current = new Map<StoredSentence[], Placed>();
let previous = new Map<StoredSentence[], Placed>();

/** A new document is being parsed: the one before the last lets go of its sentences. */
export function nextSentenceGeneration(): void {
  previous = current;
  current = new Map();
}

// By source text, then prose, then language and kind (looked up as they are, like the findings).
const sentenceCache = new BoundedCache<string, Map<string, Map<string, StoredSentence[]>>>(16 * MB, (k) =>
  bytes(k, k.length * 2 + k.length * 30),
);

/**
 * A block's sentences, parsed once per distinct block content (language, kind, text, prose) and
 * replayed at the block's current offset: checks without triggers (summary shape, timelines) ask for
 * the same blocks' sentences on every keystroke.
 */
export function cachedSentences(block: Block, language: string, parse: () => Sentence[]): Sentence[] {
  // (The document holds each block's sentences for the rest of a lint.)
  if (!keepsAcrossLints()) return parse();
  const kind = `${language}\u0000${block.kind}`;
  let stored = sentenceCache.get(block.text)?.get(block.prose)?.get(kind);
  if (stored === undefined) {
    const at = block.start;
    const parsed = parse();
    // Copied field by field, not through JSON (this runs for every new block); V8 copies a slice shorter than 13
    // characters, a longer one is flattened so it keeps no document alive.
    stored = parsed.map((s) => ({
      start: s.start - at,
      end: s.end - at,
      text: flat(s.text),
      tokens: s.tokens.map((t) => ({
        kind: t.kind,
        text: t.text.length < 13 ? t.text : flat(t.text),
        start: t.start - at,
        end: t.end - at,
      })),
    }));
    let byProse = sentenceCache.get(block.text);
    if (!byProse) sentenceCache.set(flat(block.text), (byProse = new Map()));
    let byKind = byProse.get(block.prose);
    if (!byKind) byProse.set(flat(block.prose), (byKind = new Map()));
    byKind.set(kind, stored);
    // This document gets the parse itself, not a third copy (it holds slices of this document only, and `current`
    // lets go of it two documents later).
    current.set(stored, { at, sentences: parsed });
    return parsed;
  }
  const last = current.get(stored) ?? previous.get(stored);
  if (last && last.at === block.start) {
    current.set(stored, last);
    return last.sentences;
  }
  const sentences: Sentence[] = stored.map((s) => new MovedSentence(s, block.start));
  current.set(stored, { at: block.start, sentences });
  return sentences;
}

/**
 * A stored sentence at a block's new offset. Every keystroke moves the blocks after it, and the checks that ask
 * for a moved block's sentences again (a summary's length, a timeline entry's words) mostly read only where they
 * are and their text: the tokens are placed when first read, not copied for every moved block of every lint.
 * Its own fields are a sentence's (the rest is private), and its JSON is a sentence's; a spread copies only
 * `start`, `end` and `text` (no check spreads a sentence it did not parse itself).
 */
class MovedSentence implements Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly #stored: StoredSentence;
  readonly #by: number;
  #tokens: Token[] | undefined;
  #words: Token[] | undefined;
  constructor(stored: StoredSentence, by: number) {
    this.start = stored.start + by;
    this.end = stored.end + by;
    this.text = stored.text;
    this.#stored = stored;
    this.#by = by;
  }
  get tokens(): Token[] {
    const by = this.#by;
    return (this.#tokens ??= this.#stored.tokens.map((t) => ({
      kind: t.kind,
      text: t.text,
      start: t.start + by,
      end: t.end + by,
    })));
  }
  get words(): Token[] {
    return (this.#words ??= this.tokens.filter((t) => t.kind === 'word'));
  }
  toJSON(): Sentence {
    return { start: this.start, end: this.end, text: this.text, tokens: this.tokens, words: this.words };
  }
}

/** Drops every cached entry (tests; the benchmark, so each file costs what a first file does). */
export function clearBlockCaches(): void {
  clearAllCaches();
  current = new Map();
  previous = new Map();
}
