import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CancellationTokenSource } from 'vscode-languageserver-protocol/node.js';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, capabilities, Client } from './harness.js';

let client: Client;
beforeAll(() => buildServer(), 120_000);
afterEach(async () => client?.shutdown());

const BLAME = '# Notes\n\nHe was careless with the value.\n';

/** A docs folder: findings, a clean file, a text file, and files the CLI skips (config ignore, .gitignore, node_modules). */
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
    const result = await client.conn.sendRequest('workspace/executeCommand', { command: 'blameless-lint.lintWorkspace', arguments: [] });
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
    const result = await client.conn.sendRequest('workspace/executeCommand', { command: 'blameless-lint.lintWorkspace', arguments: [] });
    expect(result).toMatchObject({ files: 3 });
    expect(client.published.has(client.uri('mail.txt'))).toBe(false);
  });

  it('serves workspace/diagnostic to pull clients as a long poll that a run completes', async () => {
    client = new Client();
    docsFolder(client.root);
    await client.initialize(capabilities.pull);
    const first = client.conn.sendRequest('workspace/diagnostic', { previousResultIds: [] }) as Promise<{ items: Array<{ uri: string; resultId: string; version: null; items: Array<{ code: string }> }> }>;
    await client.conn.sendRequest('workspace/executeCommand', { command: 'blameless-lint.lintWorkspace', arguments: [] });
    const report = await first;
    const byName = new Map(report.items.map((i) => [i.uri.slice(i.uri.lastIndexOf('/') + 1), i]));
    expect([...byName.keys()].sort()).toEqual(['a.md', 'clean.md', 'mail.txt', 'open.md']);
    expect(byName.get('a.md')!.items.map((d) => d.code)).toContain('judgmental-language');
    expect(byName.get('a.md')!.version).toBeNull();
    // Nothing new: the next request waits, and answers empty when the client cancels it.
    const source = new CancellationTokenSource();
    const second = client.conn.sendRequest('workspace/diagnostic', { previousResultIds: report.items.map((i) => ({ uri: i.uri, value: i.resultId })) }, source.token);
    source.cancel();
    await expect(second).rejects.toMatchObject({ code: -32800 });
    // Document diagnostics were never pushed to a pull client.
    expect(client.published.size).toBe(0);
  });

  it('reads changed config files on the next run', async () => {
    client = new Client();
    docsFolder(client.root);
    await client.initialize();
    const run = () => client.conn.sendRequest('workspace/executeCommand', { command: 'blameless-lint.lintWorkspace', arguments: [] });
    let a = client.diagnostics(client.uri('a.md'));
    await run();
    expect((await a).diagnostics.map((d) => d.code)).toContain('judgmental-language');
    writeFileSync(join(client.root, '.blamelessrc.json'), '{ "ignore": ["drafts/**"], "rules": { "judgmental-language": "off" } }\n');
    a = client.diagnostics(client.uri('a.md'));
    await run();
    expect((await a).diagnostics.map((d) => d.code)).not.toContain('judgmental-language');
  });

  it('ignores commands it does not know', async () => {
    client = new Client();
    await client.initialize();
    expect(await client.conn.sendRequest('workspace/executeCommand', { command: 'something.else', arguments: [] })).toBeNull();
  });
});
