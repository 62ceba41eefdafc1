import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, capabilities, Client, flagged } from './harness.js';

const FLAGGED = '<!-- blameless-disable-next-line no-such-rule -->';

let client: Client;
beforeAll(() => buildServer(), 120_000);
afterEach(async () => client?.shutdown());

describe('initialize', () => {
  it('offers push diagnostics, hover, code actions and the workspace command to a push client', async () => {
    client = new Client();
    const { capabilities: caps, serverInfo } = await client.initialize(capabilities.push);
    expect(serverInfo?.name).toBe('blameless-lint-lsp');
    expect(caps.textDocumentSync).toMatchObject({ openClose: true, change: 2 });
    expect(caps.hoverProvider).toBe(true);
    expect(caps.codeActionProvider.codeActionKinds).toEqual(['quickfix', 'source.fixAll.blameless-lint']);
    expect(caps.executeCommandProvider.commands).toEqual(['blameless-lint.lintWorkspace']);
    expect(caps.diagnosticProvider).toBeUndefined();
  });

  it('offers pull diagnostics (document and workspace) when the client supports them', async () => {
    client = new Client();
    const { capabilities: caps } = await client.initialize(capabilities.pull);
    expect(caps.diagnosticProvider).toEqual({
      identifier: 'blameless-lint',
      interFileDependencies: false,
      workspaceDiagnostics: true,
    });
  });

  it('registers config file watchers and settings changes dynamically', async () => {
    client = new Client();
    await client.initialize(capabilities.push);
    const uri = await client.open('x.md', 'Text.\n');
    await client.diagnostics(uri);
    const methods = client.registrations.map((r) => r.method);
    expect(methods).toContain('workspace/didChangeWatchedFiles');
    expect(methods).toContain('workspace/didChangeConfiguration');
    const watchers = (
      client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles')!.registerOptions as {
        watchers: Array<{ globPattern: string }>;
      }
    ).watchers;
    expect(watchers.map((w) => w.globPattern)).toEqual([
      '**/.blamelessrc.json',
      '**/.blamelessrc.yml',
      '**/.blamelessrc.yaml',
      '**/package.json',
    ]);
  });
});

describe('process', () => {
  it('exits with 0 after shutdown and exit, and with 1 when the client just goes away', async () => {
    const polite = new Client();
    await polite.initialize();
    await polite.conn.sendRequest('shutdown');
    await polite.conn.sendNotification('exit');
    expect(await polite.exited).toBe(0);
    await polite.shutdown();
    client = new Client();
    await client.initialize();
    client.proc.stdin!.end();
    expect(await client.exited).toBe(1);
  });
});

describe('push diagnostics', () => {
  it('lints on open and on change, each result carrying the version it was computed from', async () => {
    client = new Client();
    await client.initialize();
    const uri = await client.open('doc.md', 'Clean text.\n');
    const first = await client.diagnostics(uri);
    expect(first.version).toBe(1);
    expect(flagged(first.diagnostics)).toEqual([]);
    await client.change(uri, [
      { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: `${FLAGGED}\nNext.\n` },
    ]);
    const second = await client.diagnostics(uri);
    expect(second.version).toBe(2);
    expect(second.diagnostics.filter((d) => d.code === 'unused-suppression')).toEqual([
      expect.objectContaining({
        source: 'blameless-lint',
        code: 'unused-suppression',
        codeDescription: {
          href: 'https://github.com/blameless-lint/blameless-lint/blob/main/rules/unused-suppression.md',
        },
        severity: 2,
        range: { start: { line: 1, character: 0 }, end: { line: 1, character: FLAGGED.length } },
      }),
    ]);
  });

  it('maps UTF-16 columns exactly (astral characters before a finding)', async () => {
    client = new Client();
    await client.initialize();
    const prefix = 'Emoji 😀😀 then ';
    const uri = await client.open('utf16.md', `${prefix}${FLAGGED}\n`);
    const got = await client.diagnostics(uri);
    expect(got.diagnostics.find((d) => d.code === 'unused-suppression')!.range.start).toEqual({
      line: 0,
      character: prefix.length,
    });
  });

  it('clears diagnostics when a document closes', async () => {
    client = new Client();
    await client.initialize();
    const uri = await client.open('closing.md', `${FLAGGED}\nx\n`);
    expect(flagged((await client.diagnostics(uri)).diagnostics)).toHaveLength(1);
    const cleared = client.diagnostics(uri);
    await client.close(uri);
    expect((await cleared).diagnostics).toEqual([]);
  });

  it('lints only the configured languages, and plain text as text', async () => {
    client = new Client({ settings: { languages: ['markdown', 'asciidoc'] } });
    await client.initialize();
    // In Markdown a directive inside a code fence is a quoted example; plain text has no fences.
    const fenced = `\`\`\`\n${FLAGGED}\n\`\`\`\n`;
    const skipped = await client.open('notes.txt', fenced, 'plaintext');
    const linted = await client.open('doc.adoc', fenced, 'asciidoc');
    const markdown = await client.open('doc.md', fenced, 'markdown');
    const [a, b, c] = await Promise.all([
      client.diagnostics(skipped),
      client.diagnostics(linted),
      client.diagnostics(markdown),
    ]);
    expect(a.diagnostics).toEqual([]);
    expect(flagged(b.diagnostics)).toEqual(['2:unused-suppression']);
    expect(flagged(c.diagnostics)).toEqual([]);
  });

  it('does nothing when disabled', async () => {
    client = new Client({ settings: { enable: false } });
    await client.initialize();
    const uri = await client.open('off.md', `${FLAGGED}\n`);
    expect((await client.diagnostics(uri)).diagnostics).toEqual([]);
  });

  it('with run: onSave, lints on open and save but not while typing', async () => {
    client = new Client({ settings: { run: 'onSave' } });
    await client.initialize();
    const uri = await client.open('save.md', 'Clean.\n');
    await client.diagnostics(uri);
    await client.change(uri, [
      { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: `${FLAGGED}\nx\n` },
    ]);
    const afterSave = client.diagnostics(uri);
    await client.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
    const got = await afterSave;
    expect(got.version).toBe(2);
    expect(flagged(got.diagnostics)).toEqual(['2:unused-suppression']);
    // Only the open and the save published.
    expect(client.published.get(uri)).toHaveLength(2);
  });

  it('takes settings from initializationOptions when the client has no workspace/configuration', async () => {
    client = new Client({ initializationOptions: { 'blameless-lint': { enable: false } } });
    await client.initialize({ textDocument: { publishDiagnostics: { versionSupport: true } } });
    const uri = await client.open('init.md', `${FLAGGED}\n`);
    expect((await client.diagnostics(uri)).diagnostics).toEqual([]);
    const next = client.diagnostics(uri);
    await client.conn.sendNotification('workspace/didChangeConfiguration', {
      settings: { 'blameless-lint': { enable: true } },
    });
    expect(flagged((await next).diagnostics)).toEqual(['1:unused-suppression']);
  });
});

describe('pull diagnostics', () => {
  it('answers textDocument/diagnostic with a result id, and "unchanged" when nothing changed', async () => {
    client = new Client();
    await client.initialize(capabilities.pull);
    const uri = await client.open('pull.md', `${FLAGGED}\nText.\n`);
    const report = (await client.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as {
      kind: string;
      resultId: string;
      items: any[];
    };
    expect(report.kind).toBe('full');
    expect(flagged(report.items)).toEqual(['1:unused-suppression']);
    const again = await client.conn.sendRequest('textDocument/diagnostic', {
      textDocument: { uri },
      previousResultId: report.resultId,
    });
    expect(again).toEqual({ kind: 'unchanged', resultId: report.resultId });
    await client.change(uri, [
      { range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, newText: '' },
    ]);
    const changed = (await client.conn.sendRequest('textDocument/diagnostic', {
      textDocument: { uri },
      previousResultId: report.resultId,
    })) as { kind: string; items: any[] };
    expect(changed.kind).toBe('full');
    expect(flagged(changed.items)).toEqual([]);
    // A pull client is never pushed document diagnostics.
    expect(client.published.get(uri)).toBeUndefined();
  });

  it('answers for documents that are not open with an empty report', async () => {
    client = new Client();
    await client.initialize(capabilities.pull);
    const report = await client.conn.sendRequest('textDocument/diagnostic', {
      textDocument: { uri: client.uri('nope.md') },
    });
    expect(report).toEqual({ kind: 'full', items: [] });
  });

  it('asks the client to refresh when settings change', async () => {
    client = new Client();
    await client.initialize(capabilities.pull);
    const uri = await client.open('refresh.md', `${FLAGGED}\n`);
    await client.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    const refreshed = client.refreshed();
    client.settings = { enable: false };
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await refreshed;
    const report = await client.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    expect(report).toMatchObject({ items: [] });
  });
});
