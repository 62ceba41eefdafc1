import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, Client } from './harness.js';

// A house rule declared in the workspace's config file reaches the editor like a built-in rule: a diagnostic
// with its id as code, its docs URL, a hover with the link and the rewrite as a quick fix.
let client: Client;
beforeAll(() => buildServer(), 120_000);
afterEach(async () => client?.shutdown());

const CONFIG = {
  house: [
    {
      id: 'acme/no-war-room',
      phrases: ['war room'],
      message: 'Say "incident channel", not "{actual}".',
      rewrite: 'incident channel',
      url: 'https://acme.example/style#war-room',
    },
  ],
};

describe('house rules in the language server', () => {
  it('reports a house rule from the workspace config, with its docs URL, hover and quick fix', async () => {
    client = new Client();
    writeFileSync(join(client.root, '.blamelessrc.json'), JSON.stringify(CONFIG));
    await client.initialize();
    const uri = await client.open('doc.md', '# Notes\n\nWe opened a war room at 10:02.\n');
    const published = await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'acme/no-war-room'));
    const d = published.diagnostics.find((x) => x.code === 'acme/no-war-room')!;
    expect(d).toMatchObject({
      source: 'blameless-lint',
      severity: 2,
      message: 'Say "incident channel", not "war room".',
      codeDescription: { href: 'https://acme.example/style#war-room' },
      range: { start: { line: 2, character: 12 }, end: { line: 2, character: 20 } },
    });

    const hover = (await client.conn.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: 2, character: 14 },
    })) as Hover | null;
    expect((hover!.contents as MarkupContent).value).toContain('https://acme.example/style#war-room');

    const actions = (await client.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d] },
    })) as CodeAction[];
    const fix = actions.find((a) => a.edit?.changes?.[uri]?.some((e) => e.newText === 'incident channel'));
    expect(fix).toBeDefined();
  });
});
