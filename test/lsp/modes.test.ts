import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, capabilities, Client } from './harness.js';

let client: Client;
beforeAll(() => buildServer(), 120_000);
afterEach(async () => client?.shutdown());

const pull = (c: Client, uri: string) =>
  c.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } }) as Promise<{
    kind: string;
    items: Diagnostic[];
  }>;

describe('pull clients (the VS Code path)', () => {
  it('get quick fixes for pulled diagnostics, and the finding is gone on the next pull', async () => {
    client = new Client();
    await client.initialize(capabilities.pull);
    const uri = await client.open('p.md', '# Notes\n\nHe was careless with the value.\n');
    const finding = (await pull(client, uri)).items.find((d) => d.code === 'judgmental-language')!;
    const actions = (await client.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: finding.range,
      context: { diagnostics: [finding] },
    })) as CodeAction[];
    const disable = actions.find((a) => a.title === 'Disable judgmental-language for this line')!;
    await client.apply(disable.edit!, { write: () => {}, read: () => undefined });
    expect((await pull(client, uri)).items.filter((d) => d.code === 'judgmental-language')).toEqual([]);
  });

  it('with run: onSave, answer from the last saved run until the next save', async () => {
    client = new Client({ settings: { run: 'onSave' } });
    await client.initialize(capabilities.pull);
    const uri = await client.open('s.md', '# Notes\n\nFine text.\n');
    expect((await pull(client, uri)).items.filter((d) => d.code === 'judgmental-language')).toEqual([]);
    await client.change(uri, [
      { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, newText: 'He was careless.\n' },
    ]);
    expect((await pull(client, uri)).items.filter((d) => d.code === 'judgmental-language')).toEqual([]);
    const refreshed = client.refreshed();
    await client.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
    await refreshed;
    expect((await pull(client, uri)).items.map((d) => d.code)).toContain('judgmental-language');
  });
});

describe('documents without a file', () => {
  it('lints untitled buffers with the workspace root config', async () => {
    client = new Client();
    writeFileSync(join(client.root, '.blamelessrc.json'), '{ "rules": { "counterfactual": "off" } }\n');
    await client.initialize();
    const uri = await client.open('untitled:Untitled-1', 'He was careless. We could have known.\n');
    const codes = (await client.diagnostics(uri)).diagnostics.map((d) => d.code);
    expect(codes).toContain('judgmental-language');
    expect(codes).not.toContain('counterfactual');
  });
});

describe('MDX', () => {
  it('suppresses with the JSX comment form, which core reads in MDX', async () => {
    client = new Client({ settings: { languages: ['mdx'] } });
    await client.initialize();
    const uri = await client.open('doc.mdx', '# Notes\n\nHe was careless with the value.\n', 'mdx');
    const finding = (await client.diagnostics(uri)).diagnostics.find((d) => d.code === 'judgmental-language')!;
    const actions = (await client.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: finding.range,
      context: { diagnostics: [finding] },
    })) as CodeAction[];
    const disable = actions.find((a) => a.title.startsWith('Disable'))!;
    const next = client.diagnostics(uri, (p) => p.version === 2);
    await client.apply(disable.edit!, { write: () => {}, read: () => undefined });
    expect(client.text(uri)).toContain('{/* blameless-disable-next-line judgmental-language */}\nHe was careless');
    expect(
      (await next).diagnostics.filter((d) => d.code === 'judgmental-language' || d.code === 'unused-suppression'),
    ).toEqual([]);
  });
});
