import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, Client } from './harness.js';

let client: Client;
beforeAll(() => buildServer(), 120_000);
afterEach(async () => client?.shutdown());

const TEXT = '# Notes\n\nHe was careless with the value.\n';
const codes = (p: { diagnostics: Array<{ code?: unknown }> }) => p.diagnostics.map((d) => String(d.code));

async function watched(c: Client, name: string, content: string): Promise<void> {
  writeFileSync(join(c.root, name), content);
  await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: c.uri(name), type: 2 }] });
}

describe('configuration', () => {
  it('re-lints open documents when a watched config file changes', async () => {
    client = new Client();
    await client.initialize();
    const uri = await client.open('doc.md', TEXT);
    expect(codes(await client.diagnostics(uri))).toContain('judgmental-language');
    let next = client.diagnostics(uri);
    await watched(client, '.blamelessrc.json', '{ "rules": { "judgmental-language": "off" } }\n');
    expect(codes(await next)).not.toContain('judgmental-language');
    next = client.diagnostics(uri);
    await watched(client, '.blamelessrc.json', '{ "rules": { "judgmental-language": "error" } }\n');
    const back = await next;
    expect(back.diagnostics.find((d) => d.code === 'judgmental-language')?.severity).toBe(1);
  });

  it('reports a broken config on the file and to the user, and keeps the last good config', async () => {
    client = new Client();
    await client.initialize();
    writeFileSync(join(client.root, '.blamelessrc.json'), '{ "rules": { "judgmental-language": "off" } }\n');
    const uri = await client.open('doc.md', TEXT);
    expect(codes(await client.diagnostics(uri))).not.toContain('judgmental-language');

    const onConfig = client.diagnostics(client.uri('.blamelessrc.json'));
    const next = client.diagnostics(uri);
    await watched(client, '.blamelessrc.json', '{\n  "rules": {\n    "judgmental-language": "of"\n  }\n}\n');
    const configReport = await onConfig;
    expect(configReport.diagnostics).toEqual([
      expect.objectContaining({ source: 'blameless-lint', code: 'config', severity: 1 }),
    ]);
    expect(configReport.diagnostics[0].range.start.line).toBe(2);
    expect(configReport.diagnostics[0].message).toMatch(/judgmental-language/);
    const shown = await client.message((m) => m.type === 1);
    expect(shown.message).toMatch(/\.blamelessrc\.json.*the last valid configuration stays in use/);
    // Still linted, still with the rule off.
    expect(codes(await next)).not.toContain('judgmental-language');

    // Malformed JSON: the same, with the position of the syntax error.
    const onSyntax = client.diagnostics(client.uri('.blamelessrc.json'), (p) => p.diagnostics.length > 0);
    await watched(client, '.blamelessrc.json', '{\n  "rules": {\n');
    const syntax = (await onSyntax).diagnostics[0];
    expect(syntax).toMatchObject({ code: 'config', severity: 1 });
    expect(syntax.range.start.line).toBeGreaterThanOrEqual(1);
    const typed = client.diagnostics(uri, (p) => p.version === 2);
    await client.change(uri, [
      { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, newText: 'Sam was sloppy.\n' },
    ]);
    expect(codes(await typed)).not.toContain('judgmental-language');

    // Fixed: the file's diagnostic clears and the new config applies.
    const cleared = client.diagnostics(client.uri('.blamelessrc.json'), (p) => p.diagnostics.length === 0);
    const relinted = client.diagnostics(uri, (p) => codes(p).includes('judgmental-language'));
    await watched(client, '.blamelessrc.json', '{ "rules": { "judgmental-language": "warning" } }\n');
    await cleared;
    expect(codes(await relinted).filter((c) => c === 'judgmental-language')).toHaveLength(2);
    expect(client.proc.exitCode).toBeNull();
  });

  it('layers settings (rules, people, teams) over config files, re-read on didChangeConfiguration', async () => {
    client = new Client({ settings: { rules: { 'judgmental-language': 'off' } } });
    await client.initialize();
    const uri = await client.open('doc.md', TEXT);
    expect(codes(await client.diagnostics(uri))).not.toContain('judgmental-language');
    let next = client.diagnostics(uri);
    client.settings = { rules: { 'judgmental-language': ['error'] } };
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    expect((await next).diagnostics.find((d) => d.code === 'judgmental-language')?.severity).toBe(1);

    // A team from settings is never a valid owner.
    const items = await client.open(
      'items.md',
      '# Review\n\n## Summary\n\nThe queue stalled. Orders waited.\n\n## Timeline\n\n- 10:00 UTC The queue stalled.\n\n## Action items\n\n- [ ] Add a queue depth alert. Owner: Falcon. Due: 2099-01-01.\n',
    );
    const before = await client.diagnostics(items);
    expect(codes(before)).not.toContain('action-item-owner');
    next = client.diagnostics(items);
    client.settings = { teams: ['Falcon'] };
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    expect(codes(await next)).toContain('action-item-owner');
  });

  it('reports invalid settings once and lints with the config files alone', async () => {
    client = new Client({ settings: { rules: { 'no-such-rule': 'error', 'judgmental-language': 'off' } } });
    await client.initialize();
    const uri = await client.open('doc.md', TEXT);
    const got = await client.diagnostics(uri);
    expect(codes(got)).toContain('judgmental-language');
    const shown = await client.message((m) => /settings/.test(m.message));
    expect(shown.message).toMatch(/no-such-rule/);
    await client.open('other.md', TEXT);
    await client.diagnostics(client.uri('other.md'));
    expect(client.messages.filter((m) => /settings/.test(m.message))).toHaveLength(1);
  });
});
