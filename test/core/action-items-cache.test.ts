import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint, parseDocument, resolveConfig } from '@blameless-lint/core';
import { clearBlockCaches } from '../../packages/core/src/engine/block-cache.js';
import { readActionItems } from '../../packages/core/src/document/action-items.js';
import { regionReads } from '../../packages/core/src/document/action-items-cache.js';

// The action items of a region are read once and placed where the region is now on later lints (the language
// server's case): an edit elsewhere must read no region again, and what is placed must be what a fresh read gives.
const example = (f: string) => readFileSync(fileURLToPath(new URL(`../../examples/${f}`, import.meta.url)), 'utf8');
// Several action sections, and every other shape of region: a table with owner and due columns under a plain
// heading, a bold label with items nested under it, a sub-heading whose period dates its items, prose items, an
// `Action item:` line elsewhere, done and past-tense items.
const handmade = `## Platform work

| Action | Owner | Due |
|---|---|---|
| Add a canary stage to the deploy pipeline | @rui | 2026-03-04 |
| Alert on queue depth | Platform team | 04/03/2026 |

- **Review actions**:
  - Rotate the signing keys, owner: Sam, due 2026-02-01
  - Document the failover

Action item: add a runbook for the cache tier.

## Action items

### Long-term (Q4 2025 - Q1 2026)

1. Split the billing database by tenant
2. Replace the cron scheduler
   - Owner: @ana
   - Due: 2026-05-01

### Immediate actions (completed)

- Reverted the change
- [x] Paged the database team

The platform team will add load shedding to the gateway.
`;
const text = [example('02-checkout-outage-blameful.md'), handmade, example('03-database-failover.md')].join('\n');
const config = resolveConfig([]);
const now = '2026-11-01';
const lintNow = (t: string) => lint(t, { filePath: 'pm.md', config, now, incremental: true }).diagnostics;
const cold = (t: string) => {
  clearBlockCaches();
  return lintNow(t);
};
/** The items as plain data, each block by where it starts. */
const itemsOf = (t: string) =>
  readActionItems(parseDocument(t), ['Platform team']).map(({ block, ...item }) => ({ ...item, block: block.start }));

describe('action items across lints', () => {
  it('reads no region again for an edit outside every region, and only the edited one for an edit inside', () => {
    clearBlockCaches();
    lintNow(text);
    const first = regionReads();
    const summary = text.indexOf('Card payments and the order history');
    expect(summary).toBeGreaterThan(0);
    const outside = `${text.slice(0, summary)}Meanwhile zorvex retried. ${text.slice(summary)}`;
    lintNow(outside);
    expect(regionReads()).toBe(first);
    const inside = outside.replace('Replace the cron scheduler', 'Replace the cron scheduler and its queue');
    lintNow(inside);
    expect(regionReads()).toBe(first + 1);
    expect(lintNow(inside)).toEqual(cold(inside));
  });

  it('reads a region again when the heading above it changes, though its own text did not', () => {
    clearBlockCaches();
    lintNow(text);
    itemsOf(text);
    // The table's items are done once their section's heading says so; the heading is not part of the region, and
    // this edit moves nothing.
    const done = text.replace('## Platform work', '## Platform done');
    expect(itemsOf(done)).toEqual((clearBlockCaches(), itemsOf(done)));
    expect(itemsOf(done).filter((i) => i.status === 'done').length).toBeGreaterThan(
      itemsOf(text).filter((i) => i.status === 'done').length,
    );
    expect(lintNow(done)).toEqual(cold(done));
  });

  it('places what a fresh read gives, edit after edit', () => {
    const pieces = [
      '- ',
      '  - ',
      '- [ ] ',
      '1. ',
      '\n\n',
      '\n',
      '## Action items\n\n',
      '### Done\n\n',
      '## Timeline\n\n',
      '**Follow-ups**:\n',
      'Action item: ',
      'owner: Sam, ',
      '@ana ',
      'Platform team to ',
      'due 2026-01-05 ',
      '05/01/2026 ',
      'Q3 2026 ',
      'TBD ',
      '| Owner | Due |\n|---|---|\n| x | y |\n',
      'Reverted ',
      'will ',
      ' ',
      'x',
    ];
    const edit = fc.oneof(
      fc.record({ at: fc.nat(), insert: fc.constantFrom(...pieces) }),
      fc.record({ at: fc.nat(), remove: fc.integer({ min: 1, max: 30 }) }),
    );
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        clearBlockCaches();
        lintNow(text);
        itemsOf(text);
        let current = text;
        const versions: Array<{ text: string; found: unknown; items: unknown }> = [];
        for (const e of edits) {
          // Edits land in the second half of the time (where the handmade regions are) as often as anywhere.
          const span = current.length + 1;
          const at = e.at % 2 ? e.at % span : Math.floor(span / 3) + (e.at % Math.ceil(span / 3));
          current =
            'insert' in e
              ? current.slice(0, at) + e.insert + current.slice(at)
              : current.slice(0, at) + current.slice(at + e.remove);
          versions.push({ text: current, found: lintNow(current), items: itemsOf(current) });
        }
        // Fresh reads only after the warm run, so clearing the caches never helps the one across lints.
        for (const v of versions) {
          expect(v.found).toEqual(cold(v.text));
          expect(v.items).toEqual(itemsOf(v.text));
        }
      }),
      { numRuns: 40 },
    );
  });
});
