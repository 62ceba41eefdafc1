/**
 * Line and column of a key in config text, so a validation error points into the file (the CLI prints
 * `file:line:col`, the language server puts a squiggle there). JSON is read as YAML, a superset of it,
 * because only the YAML parser keeps source ranges. Runs only when a file is already known to be wrong.
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';

/** 1-based line and column. */
interface Place {
  line: number;
  column: number;
}

function keyName(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

/**
 * The place of `path` (e.g. ['rules', 'timeline-zone', '1', 'zone']) in `text`: of the value, or of the
 * key itself when `atKey` (an unknown key). Falls back to the deepest part of the path that exists.
 */
export function locate(text: string, path: readonly string[], atKey: boolean): Place | undefined {
  try {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
    let node: unknown = doc.contents;
    let offset: number | undefined = (node as { range?: [number] } | null)?.range?.[0];
    for (const [i, segment] of path.entries()) {
      if (isMap(node)) {
        const pair = node.items.find((p) => keyName(p.key) === segment);
        if (!pair) break;
        const keyOffset = (pair.key as { range?: [number] } | null)?.range?.[0];
        if (atKey && i === path.length - 1) {
          offset = keyOffset ?? offset;
          break;
        }
        node = pair.value;
        offset = (pair.value as { range?: [number] } | null)?.range?.[0] ?? keyOffset ?? offset;
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)];
        if (item === undefined) break;
        node = item;
        offset = (item as { range?: [number] } | null)?.range?.[0] ?? offset;
      } else break;
    }
    if (offset === undefined) return undefined;
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  } catch {
    return undefined; // a place is a courtesy: never let finding it hide the real error
  }
}
