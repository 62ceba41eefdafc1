/**
 * The highlighted mirror: a copy of the text behind the transparent textarea, with a <mark> over each stretch
 * that findings cover. Findings may overlap, so the text is cut at every start and end; each piece lists the
 * findings covering it (`data-ids`) and its offsets, and takes the colour of the most severe one. A finding
 * with an empty range is an empty mark at its offset.
 */
import type { Diagnostic } from '@blameless-lint/core';

const RANK: Record<string, number> = { info: 0, warning: 1, error: 2 };

function mark(start: number, end: number, ids: number[], diagnostics: readonly Diagnostic[], text: string): HTMLElement {
  const el = document.createElement('mark');
  const severity = ids.map((i) => diagnostics[i].severity).reduce((a, b) => (RANK[b] > RANK[a] ? b : a));
  el.className = `sev-${severity}${start === end ? ' point' : ''}`;
  el.dataset.ids = ids.join(' ');
  el.dataset.start = String(start);
  el.dataset.end = String(end);
  el.textContent = text.slice(start, end);
  return el;
}

/** Replaces the mirror's content: `text` with the findings marked. Linear in the text plus the findings (a sweep over sorted cuts). */
export function renderHighlights(mirror: HTMLElement, text: string, diagnostics: readonly Diagnostic[]): void {
  const starts = new Map<number, number[]>();
  const ends = new Map<number, number[]>();
  const points = new Map<number, number[]>();
  const cuts = new Set<number>([0, text.length]);
  diagnostics.forEach((d, i) => {
    const [s, e] = [d.range.start.offset, d.range.end.offset];
    const into = s === e ? points : starts;
    into.set(s, [...(into.get(s) ?? []), i]);
    if (s !== e) ends.set(e, [...(ends.get(e) ?? []), i]);
    cuts.add(s).add(e);
  });
  const sorted = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const fragment = document.createDocumentFragment();
  const active = new Set<number>();
  for (let k = 0; k < sorted.length; k++) {
    const at = sorted[k];
    for (const i of ends.get(at) ?? []) active.delete(i);
    for (const i of starts.get(at) ?? []) active.add(i);
    const here = points.get(at);
    if (here) fragment.append(mark(at, at, here, diagnostics, text));
    const next = sorted[k + 1];
    if (next === undefined) break;
    if (active.size === 0) fragment.append(text.slice(at, next));
    else fragment.append(mark(at, next, [...active].sort((a, b) => a - b), diagnostics, text));
  }
  // A textarea shows a last empty line after a final newline; the mirror needs a character there to match.
  fragment.append('\u200b');
  mirror.replaceChildren(fragment);
}
