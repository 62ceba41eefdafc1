import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDocument, isSeq } from 'yaml';
import type { EditTarget } from './config-edit-target.js';
import { addToJsonList } from './json-edit.js';

/** Where in the config a value goes: `people` or `vocabulary.accept`. */
export type ConfigList = ['people'] | ['vocabulary', 'accept'];

export interface EditCapabilities {
  /** The client applies `documentChanges` (versioned edits and resource operations). */
  documentChanges: boolean;
  /** The client can create files from a WorkspaceEdit. */
  createFiles: boolean;
}

/** The quick fix: its title and edit, or its title and why it is not offered; null when there is nothing to add. */
type ConfigEdit = { title: string; edit: WorkspaceEdit } | { title: string; refused: string } | null;

type Change = { edits: Array<{ offset: number; length: number; content: string }> } | { refused: string } | null;

/** YAML keeps its comments and layout: the yaml library edits the parsed document in place. */
function addToYaml(text: string, path: readonly string[], value: string): Change {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length) return { refused: `it is not valid YAML (${doc.errors[0].message.split('\n')[0]})` };
  const existing = doc.getIn(path);
  if (existing === undefined || existing === null) doc.setIn(path, doc.createNode([value]));
  else if (isSeq(existing)) {
    if (existing.items.some((item) => String((item as { value?: unknown }).value ?? item) === value)) return null;
    existing.add(doc.createNode(value));
  } else return { refused: `${path.join('.')} is not a list` };
  let after = doc.toString();
  if (text.includes('\r\n')) after = after.replace(/\r?\n/g, '\r\n'); // the library writes \n
  return { edits: [smallestChange(text, after)] };
}

/** One edit that turns `before` into `after`, covering only what differs (common start and end kept). */
function smallestChange(before: string, after: string): { offset: number; length: number; content: string } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  )
    end++;
  // Never cut a surrogate pair in two.
  if (start > 0 && /[\uD800-\uDBFF]/.test(before[start - 1])) start--;
  if (end > 0 && /[\uDC00-\uDFFF]/.test(before[before.length - end])) end--;
  return { offset: start, length: before.length - start - end, content: after.slice(start, after.length - end) };
}

function changeFor(file: string, text: string, path: ConfigList, value: string): Change {
  const name = basename(file);
  if (name === 'package.json') return addToJsonList(text, ['blameless', ...path], value);
  return /\.ya?ml$/.test(name) ? addToYaml(text, path, value) : addToJsonList(text, path, value);
}

/** `{ vocabulary: { accept: [value] } }` for a new file. */
function nested(path: readonly string[], value: string): unknown {
  return path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), [value]);
}

/**
 * The WorkspaceEdit that adds `value` to a list in the config file `target` names (see editTarget for which
 * file that may be): the smallest edit to the file, or a new `.blamelessrc.json` created only if none exists.
 */
export function addToConfigEdit(
  target: EditTarget,
  path: ConfigList,
  value: string,
  caps: EditCapabilities,
  openDocument: (uri: string) => TextDocument | undefined = () => undefined,
): ConfigEdit {
  const title = `Add "${value}" to ${path.join('.')} in ${target.label ?? 'the config file'}`;
  if (target.kind === 'refuse') return { title, refused: target.reason };
  const uri = pathToFileURL(target.file).href;
  if (target.kind === 'create') {
    if (!caps.documentChanges || !caps.createFiles) return { title, refused: 'The editor cannot create files' };
    const content = `${JSON.stringify(nested(path, value), null, 2)}\n`;
    const at = { line: 0, character: 0 };
    return {
      title,
      edit: {
        documentChanges: [
          // Neither overwrite nor ignore: if a file appeared meanwhile, the client fails the edit instead of prepending to it.
          { kind: 'create', uri, options: { overwrite: false, ignoreIfExists: false } },
          { textDocument: { uri, version: null }, edits: [{ range: { start: at, end: at }, newText: content }] },
        ],
      },
    };
  }
  // An open config is edited as the editor has it (unsaved changes included, its version checked), so the
  // offsets below are offsets into the text the edit is applied to.
  const open = openDocument(uri);
  let raw: string;
  try {
    raw = open?.getText() ?? readFileSync(target.file, 'utf8');
  } catch (error) {
    return {
      title,
      refused: `${target.label} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    };
  }
  // The parsers read the text after a BOM, as core does. Editors show a file from disk without its BOM, so
  // positions are counted without it there; an open document's text is the client's own, BOM or not.
  const bom = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
  const change = changeFor(target.file, raw.slice(bom), path, value);
  if (change === null) return null;
  if ('refused' in change) return { title, refused: `${target.label} cannot be edited: ${change.refused}` };
  const shift = open ? bom : 0;
  const doc = TextDocument.create(uri, 'json', 0, open ? raw : raw.slice(bom));
  const at = (offset: number) => doc.positionAt(offset + shift);
  const edits: TextEdit[] = change.edits.map((e) => ({
    range: { start: at(e.offset), end: at(e.offset + e.length) },
    newText: e.content,
  }));
  return {
    title,
    edit: caps.documentChanges
      ? { documentChanges: [{ textDocument: { uri, version: open?.version ?? null }, edits }] }
      : { changes: { [uri]: edits } },
  };
}
