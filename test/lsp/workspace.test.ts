import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CancellationTokenSource } from 'vscode-languageserver-protocol/node.js';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, capabilities, Client } from './harness.js';

let client: Client;
beforeAll(() => buildServer(), 120_000);
afterEach(async () => client?.shutdown());

const BLAME = '# Notes\n\nHe was careless with the value.\n';
/** Fires required-sections (no Timeline ...) unless its options say otherwise; "Quill" is a cause only when a roster names Quill. */
const QUILL =
  '# Summary\n\nThe root cause was Quill. The cache expired early.\n\n## Action items\n\n- [ ] Add a cache check (owner: Dana Reyes, due 2027-01-10)\n';
const runCommand = () =>
  client.conn.sendRequest('workspace/executeCommand', { command: 'blameless-lint.lintWorkspace', arguments: [] });

/** A docs folder: findings, a clean file, a text file, and files the CLI skips (config ignore, .gitignore, node_modules). */
/** A fresh client whose workspace command has run once and published a.md's finding. */
async function lintedOnce(): Promise<void> {
  client = new Client();
  docsFolder(client.root);
  await client.initialize();
  const a = client.diagnostics(client.uri('a.md'));
  await runCommand();
  expect((await a).diagnostics.map((d) => d.code)).toContain('judgmental-language');
}

function docsFolder(root: string): void {
  mkdirSync(join(root, 'drafts'));
  mkdirSync(join(root, 'build'));
  mkdirSync(join(root, 'node_modules', 'pkg'), { recursive: true });
  writeFileSync(join(root, '.blamelessrc.json'), '{ "ignore": ["drafts/**"] }\n');
  writeFileSync(join(root, '.gitignore'), 'build/\n');
  writeFileSync(join(root, 'a.md'), BLAME);
  writeFileSync(join(root, 'clean.md'), '# Notes\n\nThe cache expired early.\n');
  writeFileSync(join(root, 'mail.txt'), 'He was careless with the value.\n');
  writeFileSync(join(root, 'open.md'), BLAME);
  writeFileSync(join(root, 'drafts', 'draft.md'), BLAME);
  writeFileSync(join(root, 'build', 'out.md'), BLAME);
  writeFileSync(join(root, 'node_modules', 'pkg', 'README.md'), BLAME);
}

describe('blameless-lint.lintWorkspace', () => {
  it('publishes every file the CLI would lint, honouring ignores, and leaves open documents live', async () => {
    client = new Client();
    docsFolder(client.root);
    await client.initialize();
    const open = await client.open('open.md', '# Notes\n\nEdited, unsaved, clean.\n');
    await client.diagnostics(open);
    const a = client.diagnostics(client.uri('a.md'));
    const clean = client.diagnostics(client.uri('clean.md'));
    const mail = client.diagnostics(client.uri('mail.txt'));
    const result = await client.conn.sendRequest('workspace/executeCommand', {
      command: 'blameless-lint.lintWorkspace',
      arguments: [],
    });
    expect(result).toMatchObject({ files: 4 });
    expect((await a).diagnostics.map((d) => d.code)).toContain('judgmental-language');
    expect((await clean).diagnostics).toEqual([]);
    expect((await mail).diagnostics.map((d) => d.code)).toContain('judgmental-language');
    const published = [...client.published.keys()].map((u) => u.slice(u.lastIndexOf('/') + 1));
    expect(published.sort()).toEqual(['a.md', 'clean.md', 'mail.txt', 'open.md']);
    // The open document kept its live (clean) diagnostics.
    expect(client.published.get(open)).toHaveLength(1);
  });

  it('lints only the configured languages', async () => {
    client = new Client({ settings: { languages: ['markdown'] } });
    docsFolder(client.root);
    await client.initialize();
    const result = await client.conn.sendRequest('workspace/executeCommand', {
      command: 'blameless-lint.lintWorkspace',
      arguments: [],
    });
    expect(result).toMatchObject({ files: 3 });
    expect(client.published.has(client.uri('mail.txt'))).toBe(false);
  });

  it('serves workspace/diagnostic to pull clients as a long poll that a run completes', async () => {
    client = new Client();
    docsFolder(client.root);
    await client.initialize(capabilities.pull);
    const first = client.conn.sendRequest('workspace/diagnostic', { previousResultIds: [] }) as Promise<{
      items: Array<{ uri: string; resultId: string; version: null; items: Array<{ code: string }> }>;
    }>;
    await client.conn.sendRequest('workspace/executeCommand', {
      command: 'blameless-lint.lintWorkspace',
      arguments: [],
    });
    const report = await first;
    const byName = new Map(report.items.map((i) => [i.uri.slice(i.uri.lastIndexOf('/') + 1), i]));
    expect([...byName.keys()].sort()).toEqual(['a.md', 'clean.md', 'mail.txt', 'open.md']);
    expect(byName.get('a.md')!.items.map((d) => d.code)).toContain('judgmental-language');
    expect(byName.get('a.md')!.version).toBeNull();
    // Nothing new: the next request waits, and answers empty when the client cancels it.
    const source = new CancellationTokenSource();
    const second = client.conn.sendRequest(
      'workspace/diagnostic',
      { previousResultIds: report.items.map((i) => ({ uri: i.uri, value: i.resultId })) },
      source.token,
    );
    source.cancel();
    await expect(second).rejects.toMatchObject({ code: -32800 });
    // Document diagnostics were never pushed to a pull client.
    expect(client.published.size).toBe(0);
  });

  it('reads changed config files on the next run', async () => {
    client = new Client();
    docsFolder(client.root);
    await client.initialize();
    const run = () =>
      client.conn.sendRequest('workspace/executeCommand', { command: 'blameless-lint.lintWorkspace', arguments: [] });
    let a = client.diagnostics(client.uri('a.md'));
    await run();
    expect((await a).diagnostics.map((d) => d.code)).toContain('judgmental-language');
    writeFileSync(
      join(client.root, '.blamelessrc.json'),
      '{ "ignore": ["drafts/**"], "rules": { "judgmental-language": "off" } }\n',
    );
    a = client.diagnostics(client.uri('a.md'));
    await run();
    expect((await a).diagnostics.map((d) => d.code)).not.toContain('judgmental-language');
  });

  it('applies the editor settings (rule options, people) to files that are not open', async () => {
    // Without settings, required-sections wants every section and "Quill" is not known to be a person.
    client = new Client({
      settings: {
        rules: { 'required-sections': ['warning', { sections: ['summary', 'action-items'] }] },
        people: ['Quill'],
      },
    });
    writeFileSync(join(client.root, 'b.md'), QUILL);
    await client.initialize();
    const b = client.diagnostics(client.uri('b.md'));
    await runCommand();
    const codes = (await b).diagnostics.map((d) => d.code);
    expect(codes).toContain('names-as-root-cause');
    expect(codes).not.toContain('required-sections');
  });

  it('lints with the config files alone when the settings are invalid, and says so once', async () => {
    client = new Client({ settings: { rules: { 'no-such-rule': 'error' } } });
    docsFolder(client.root);
    await client.initialize();
    const a = client.diagnostics(client.uri('a.md'));
    await runCommand();
    expect((await a).diagnostics.map((d) => d.code)).toContain('judgmental-language');
    expect((await client.message((m) => m.message.includes('settings'))).message).toContain('no-such-rule');
  });

  it('lints again after a config file changes once it has run, so the findings of closed files follow the config', async () => {
    await lintedOnce();
    // The editor reports the config change; nobody runs the command again.
    const a = client.diagnostics(client.uri('a.md'));
    const mail = client.diagnostics(client.uri('mail.txt'));
    writeFileSync(
      join(client.root, '.blamelessrc.json'),
      '{ "ignore": ["drafts/**", "mail.txt"], "rules": { "judgmental-language": "off" } }\n',
    );
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: client.uri('.blamelessrc.json'), type: 2 }],
    });
    expect((await a).diagnostics.map((d) => d.code)).not.toContain('judgmental-language');
    // A file the config now ignores is cleared, not left with its old findings.
    expect((await mail).diagnostics).toEqual([]);
  });

  it('lints again after the settings change once it has run', async () => {
    await lintedOnce();
    const a = client.diagnostics(client.uri('a.md'));
    client.settings = { rules: { 'judgmental-language': 'off' } };
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    expect((await a).diagnostics.map((d) => d.code)).not.toContain('judgmental-language');
  });

  it('gives pull clients a new workspace report after a config change once it has run', async () => {
    client = new Client();
    docsFolder(client.root);
    await client.initialize(capabilities.pull);
    await runCommand();
    type Report = { items: Array<{ uri: string; resultId: string; items: Array<{ code: string }> }> };
    const first = (await client.conn.sendRequest('workspace/diagnostic', { previousResultIds: [] })) as Report;
    const codesOf = (r: Report) => r.items.find((i) => i.uri === client.uri('a.md'))?.items.map((d) => d.code);
    expect(codesOf(first)).toContain('judgmental-language');
    // The long poll answers when the re-run changes something.
    const next = client.conn.sendRequest('workspace/diagnostic', {
      previousResultIds: first.items.map((i) => ({ uri: i.uri, value: i.resultId })),
    }) as Promise<Report>;
    writeFileSync(
      join(client.root, '.blamelessrc.json'),
      '{ "ignore": ["drafts/**"], "rules": { "judgmental-language": "off" } }\n',
    );
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: client.uri('.blamelessrc.json'), type: 2 }],
    });
    const codes = codesOf(await next);
    expect(codes).toBeDefined();
    expect(codes).not.toContain('judgmental-language');
  });

  it('does not lint the workspace on a config change when the command never ran', async () => {
    client = new Client();
    docsFolder(client.root);
    await client.initialize();
    const open = await client.open('open.md', BLAME);
    await client.diagnostics(open);
    const relinted = client.diagnostics(open);
    writeFileSync(join(client.root, '.blamelessrc.json'), '{ "rules": { "judgmental-language": "off" } }\n');
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: client.uri('.blamelessrc.json'), type: 2 }],
    });
    expect((await relinted).diagnostics.map((d) => d.code)).not.toContain('judgmental-language');
    expect(client.published.has(client.uri('a.md'))).toBe(false);
    // Runs never overlap: had the change started one, the command's would come after it, and a.md would get two.
    await runCommand();
    expect(client.published.get(client.uri('a.md'))).toHaveLength(1);
  });

  it('a symlink loop first in the folder is one file it could not lint, not a failed command (issue 16)', async () => {
    client = new Client();
    docsFolder(client.root);
    symlinkSync('aloop-b.md', join(client.root, 'aloop-a.md'));
    symlinkSync('aloop-a.md', join(client.root, 'aloop-b.md'));
    await client.initialize();
    const loop = client.diagnostics(client.uri('aloop-a.md'));
    const a = client.diagnostics(client.uri('a.md'));
    await expect(runCommand()).resolves.toMatchObject({ files: 6 });
    expect((await loop).diagnostics.map((d) => d.message)).toEqual([
      'blameless-lint could not lint this file: cannot read: too many levels of symbolic links',
    ]);
    expect((await a).diagnostics.map((d) => d.code)).toContain('judgmental-language');
  });

  it('ignores commands it does not know', async () => {
    client = new Client();
    await client.initialize();
    expect(
      await client.conn.sendRequest('workspace/executeCommand', { command: 'something.else', arguments: [] }),
    ).toBeNull();
  });
});
