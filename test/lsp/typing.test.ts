/**
 * The built server while someone types (issue 13): keys come faster than the debounce, for seconds on end,
 * and the squiggles must keep up rather than wait for the typing to stop. Keys are sent on a clock, as a
 * person's are; what is checked is what the editor is shown, not how fast this machine is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, Client, repo } from './harness.js';

let client: Client;
beforeAll(() => buildServer(), 120_000);
afterEach(async () => client?.shutdown());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const postmortem = [
  '01-clean-postmortem.md',
  '02-checkout-outage-blameful.md',
  '03-database-failover.md',
  '04-dns-misconfiguration.md',
]
  .map((f) => readFileSync(join(repo, 'examples', f), 'utf8').replace(/^# /m, '## '))
  .join('\n');

describe('typing', () => {
  it('publishes while keys come faster than the debounce, never an older version after a newer one', async () => {
    client = new Client({ settings: { debounce: 150 } });
    await client.initialize();
    const uri = await client.open('typing.md', postmortem);
    await client.diagnostics(uri);
    const line = client
      .text(uri)
      .split('\n')
      .findIndex((l) => /^The [a-z]+ /.test(l));
    const typed = 'Meanwhile the zorvex relay kept retrying and quillan should have paged. ';
    const started = Date.now();
    let version = 1;
    for (let i = 0; i < 30; i++) {
      await sleep(started + i * 100 - Date.now());
      version = await client.change(uri, [
        { range: { start: { line, character: i }, end: { line, character: i } }, newText: typed[i]! },
      ]);
    }
    const typingEnded = Date.now();
    const final = await client.diagnostics(uri, (p) => p.version === version);
    const all = client.published.get(uri)!;
    const whileTyping = all.filter((p) => p.version! > 1 && p.version! < version);
    // 3 s of keys every 100 ms against a 150 ms debounce: a run at least every 400 ms.
    expect(whileTyping.length, `published versions ${all.map((p) => p.version).join(',')}`).toBeGreaterThanOrEqual(3);
    const versions = all.map((p) => p.version!);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(final.version).toBe(version);
    expect(Date.now() - typingEnded).toBeLessThan(5000);
  }, 120_000);
});
