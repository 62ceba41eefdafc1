import { CORE_SCHEMA, load, Type } from 'js-yaml';
import { BoundedCache, flat } from '../engine/block-cache.js';

interface FrontMatter {
  data: Record<string, unknown>;
  start: number;
  end: number;
}

const OPEN = /^\uFEFF?---[ \t]*\r?\n/;

/** YAML front matter between `---` lines at the very top. Unparseable YAML counts as none (it is not prose either). */
export function readFrontMatter(text: string): FrontMatter | null {
  const open = OPEN.exec(text);
  if (!open) return null;
  const close = /^(?:---|\.\.\.)[ \t]*$/m;
  const rest = text.slice(open[0].length);
  const m = close.exec(rest);
  if (!m) return null;
  const end = open[0].length + m.index + m[0].length;
  const source = rest.slice(0, m.index);
  // The language server re-reads the front matter on every keystroke: parse each distinct one once.
  let data = parsed.get(source);
  if (data === undefined) {
    data = {};
    try {
      // js-yaml, not the yaml package the config files are read with: a one-off lint reads the front matter every
      // time, and js-yaml read the examples' and the corpus's 6-8x faster, to the same values. `json` lets a
      // repeated key win instead of throwing, since the linter reads a few keys (type, title) and does not judge
      // the YAML. An alias is a shared reference, never expanded, so alias bombs stay small.
      const value: unknown = load(source, { schema: FRONT_MATTER, json: true });
      if (value && typeof value === 'object' && !Array.isArray(value)) data = value as Record<string, unknown>;
    } catch {
      data = {};
    }
    parsed.set(flat(source), data);
  }
  return { data, start: 0, end };
}

const parsed = new BoundedCache<string, Record<string, unknown>>(256);

/**
 * YAML 1.2's core schema (dates stay the strings written, no Date objects), where a tag it does not know
 * ("!Ref x", "!!timestamp 2026-01-02", a site generator's own) reads as the value it tags: js-yaml would
 * otherwise throw, and one tag would cost the whole front matter, `type: postmortem` with it.
 */
const FRONT_MATTER = CORE_SCHEMA.extend(
  ['!', 'tag:yaml.org,2002:'].flatMap((prefix) =>
    (['scalar', 'sequence', 'mapping'] as const).map(
      (kind) => new Type(prefix, { kind, multi: true, construct: (data: unknown) => data }),
    ),
  ),
);

/** Same text with the front matter blanked (newlines kept) so block parsers keep their line numbers. */
export function blankRange(text: string, start: number, end: number): string {
  return text.slice(0, start) + text.slice(start, end).replace(/[^\n]/g, ' ') + text.slice(end);
}
