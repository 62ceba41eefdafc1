import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, Client, flagged, repo } from './harness.js';

/** A line core always flags, whatever the language rules: a suppression naming no rule (unused-suppression). */
const FLAGGED = '<!-- blameless-disable-next-line no-such-rule -->';
const faultyBin = join(repo, 'test', 'artifacts', 'lsp', 'faulty-server.js');

let client: Client;
beforeAll(
  () => buildServer({ source: join(repo, 'test', 'lsp', 'fixtures', 'faulty-server.ts'), outfile: faultyBin }),
  120_000,
);
afterEach(async () => client?.shutdown());

async function start(bin?: string, env?: Record<string, string>): Promise<Client> {
  client = new Client({ bin, env });
  await client.initialize();
  return client;
}

/** The server answers a request: the proof it is alive and its queue is not stuck. */
async function alive(c: Client): Promise<void> {
  const uri = await c.open(`probe-${Math.random()}.md`, `Fine text.\n${FLAGGED}\nMore.\n`);
  const got = await c.diagnostics(uri);
  expect(flagged(got.diagnostics)).toContain('2:unused-suppression');
}

describe('robustness', () => {
  it('survives malformed JSON-RPC', async () => {
    const c = await start();
    const stdin = c.proc.stdin!;
    const frame = (body: string) => stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    frame('{this is not json}');
    frame('{"jsonrpc":"2.0","nothing":"useful"}');
    frame('[1,2,3]');
    frame('{"jsonrpc":"2.0","id":99,"method":"textDocument/hover","params":42}');
    frame('{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":null}}');
    frame(
      '{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///x.md"},"contentChanges":"nope"}}',
    );
    // Broken framing: headers without a length, a length that is not a number, one no message could have.
    stdin.write('Garbage-Header: yes\r\n\r\n{}');
    stdin.write('Content-Length: abc\r\n\r\n');
    stdin.write('Content-Length: 99999999999999\r\n\r\n');
    stdin.write('no headers at all, just text\n');
    await alive(c);
    expect(c.proc.exitCode).toBeNull();
  });

  it('answers unknown methods with MethodNotFound and ignores unknown notifications', async () => {
    const c = await start();
    await c.conn.sendNotification('blameless/whatever', { a: 1 });
    await c.conn.sendNotification('$/somethingNew', {});
    await expect(c.conn.sendRequest('blameless/unknownRequest', {})).rejects.toMatchObject({ code: -32601 });
    await alive(c);
  });

  it('answers requests with missing or malformed params without an internal error', async () => {
    const c = await start();
    const uri = await c.open('m.md', `${FLAGGED}\n`);
    await c.diagnostics(uri);
    const calls: Array<[string, unknown]> = [
      ['textDocument/hover', { textDocument: { uri } }],
      ['textDocument/hover', { textDocument: { uri }, position: { line: 'x', character: null } }],
      ['textDocument/codeAction', { textDocument: { uri }, context: { diagnostics: [{}] } }],
      [
        'textDocument/codeAction',
        {
          textDocument: { uri },
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          context: { only: 'quickfix' },
        },
      ],
      ['textDocument/diagnostic', {}],
      ['workspace/executeCommand', {}],
    ];
    for (const [method, params] of calls) {
      const outcome = await c.conn.sendRequest(method, params).then(
        () => 'answered',
        (e: { code: number }) => e.code,
      );
      expect(outcome, method).not.toBe(-32603);
    }
    await alive(c);
  });

  it('answers requests for documents that are not open', async () => {
    const c = await start();
    const uri = c.uri('never-opened.md');
    const position = { line: 0, character: 0 };
    expect(await c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position })).toBeNull();
    expect(
      await c.conn.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: position, end: position },
        context: { diagnostics: [] },
      }),
    ).toEqual([]);
    await c.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: 'x' }],
    });
    await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await c.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
    await alive(c);
  });

  it('clamps out-of-range edits like every editor does, and positions stay right', async () => {
    const c = await start();
    const uri = await c.open('range.md', 'First line.\n');
    await c.diagnostics(uri);
    const far = { line: 10_000, character: 10_000 };
    await c.change(uri, [{ range: { start: far, end: far }, newText: `\n${FLAGGED}\n` }]);
    await c.change(uri, [
      { range: { start: { line: -5, character: -5 }, end: { line: -1, character: 0 } }, newText: 'Zeroth line.\n' },
    ]);
    await c.change(uri, [
      { range: { start: { line: 0, character: 500 }, end: { line: 0, character: 2 } }, newText: '' },
    ]);
    const version = c.version(uri);
    const got = await c.diagnostics(uri, (p) => p.version === version);
    const line = c
      .text(uri)
      .split('\n')
      .findIndex((l) => l.includes('no-such-rule'));
    expect(line).toBeGreaterThan(0);
    expect(flagged(got.diagnostics)).toEqual([`${line + 1}:unused-suppression`]);
  });

  it('takes 1,000 changes in a second and lints the last version, not every one', async () => {
    const c = await start();
    const uri = await c.open('burst.md', 'Start.\n');
    await c.diagnostics(uri);
    const before = c.published.get(uri)!.length;
    const started = Date.now();
    for (let i = 0; i < 1000; i++) {
      const text = c.text(uri);
      const lines = text.split('\n');
      const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
      // Everything arrives in well under a second; the final text carries one flagged line.
      await c.change(uri, [
        { range: { start: end, end }, newText: i === 999 ? `${FLAGGED}\n` : i % 50 === 49 ? '\n' : 'a' },
      ]);
    }
    expect(Date.now() - started).toBeLessThan(1500);
    const got = await c.diagnostics(uri, (p) => p.version === 1001);
    expect(flagged(got.diagnostics)).toEqual([`${c.text(uri).split('\n').length - 1}:unused-suppression`]);
    // Debounced: a handful of runs at most for a thousand edits.
    expect(c.published.get(uri)!.length - before).toBeLessThan(20);
  });

  it('lints a 5 MB document and stays responsive for other documents', async () => {
    const c = await start();
    const paragraph = 'The deploy pipeline rolled the change out to every region over forty minutes. ';
    const big = `${paragraph.repeat(40)}\n\n`.repeat(Math.ceil(5_000_000 / (paragraph.length * 40 + 2)));
    expect(big.length).toBeGreaterThanOrEqual(5_000_000);
    const uri = await c.open('big.md', `${big}${FLAGGED}\nEnd.\n`);
    const other = await c.open('small.md', `${FLAGGED}\nSmall.\n`);
    const [gotBig, gotSmall] = await Promise.all([c.diagnostics(uri), c.diagnostics(other)]);
    expect(flagged(gotBig.diagnostics)).toContain(`${big.split('\n').length}:unused-suppression`);
    expect(flagged(gotSmall.diagnostics)).toEqual(['1:unused-suppression']);
    const hover = await c.conn.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: big.split('\n').length - 1, character: 10 },
    });
    expect(hover).not.toBeNull();
  }, 240_000);

  it('lints a document of one 50,000-character line with exact columns', async () => {
    const c = await start();
    const words = 'The queue consumer retried the message with backoff and jitter '
      .repeat(800)
      .slice(0, 50_000 - FLAGGED.length - 1);
    const uri = await c.open('long-line.md', `${words} ${FLAGGED}`);
    const got = await c.diagnostics(uri);
    const d = got.diagnostics.find((x) => x.code === 'unused-suppression');
    expect(d?.range.start).toEqual({ line: 0, character: words.length + 1 });
  }, 120_000);

  for (const mode of ['server thread', 'worker']) {
    it(`turns an exception inside lint into a diagnostic on that file only (${mode})`, async () => {
      const c = await start(faultyBin, { BL_FAULTY_MODE: mode === 'worker' ? 'worker' : 'inprocess' });
      const bad = await c.open('bad.md', 'This file will FAIL-HERE when linted.\n');
      const ruleBad = await c.open('rule-bad.md', 'This file will RULE-FAIL-HERE when linted.\n');
      const good = await c.open('good.md', `${FLAGGED}\nFine.\n`);
      const [b, r, g] = await Promise.all([c.diagnostics(bad), c.diagnostics(ruleBad), c.diagnostics(good)]);
      expect(b.diagnostics).toHaveLength(1);
      expect(b.diagnostics[0]).toMatchObject({ source: 'blameless-lint', severity: 1, code: 'internal-error' });
      expect(b.diagnostics[0].message).toMatch(/could not lint this file: injected failure/);
      expect(r.diagnostics[0]).toMatchObject({ code: 'counterfactual' });
      expect(r.diagnostics[0].message).toMatch(/rule counterfactual failed/);
      expect(flagged(g.diagnostics)).toEqual(['1:unused-suppression']);
      // Still failing after an edit, still fine after the trigger goes away.
      await c.replaceAll(bad, `${FLAGGED}\nRepaired.\n`);
      const fixed = await c.diagnostics(bad, (p) => p.version === 2);
      expect(flagged(fixed.diagnostics)).toEqual(['1:unused-suppression']);
    });
  }

  it('does not make the first document wait for the warm-up: the warm-up stops when a document arrives', async () => {
    const c = await start(faultyBin, { BL_FAULTY_MODE: 'worker', BL_SLOW_WARMUP: '1' });
    const opened = Date.now();
    const uri = await c.open('first.md', `${FLAGGED}\nFine.\n`);
    const got = await c.diagnostics(uri);
    expect(flagged(got.diagnostics)).toEqual(['1:unused-suppression']);
    // The warm-up would have held the worker for 20 s.
    expect(Date.now() - opened).toBeLessThan(10_000);
  }, 60_000);

  it('survives a lint worker that dies, and starts another', async () => {
    const c = await start(faultyBin, { BL_FAULTY_MODE: 'worker' });
    const crash = await c.open('crash.md', 'This file will CRASH-HERE when linted.\n');
    const got = await c.diagnostics(crash);
    expect(got.diagnostics[0]).toMatchObject({ code: 'internal-error' });
    expect(got.diagnostics[0].message).toMatch(/lint worker stopped/);
    await alive(c);
  });

  it('keeps memory bounded with 200 open documents, opened and closed repeatedly', async () => {
    const c = await start();
    const body = `# Notes\n\n${'The cache layer served stale entries for a while after the config push. '.repeat(300)}\n\n${FLAGGED}\nEnd.\n`;
    const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${c.proc.pid}/status`, 'utf8'))![1]) * 1024;
    const sizes: number[] = [];
    for (let round = 0; round < 4; round++) {
      const uris: string[] = [];
      const waits: Promise<unknown>[] = [];
      for (let i = 0; i < 200; i++) {
        const uri = c.uri(`doc-${round}-${i}.md`);
        waits.push(c.diagnostics(uri));
        uris.push(await c.open(`doc-${round}-${i}.md`, body));
      }
      const results = (await Promise.all(waits)) as Array<{ diagnostics: unknown[] }>;
      expect(results.every((r) => flagged(r.diagnostics as never).length === 1)).toBe(true);
      const cleared = uris.map((uri) => c.diagnostics(uri, (p) => p.diagnostics.length === 0));
      for (const uri of uris) await c.close(uri);
      await Promise.all(cleared);
      sizes.push(rss());
    }
    // Closed documents leave nothing behind: later rounds do not grow past the first by much.
    expect(sizes[3]).toBeLessThan(sizes[1] * 1.25 + 20 * 1024 * 1024);
  }, 240_000);
});
