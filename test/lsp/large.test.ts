/**
 * Large documents are linted in a worker thread of their own: the server keeps answering, other
 * documents are not queued behind them, and a long run made stale by an edit is stopped, not finished.
 */
import type { LogMessageParams } from 'vscode-languageserver-protocol';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, Client } from './harness.js';

let client: Client;
beforeAll(() => buildServer(), 120_000);
afterEach(async () => client?.shutdown());

/** About 1.5 MB of prose where every sentence has trigger words: the expensive case (seconds of NLP). */
function heavy(): string {
  const p =
    'The on-call engineer could have restarted the gateway sooner, but the dashboard showed nothing wrong. Sam forgot to drain the node. ';
  return `${p.repeat(20)}\n\n`.repeat(Math.ceil(1_500_000 / (p.length * 20 + 2)));
}

describe("the typing lane's capped heap", () => {
  it('lints a document too big for the typing lane in the large-document lane, and keeps it there', async () => {
    // A heap of 24 MB cannot hold this half-megabyte document's lint: the typing lane runs out of memory.
    client = new Client({ env: { BLAMELESS_LSP_WORKER_HEAP_MB: '24' } });
    await client.initialize();
    const logs: LogMessageParams[] = [];
    client.conn.onNotification('window/logMessage', (p: LogMessageParams) => logs.push(p));
    const text = heavy().slice(0, 500_000);
    const uri = client.uri('half.md');
    const first = client.diagnostics(uri);
    await client.open('half.md', text);
    expect((await first).diagnostics.map((d) => d.code)).toContain('counterfactual');
    expect(logs.filter((l) => /typing lane's memory/.test(l.message))).toHaveLength(1);
    const second = client.diagnostics(uri, (p) => p.version === 2);
    await client.change(uri, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: 'Sam forgot. ' },
    ]);
    expect((await second).diagnostics.length).toBeGreaterThan(0);
    expect(logs.filter((l) => /typing lane's memory/.test(l.message))).toHaveLength(1); // not tried in the small lane again
  }, 180_000);
});

describe('large documents', () => {
  it('do not hold up other documents or requests', async () => {
    client = new Client();
    await client.initialize();
    const order: string[] = [];
    const big = client.uri('big.md');
    const small = client.uri('small.md');
    const bigDone = client.diagnostics(big).then((p) => (order.push('big'), p));
    await client.open('big.md', heavy());
    const smallDone = client.diagnostics(small).then((p) => (order.push('small'), p));
    await client.open('small.md', '# Notes\n\nHe was careless with the value.\n');
    expect((await smallDone).diagnostics.map((d) => d.code)).toContain('judgmental-language');
    const hover = await client.conn.sendRequest('textDocument/hover', {
      textDocument: { uri: small },
      position: { line: 2, character: 9 },
    });
    expect(hover).not.toBeNull();
    expect(order).toEqual(['small']);
    const bigReport = await bigDone;
    expect(bigReport.diagnostics.length).toBe(1000); // capped: editors show the first ones
    expect(order).toEqual(['small', 'big']);
  }, 180_000);

  it('stop a long run when an edit makes it stale (the worker lives on), and publish only the new version', async () => {
    client = new Client();
    await client.initialize();
    const logs: LogMessageParams[] = [];
    let stopped!: () => void;
    const stop = new Promise<void>((r) => (stopped = r));
    client.conn.onNotification('window/logMessage', (p: LogMessageParams) => {
      logs.push(p);
      if (/asked a stale run to stop|dropped a queued stale run/.test(p.message)) stopped();
    });
    const text = heavy();
    const big = await client.open('big.md', text);
    // A small document's round trip: by its end the big run has been going for a while.
    const small = await client.open('small.md', 'Fine.\n');
    await client.diagnostics(small);
    expect(client.published.has(big)).toBe(false);
    const v2 = client.diagnostics(big, (p) => p.version === 2);
    await client.change(big, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: 'Edited. ' },
    ]);
    await stop;
    const report = await v2;
    expect(report.diagnostics.length).toBeGreaterThan(0);
    expect(client.published.get(big)!.map((p) => p.version)).toEqual([2]);
    // Stopped between blocks, not by ending its thread: the caches it filled serve the next run.
    expect(logs.filter((l) => /ended a worker/.test(l.message))).toEqual([]);
  }, 180_000);
});
