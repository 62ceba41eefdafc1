import type { Language } from '../types.js';

/**
 * Inline masking: replaces the non-prose spans of a Markdown block's source with placeholders of the
 * same length, so the NLP parse of the result has source offsets by construction. Code and URLs become
 * one run of `x` (they still read as a noun: "the `worker` failed" keeps its subject); markup, HTML and
 * link targets become spaces. Every scan here is linear: no regex can backtrack across the block.
 */
export interface Mask {
  start: number;
  end: number;
  kind: 'code' | 'url' | 'html' | 'markup';
}

export interface Masked {
  prose: string;
  masks: Mask[];
}

const PLACEHOLDER = 'x';
/** What every mask below starts with: a code, HTML, link, footnote, emphasis or escape character, or a URL. */
const MAY_MASK = /[`<\]\\*_~{]|https?:\/\/|www\./i;

export function maskInline(source: string, language: Language = 'markdown'): Masked {
  // Most blocks hold none of the characters any mask starts with: nothing to copy character by character.
  if (!MAY_MASK.test(source)) return { prose: source, masks: [] };
  const mdx = language === 'mdx';
  const chars = source.split('');
  const masks: Mask[] = [];
  const taken = new Uint8Array(source.length);
  const put = (start: number, end: number, kind: Mask['kind']): void => {
    if (end <= start) return;
    for (let i = start; i < end; i++) if (taken[i]) return;
    for (let i = start; i < end; i++) {
      taken[i] = 1;
      if (chars[i] === '\n' && kind !== 'code' && kind !== 'url') continue;
      chars[i] = kind === 'code' || kind === 'url' ? PLACEHOLDER : ' ';
    }
    if (kind === 'code') {
      // The backticks themselves are markup; the content is the placeholder word.
      let s = start;
      while (s < end && source[s] === '`') chars[s++] = ' ';
      let e = end;
      while (e > s && source[e - 1] === '`') chars[--e] = ' ';
    }
    masks.push({ start, end, kind });
  };

  if (language === 'text') {
    maskUrls(source, put);
    return { prose: chars.join(''), masks };
  }
  maskCodeSpans(source, put);
  maskDelimited(source, '<!--', '-->', 'html', put);
  if (mdx) maskDelimited(source, '{/*', '*/}', 'html', put);
  for (const m of source.matchAll(/<(?:https?|mailto|ftp):[^\s<>]*>/gi)) put(m.index, m.index + m[0].length, 'url');
  for (const m of source.matchAll(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g))
    put(m.index, m.index + m[0].length, 'html');
  maskLinks(source, put);
  maskUrls(source, put);
  for (const m of source.matchAll(/\[\^[^\]\s]*\]/g)) put(m.index, m.index + m[0].length, 'markup');
  maskEmphasis(source, put);
  if (masks.length > 1) masks.sort((a, b) => a.start - b.start);
  return { prose: chars.join(''), masks };
}

function maskUrls(source: string, put: Put): void {
  for (const m of source.matchAll(/\b(?:https?:\/\/|www\.)[^\s<>()[\]]+/gi)) {
    const url = m[0].replace(/[.,;:!?'"]+$/, '');
    put(m.index, m.index + url.length, 'url');
  }
}

type Put = (start: number, end: number, kind: Mask['kind']) => void;

function maskCodeSpans(source: string, put: Put): void {
  const runs: Array<{ start: number; len: number }> = [];
  for (let i = 0; i < source.length; i++) {
    if (source[i] !== '`' || (i > 0 && source[i - 1] === '\\' && source[i - 2] !== '\\')) continue;
    let j = i;
    while (j < source.length && source[j] === '`') j++;
    runs.push({ start: i, len: j - i });
    i = j - 1;
  }
  // For each run length, the next unused run of the same length closes it (CommonMark's rule).
  const byLen = new Map<number, number[]>();
  runs.forEach((r, idx) => {
    const list = byLen.get(r.len) ?? [];
    list.push(idx);
    byLen.set(r.len, list);
  });
  const cursor = new Map<number, number>();
  let after = -1;
  for (let idx = 0; idx < runs.length; idx++) {
    const open = runs[idx];
    if (open.start < after) continue;
    const list = byLen.get(open.len)!;
    let c = cursor.get(open.len) ?? 0;
    while (c < list.length && list[c] <= idx) c++;
    cursor.set(open.len, c);
    if (c >= list.length) continue;
    const close = runs[list[c]];
    put(open.start, close.start + close.len, 'code');
    after = close.start + close.len;
  }
}

function maskDelimited(source: string, open: string, close: string, kind: Mask['kind'], put: Put): void {
  let from = 0;
  for (;;) {
    const s = source.indexOf(open, from);
    if (s === -1) return;
    const e = source.indexOf(close, s + open.length);
    if (e === -1) return;
    put(s, e + close.length, kind);
    from = e + close.length;
  }
}

/** `[text](target)`, `![alt](src)`, `[text][ref]`: brackets and targets are markup, link text stays prose. */
function maskLinks(source: string, put: Put): void {
  for (let i = source.indexOf(']'); i !== -1; i = source.indexOf(']', i + 1)) {
    const next = source[i + 1];
    if (next !== '(' && next !== '[') continue;
    const closer = next === '(' ? ')' : ']';
    let depth = 0;
    let j = i + 1;
    for (; j < source.length && j - i < 2048; j++) {
      const ch = source[j];
      if (ch === '\n') break;
      if (ch === next) depth++;
      else if (ch === closer && --depth === 0) break;
    }
    if (source[j] !== closer) continue;
    const open = source.lastIndexOf('[', i);
    if (open === -1 || i - open > 2048) continue;
    const image = open > 0 && source[open - 1] === '!';
    if (image) put(open - 1, j + 1, 'markup');
    else {
      put(open, open + 1, 'markup');
      put(i, j + 1, 'markup');
    }
    i = j;
  }
}

/** `**`, `__`, `~~` anywhere; a single `*` or `_` only at a word edge (snake_case stays a word). */
function maskEmphasis(source: string, put: Put): void {
  const word = /[\p{L}\p{N}]/u;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\' && i + 1 < source.length && /[*_~`[\]\\#|]/.test(source[i + 1])) {
      put(i, i + 1, 'markup');
      i++;
      continue;
    }
    if (ch !== '*' && ch !== '_' && ch !== '~') continue;
    let j = i;
    while (j < source.length && source[j] === ch) j++;
    const before = i > 0 ? source[i - 1] : ' ';
    const after = j < source.length ? source[j] : ' ';
    const edge = !word.test(before) || !word.test(after);
    if ((ch === '~' && j - i >= 2) || (ch !== '~' && (edge || ch === '*'))) put(i, j, 'markup');
    i = j - 1;
  }
}
