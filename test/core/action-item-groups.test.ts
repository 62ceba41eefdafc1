import { describe, expect, it } from 'vitest';
import { lint, parseDocument, resolveConfig } from '@blameless-lint/core';
import { readActionItems } from '../../packages/core/src/document/action-items.js';

// Items grouped under a bold label ("- **Short term**:" with the items nested under it, or "**Immediate**" on a
// line of its own over a list) are items, and the label may close them, date them or name who owns them.
const doc = `# Payout batch late

## Summary

The payout file for 2026-11-24 reached the bank 3 hours late; 412 merchants were paid a day late.

## Action items

- **Short term**:
  - Add a canary stage to the label service deploy
    - context: the last two deploys went out at once
- **Completed**:
  - Rolled back the scanner firmware to 4.2.1
- **Ilse Vermeer**:
  - Add a timeout to the carrier webhook call, due 2027-01-20
- **Billing team**:
  - Add a size cap to the payout file, due 2027-01-22
  - Kenji to add an alert on payout file rejections, due 2027-01-25
- **By end of January 2027**:
  - Priya to pin the bank client version

**Done during the incident**

- Restarted the payout workers

**Next quarter (Q1 2027)**

- Marta to move payout signing to the HSM
`;

/** Each item as read: its text, status, owners and due date as written. */
const itemsOf = (text: string) =>
  readActionItems(parseDocument(text)).map((i) => ({
    text: i.text,
    status: i.status,
    owners: i.owners.map((o) => o.text),
    due: i.due?.text ?? null,
  }));

describe('action items under group labels', () => {
  it('reads each nested item as an item, with what its label says of it', () => {
    const items = itemsOf(doc);
    expect(items).toEqual([
      { text: 'Add a canary stage to the label service deploy', status: null, owners: [], due: null },
      { text: 'Rolled back the scanner firmware to 4.2.1', status: 'done', owners: [], due: null },
      {
        text: 'Add a timeout to the carrier webhook call, due 2027-01-20',
        status: null,
        owners: ['Ilse Vermeer'],
        due: '2027-01-20',
      },
      {
        text: 'Add a size cap to the payout file, due 2027-01-22',
        status: null,
        owners: ['Billing team'],
        due: '2027-01-22',
      },
      {
        text: 'Kenji to add an alert on payout file rejections, due 2027-01-25',
        status: null,
        owners: ['Kenji'],
        due: '2027-01-25',
      },
      { text: 'Priya to pin the bank client version', status: null, owners: ['Priya'], due: 'end of January 2027' },
      { text: 'Restarted the payout workers', status: 'done', owners: [], due: null },
      { text: 'Marta to move payout signing to the HSM', status: null, owners: ['Marta'], due: 'Q1 2027' },
    ]);
  });

  it('flags the items, not the labels: a team named by the label is reported on each of its items', () => {
    const lines = doc.split('\n');
    const found = lint(doc, { filePath: 'pm.md', config: resolveConfig([]), now: '2026-12-01' })
      .diagnostics.filter((d) => d.ruleId.startsWith('action-item'))
      .map((d) => `${d.ruleId} ${lines[d.range.start.line - 1]!.trim()}`);
    expect(found.sort()).toEqual(
      [
        'action-item-deadline - Add a canary stage to the label service deploy',
        'action-item-owner - Add a canary stage to the label service deploy',
        'action-item-owner - Add a size cap to the payout file, due 2027-01-22',
      ].sort(),
    );
  });

  it('reads a plain group name over nested items as a group, and a task over its details as an item', () => {
    const plain = `# Settlement late

## Action items

1. Monitoring
   1. Page the payments on-call when no settlement file left by 16:30, owner @dara, due 2027-01-12
   2. Chart settlement file size per day
2. Rohan Mehta
   - Add a canary for the settlement file writer, due 2027-02-10
3. Completed
   - Paused the retry job for settlement files
- Fix alerting
  - page on settlement delay
- Harden settlement
  - Owner: Maya Cohen
`;
    const items = readActionItems(parseDocument(plain)).map((i) => ({
      text: i.text,
      status: i.status,
      owners: i.owners.map((o) => o.text),
    }));
    expect(items).toEqual([
      {
        text: 'Page the payments on-call when no settlement file left by 16:30, owner @dara, due 2027-01-12',
        status: null,
        owners: ['@dara'],
      },
      { text: 'Chart settlement file size per day', status: null, owners: [] },
      { text: 'Add a canary for the settlement file writer, due 2027-02-10', status: null, owners: ['Rohan Mehta'] },
      { text: 'Paused the retry job for settlement files', status: 'done', owners: [] },
      // A verb opens it: a task, and what is nested under it its details or fields.
      { text: 'Fix alerting', status: null, owners: [] },
      { text: 'Harden settlement', status: null, owners: ['Maya Cohen'] },
    ]);
  });

  it('reads an entry over items that say who and by when as their group, and what its label says of them', () => {
    const owned = `# Replay ran twice

## Action items

1. Replay tooling
   1. replay CLI refuses an empty tenant id — @okafor — 2027-01-14
2. Drills, to be completed by the end of February 2027
   - Run a failover drill for the replay service. Owner: Imani Bello.
- **Owner: Sota Kimura**
  - Add a row-count guard to the replay job. Due 2027-01-28.
- Migrate the replay jobs to the new scheduler (owner: @imani)
  - Sota to move the nightly jobs, due 2027-02-02
`;
    const items = itemsOf(owned);
    expect(items).toEqual([
      {
        text: 'replay CLI refuses an empty tenant id — @okafor — 2027-01-14',
        status: null,
        owners: ['@okafor'],
        due: '2027-01-14',
      },
      // "to be completed by …" is the group's period, not a report that its items are done.
      {
        text: 'Run a failover drill for the replay service. Owner: Imani Bello.',
        status: null,
        owners: ['Imani Bello'],
        due: 'end of February 2027',
      },
      {
        text: 'Add a row-count guard to the replay job. Due 2027-01-28.',
        status: null,
        owners: ['Sota Kimura'],
        due: '2027-01-28',
      },
      // An entry with its own owner is an item, and what is nested under it its details.
      expect.objectContaining({
        text: 'Migrate the replay jobs to the new scheduler (owner: @imani)',
        owners: ['@imani'],
      }),
    ]);
  });

  it("names the label's team in the finding it reports on each item", () => {
    const team = `# Replay ran twice

## Summary

The nightly replay ran twice on 2026-11-20 and wrote 3,100 duplicate rows.

## Root cause

The replay job took no lock, and a retry started a second run.

## Action items

- **Replay team**:
  - Add a row-count guard to the replay job, due 2027-01-28
`;
    const found = lint(team, { filePath: 'pm.md', config: resolveConfig([]), now: '2026-12-01' }).diagnostics.filter(
      (d) => d.ruleId === 'action-item-owner',
    );
    expect(found.map((d) => [d.range.start.line, d.message.split(' is ')[0]])).toEqual([[14, '"Replay team"']]);
  });
});
