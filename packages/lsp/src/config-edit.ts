import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDocument, isSeq } from 'yaml';

/** Where in the config a value goes: `people` or `vocabulary.accept`. */
export type ConfigList = ['people'] | ['vocabulary', 'accept'];

export interface EditCapabilities {
  /** The client applies `documentChanges` (versioned edits and resource operations). */
  documentChanges: boolean;
  /** The client can create files from a WorkspaceEdit. */
  createFiles: boolean;
}

function indentOf(text: string): string | number {
  return /\n([ \t]+)"/.exec(text)?.[1] ?? 2;
}

/** Adds `value` to the list at `path` of a JSON object, keeping the file's indentation and final newline. */
function addToJson(text: string, path: readonly string[], value: string, under?: string): string | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null; // a broken file is the user's to fix; editing it blind could lose their work
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  const root = data as Record<string, unknown>;
  let node: Record<string, unknown> = root;
  if (under) {
    if (node[under] === undefined) node[under] = {};
    if (!node[under] || typeof node[under] !== 'object' || Array.isArray(node[under])) return null;
    node = node[under] as Record<string, unknown>;
  }
  for (const key of path.slice(0, -1)) {
    if (node[key] === undefined) node[key] = {};
    if (!node[key] || typeof node[key] !== 'object' || Array.isArray(node[key])) return null;
    node = node[key] as Record<string, unknown>;
  }
  const last = path[path.length - 1];
  const list = node[last] ?? [];
  if (!Array.isArray(list)) return null;
  if (list.includes(value)) return null;
  node[last] = [...list, value];
  return JSON.stringify(root, null, indentOf(text)) + (text.endsWith('\n') || text === '' ? '\n' : '');
}

/** YAML keeps its comments and layout: the yaml library edits the parsed document in place. */
function addToYaml(text: string, path: readonly string[], value: string): string | null {
  const doc = parseDocument(text);
  if (doc.errors.length) return null;
  const existing = doc.getIn(path);
  if (existing === undefined || existing === null) doc.setIn(path, doc.createNode([value]));
  else if (isSeq(existing)) {
    if (existing.items.some((item) => String((item as { value?: unknown }).value ?? item) === value)) return null;
    existing.add(doc.createNode(value));
  } else return null;
  return doc.toString();
}

function replaceAll(uri: string, before: string, after: string, caps: EditCapabilities): WorkspaceEdit {
  const end = TextDocument.create(uri, 'json', 0, before).positionAt(before.length);
  const edit: TextEdit = { range: { start: { line: 0, character: 0 }, end }, newText: after };
  return caps.documentChanges
    ? { documentChanges: [{ textDocument: { uri, version: null }, edits: [edit] }] }
    : { changes: { [uri]: [edit] } };
}

/**
 * The WorkspaceEdit that adds `value` to a list in the config file that applies to a document (`configFile`,
 * found by the library), or that creates `.blamelessrc.json` at the workspace root when there is none.
 * Null when there is nothing to do or it cannot be done safely (unparseable file, client cannot create files).
 */
export function addToConfigEdit(configFile: string | undefined, workspaceRoot: string | undefined, path: ConfigList, value: string, caps: EditCapabilities): WorkspaceEdit | null {
  if (configFile) {
    let text: string;
    try {
      text = readFileSync(configFile, 'utf8');
    } catch {
      return null;
    }
    const name = basename(configFile);
    const after = name === 'package.json' ? addToJson(text, path, value, 'blameless')
      : /\.ya?ml$/.test(name) ? addToYaml(text, path, value)
      : addToJson(text, path, value);
    return after === null ? null : replaceAll(pathToFileURL(configFile).href, text, after, caps);
  }
  if (!workspaceRoot || !caps.documentChanges || !caps.createFiles) return null;
  const uri = pathToFileURL(join(workspaceRoot, '.blamelessrc.json')).href;
  const content = addToJson('{}\n', path, value) ?? '{}\n';
  return {
    documentChanges: [
      { kind: 'create', uri, options: { ignoreIfExists: true } },
      { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: content }] },
    ],
  };
}
