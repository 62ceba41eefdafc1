import { modify, parseTree, type Edit, type Node, type ParseError } from 'jsonc-parser';

/** Offset edits that add a value to a list, or why the file cannot be edited (null: the value is there already). */
type JsonListEdit = { edits: Edit[] } | { refused: string } | null;

const keyOf = (property: Node) => property.children?.[0]?.value as unknown;

/**
 * The text between the last two children of an object or array (`,\n    `, `, `), so a new entry is laid
 * out like its siblings; with one child, a comma and the whitespace before it.
 */
function separator(container: Node, text: string): string {
  const children = container.children ?? [];
  if (children.length >= 2) {
    const [a, b] = children.slice(-2);
    return text.slice(a.offset + a.length, b.offset);
  }
  const lead = text.slice(container.offset + 1, children[0].offset);
  return `,${lead || ' '}`;
}

/**
 * Adds `value` to the list at `path` of a JSON file by inserting it and nothing else (jsonc-parser's `modify`
 * without reformatting): numbers, duplicate keys, spacing and key order elsewhere stay byte for byte.
 * Missing objects on the way are inserted as one compact value. The file must be strict JSON, as core reads it.
 */
export function addToJsonList(text: string, path: readonly string[], value: string): JsonListEdit {
  try {
    JSON.parse(text); // core's parser decides what is valid; jsonc-parser below only finds the places
  } catch {
    return { refused: 'it is not valid JSON' };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (!root || errors.length) return { refused: 'it is not valid JSON' };
  let node: Node = root;
  for (const [i, key] of path.entries()) {
    if (node.type !== 'object') return { refused: `${path.slice(0, i).join('.') || 'the file'} is not an object` };
    const matches = (node.children ?? []).filter((p) => keyOf(p) === key);
    // JSON.parse keeps the last of repeated keys; an edit to one of them could be the one that is ignored.
    if (matches.length > 1)
      return { refused: `"${key}" appears ${matches.length} times in ${path.slice(0, i).join('.') || 'the file'}` };
    const child = matches[0]?.children?.[1];
    if (!child) return insert(text, node, [...path], [value], false); // modify adds the missing objects too
    node = child;
  }
  if (node.type !== 'array') return { refused: `${path.join('.')} is not a list` };
  if ((node.children ?? []).some((item) => item.value === value)) return null;
  return insert(text, node, [...path, -1], value, true);
}

/** jsonc-parser's insertion, with the comma it puts before a new sibling widened to the siblings' own layout. */
function insert(
  text: string,
  container: Node,
  path: Array<string | number>,
  value: unknown,
  isArrayInsertion: boolean,
): JsonListEdit {
  const edits = modify(text, path, value, { isArrayInsertion });
  if (edits.length !== 1 || edits[0].length !== 0) return { refused: 'the edit would change more than the new entry' };
  const [edit] = edits;
  const content =
    container.children?.length && edit.content.startsWith(',')
      ? separator(container, text) + edit.content.slice(1)
      : edit.content;
  return { edits: [{ ...edit, content }] };
}
