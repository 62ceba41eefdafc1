// The "add to config" quick fix edits only the config file that applies to the document, only by inserting
// the new entry, and refuses (CodeAction.disabled where the client shows it, else no action) everywhere else.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ClientCapabilities, CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, capabilities, Client } from './harness.js';

let client: Client | undefined;
let outside: string | undefined;
beforeAll(() => buildServer(), 120_000);
afterEach(async () => {
  await client?.shutdown();
  client = undefined;
  if (outside) rmSync(outside, { recursive: true, force: true });
  outside = undefined;
});

const disk = {
  write: (path: string, text: string) => writeFileSync(path, text),
  read: (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined),
};

/** A client that shows refused actions with their reason (LSP 3.16 `disabledSupport`). */
const showsDisabled: ClientCapabilities = {
  ...capabilities.push,
  textDocument: {
    ...capabilities.push.textDocument,
    codeAction: { ...capabilities.push.textDocument.codeAction, disabledSupport: true },
  },
};

async function start(caps: ClientCapabilities = capabilities.push): Promise<Client> {
  client = new Client();
  await client.initialize(caps);
  return client;
}

/** A folder outside the workspace (removed after the test). */
function elsewhere(): string {
  outside = mkdtempSync(join(tmpdir(), 'bl-outside-'));
  return outside;
}

const BLAME = '# Notes\n\nThe outage was caused by Kowalski.\n';

/** The "add Kowalski to vocabulary.accept" action offered for the document's names-as-root-cause finding, if any. */
async function acceptAction(c: Client, uri: string): Promise<CodeAction | undefined> {
  const version = c.version(uri);
  const diagnostics = (await c.diagnostics(uri, (p) => p.version === version)).diagnostics;
  const finding = diagnostics.find((d) => d.code === 'names-as-root-cause') as Diagnostic;
  expect(finding).toBeDefined();
  const actions = (await c.conn.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: finding.range,
    context: { diagnostics: [finding] },
  })) as CodeAction[];
  return actions.find((a) => a.title.includes('vocabulary.accept'));
}

/** Applies an action's edit if it has one (what a user clicking it would get). */
async function click(c: Client, action: CodeAction | undefined): Promise<void> {
  if (action?.edit) await c.apply(action.edit, disk);
}

/** `after` is `before` with one piece of text inserted and nothing else changed; returns that piece. */
function insertedText(before: string, after: string): string {
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  const inserted = after.slice(start, start + after.length - before.length);
  expect(after.slice(0, start) + after.slice(start + inserted.length)).toBe(before);
  return inserted;
}

describe('the add-to-config quick fix refuses what it must not touch', () => {
  it('leaves an existing .blamelessrc.json alone for a document it does not apply to (no second JSON object)', async () => {
    const c = await start();
    const rc = join(c.root, '.blamelessrc.json');
    writeFileSync(rc, '{\n  "people": ["@kim"]\n}\n');
    const uri = await c.open(pathToFileURL(join(elsewhere(), 'notes.md')).href, BLAME);
    const action = await acceptAction(c, uri);
    await click(c, action);
    expect(readFileSync(rc, 'utf8')).toBe('{\n  "people": ["@kim"]\n}\n');
    expect(action).toBeUndefined();
  });

  it('creates no .blamelessrc.json next to a .blamelessrc.yml that does not validate (it would outrank it)', async () => {
    const c = await start(showsDisabled);
    writeFileSync(join(c.root, '.blamelessrc.yml'), 'rules:\n  no-such-rule: error\n');
    const uri = await c.open('notes.md', BLAME);
    const action = await acceptAction(c, uri);
    await click(c, action);
    expect(readdirSync(c.root).filter((f) => f.startsWith('.blamelessrc'))).toEqual(['.blamelessrc.yml']);
    expect(action?.edit).toBeUndefined();
    expect(action?.disabled?.reason).toBe(
      'Fix the config error first: .blamelessrc.yml:2:3: rules.no-such-rule: unknown rule',
    );
  });

  it('refuses a config that is a symlink, and one whose real path is outside the workspace folder', async () => {
    const c = await start(showsDisabled);
    const away = elsewhere();
    const target = join(away, 'shared.json');
    writeFileSync(target, '{ "people": [] }\n');
    symlinkSync(target, join(c.root, '.blamelessrc.json'));
    const uri = await c.open('notes.md', BLAME);
    const linked = await acceptAction(c, uri);
    await click(c, linked);
    expect(readFileSync(target, 'utf8')).toBe('{ "people": [] }\n');
    expect(linked?.edit).toBeUndefined();
    expect(linked?.disabled?.reason).toBe('.blamelessrc.json is a symbolic link; edit the file it points to yourself');

    // A folder of the workspace that is a link to elsewhere: its config is not a link, but it lives outside.
    mkdirSync(join(away, 'docs'));
    writeFileSync(join(away, 'docs', '.blamelessrc.json'), '{}\n');
    symlinkSync(join(away, 'docs'), join(c.root, 'docs'));
    const inner = await c.open('docs/notes.md', BLAME);
    const through = await acceptAction(c, inner);
    await click(c, through);
    expect(readFileSync(join(away, 'docs', '.blamelessrc.json'), 'utf8')).toBe('{}\n');
    expect(through?.edit).toBeUndefined();
    expect(through?.disabled?.reason).toBe(
      `${join('docs', '.blamelessrc.json')} is outside the workspace folder; edit it yourself`,
    );
  });

  it('refuses a config that does not parse, and leaves it as it is', async () => {
    const c = await start(showsDisabled);
    const rc = join(c.root, '.blamelessrc.json');
    writeFileSync(rc, '{\n  "people": ["@kim",\n');
    const uri = await c.open('notes.md', BLAME);
    const action = await acceptAction(c, uri);
    await click(c, action);
    expect(readFileSync(rc, 'utf8')).toBe('{\n  "people": ["@kim",\n');
    expect(action?.edit).toBeUndefined();
    expect(action?.disabled?.reason).toMatch(/^Fix the config error first: \.blamelessrc\.json:\d+:\d+: invalid JSON/);
  });

  it('creates no file for an untitled document: omitted, or disabled with a reason where the client shows that', async () => {
    for (const caps of [capabilities.push, showsDisabled]) {
      const c = await start(caps);
      const uri = await c.open('untitled:Untitled-1', BLAME);
      const action = await acceptAction(c, uri);
      await click(c, action);
      expect(readdirSync(c.root)).toEqual([]);
      if (caps === showsDisabled) {
        expect(action?.edit).toBeUndefined();
        expect(action?.disabled?.reason).toBe('No config file applies to a document that is not saved as a file');
      } else expect(action).toBeUndefined();
      await c.shutdown();
      client = undefined;
    }
  });
});

describe('the add-to-config quick fix inserts the entry and changes nothing else', () => {
  it('keeps a 20-digit number, a repeated key and odd spacing in package.json byte for byte', async () => {
    const c = await start();
    const pkg = join(c.root, 'package.json');
    const before =
      '{"name":"docs",  "big" : 12345678901234567890,\n\t"scripts": {"a": "1", "a": "2"},\n   "blameless": { "vocabulary" : { "accept": [ ] } } }';
    writeFileSync(pkg, before);
    const uri = await c.open('notes.md', BLAME);
    const action = await acceptAction(c, uri);
    await click(c, action);
    expect(insertedText(before, readFileSync(pkg, 'utf8'))).toBe('"Kowalski"');
    expect(action?.title).toBe('Add "Kowalski" to vocabulary.accept in package.json');
  });

  it('appends to a .blamelessrc.json laid out like its siblings, and the finding goes', async () => {
    const c = await start();
    const rc = join(c.root, '.blamelessrc.json');
    const before = '{ "vocabulary": { "accept": [ "Jenkins" ] },\n  "people": [] }\n';
    writeFileSync(rc, before);
    const uri = await c.open('notes.md', BLAME);
    const action = await acceptAction(c, uri);
    await click(c, action);
    expect(insertedText(before, readFileSync(rc, 'utf8'))).toBe(', "Kowalski"');
    expect(action?.title).toBe('Add "Kowalski" to vocabulary.accept in .blamelessrc.json');
    const next = c.diagnostics(uri);
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: c.uri('.blamelessrc.json'), type: 2 }],
    });
    expect((await next).diagnostics.filter((d) => d.code === 'names-as-root-cause')).toEqual([]);
  });

  it('edits a config open in the editor as the editor has it, unsaved changes included', async () => {
    const c = await start();
    writeFileSync(join(c.root, '.blamelessrc.json'), '{}\n');
    const rc = await c.open(
      '.blamelessrc.json',
      '{\n  "people": ["@kim"],\n  "vocabulary": { "accept": [] }\n}\n',
      'json',
    );
    const uri = await c.open('notes.md', BLAME);
    const action = await acceptAction(c, uri);
    await click(c, action);
    expect(c.text(rc)).toBe('{\n  "people": ["@kim"],\n  "vocabulary": { "accept": ["Kowalski"] }\n}\n');
    expect(readFileSync(join(c.root, '.blamelessrc.json'), 'utf8')).toBe('{}\n');
  });

  it('edits the nearest config of a subfolder, not the one at the workspace root', async () => {
    const c = await start();
    mkdirSync(join(c.root, 'team'));
    writeFileSync(join(c.root, '.blamelessrc.json'), '{}\n');
    writeFileSync(join(c.root, 'team', '.blamelessrc.yaml'), 'people: []\n');
    const uri = await c.open('team/notes.md', BLAME);
    const action = await acceptAction(c, uri);
    expect(action?.title).toBe(`Add "Kowalski" to vocabulary.accept in ${join('team', '.blamelessrc.yaml')}`);
    await click(c, action);
    expect(readFileSync(join(c.root, 'team', '.blamelessrc.yaml'), 'utf8')).toBe(
      'people: []\nvocabulary:\n  accept:\n    - Kowalski\n',
    );
    expect(readFileSync(join(c.root, '.blamelessrc.json'), 'utf8')).toBe('{}\n');
  });
});
