import { parse } from 'yaml';

export interface FrontMatter {
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
  let data: Record<string, unknown> = {};
  try {
    const parsed: unknown = parse(rest.slice(0, m.index));
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) data = parsed as Record<string, unknown>;
  } catch {
    data = {};
  }
  return { data, start: 0, end };
}

/** Same text with the front matter blanked (newlines kept) so block parsers keep their line numbers. */
export function blankRange(text: string, start: number, end: number): string {
  return text.slice(0, start) + text.slice(start, end).replace(/[^\n]/g, ' ') + text.slice(end);
}
