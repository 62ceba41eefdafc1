import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lint, resolveConfig } from '@blameless-lint/core';
import { carries } from '../../packages/core/src/engine/carry.js';
import { clearBlockCaches } from '../../packages/core/src/engine/block-cache.js';

// The timeline and action-item rules' findings are carried over an edit that touches nothing they read
// (engine/carry.ts). Carried or not, every lint must equal a one-off lint of the same text.
const config = resolveConfig([]);
const now = '2026-11-20';
const typing = (t: string, file = 'doc.md') => lint(t, { filePath: file, config, now, incremental: true }).diagnostics;
const oneOff = (t: string, file = 'doc.md') => lint(t, { filePath: file, config, now }).diagnostics;
const FAMILY = /^(?:action-item|vague-action-item|timeline|interpretive-timeline)/;
const family = (t: string) => oneOff(t).filter((d) => FAMILY.test(d.ruleId));

const DOC = `# Queue stall on the ingest cluster

## Summary

Ingest stopped for 40 minutes after a broker ran out of disk. Uploads queued and were replayed later.

## Impact

About 1,200 uploads were late. Nothing was lost.

## Timeline

All times UTC.

- 09:02 Disk usage alert fired on broker-3.
- 09:10 The on-call engineer panicked and restarted the wrong broker.
- 09:31 Broker-3 disk cleared by the retention job.
- 09:42 Ingest recovered.

## Contributing factors

- Retention ran once a day, so a burst filled the disk before it ran.

## Notes

The replay tool worked as designed and drained the backlog in twelve minutes.

### Details

Nothing further to add here.

## Action items

- [ ] Run retention hourly. Owner: Dana Kowalski, due 2026-11-10
- [ ] Improve monitoring
`;

/** Every keystroke of `typed` inserted at `at`. */
function* keystrokes(base: string, at: number, typed: string): Generator<string> {
  for (let i = 1; i <= typed.length; i++) yield base.slice(0, at) + typed.slice(0, i) + base.slice(at);
}

/** Lints `before` then `after` as an editor would, and checks `after` against a one-off lint; the carries made. */
function step(before: string, after: string): { carried: number } {
  typing(before);
  const from = carries();
  expect(typing(after)).toEqual(oneOff(after));
  return { carried: carries() - from };
}

describe('findings carried over an edit', () => {
  it('carries every timeline and action-item rule over typing in prose, equal to a one-off lint', () => {
    clearBlockCaches();
    const at = DOC.indexOf('drained the backlog');
    let last = DOC;
    typing(last);
    const perKey: number[] = [];
    for (const version of keystrokes(DOC, at, 'quickly and quietly ')) {
      const from = carries();
      expect(typing(version)).toEqual(oneOff(version));
      perKey.push(carries() - from);
      last = version;
    }
    // Eight rules of the default preset read timelines or action items (deadline, owner, overdue, vague,
    // interpretive, order, timestamp, timezone): each is carried on every key.
    expect(Math.min(...perKey)).toBe(8);
    expect(family(last).length).toBeGreaterThan(3);
  });

  it('carries every rule of both groups when the same text is linted again', () => {
    clearBlockCaches();
    typing(DOC);
    const from = carries();
    expect(typing(DOC)).toEqual(oneOff(DOC));
    expect(carries() - from).toBe(8);
  });

  it('runs the timeline rules again when the edit is in a timeline, and still carries the action-item rules', () => {
    clearBlockCaches();
    const at = DOC.indexOf('Ingest recovered');
    const { carried } = step(DOC, `${DOC.slice(0, at)}Uploads resumed. ${DOC.slice(at)}`);
    expect(carried).toBe(4);
    const typed = `${DOC.slice(0, at)}We were lucky. ${DOC.slice(at)}`;
    expect(family(typed)).not.toEqual(family(DOC));
    expect(step(DOC, typed).carried).toBe(4);
  });

  // One edit outside every timeline and action section that changes what those rules find: none may be carried.
  // Each starts from a document (or a variant of DOC) and makes a single change in a part no rule read before.
  const notes = 'The replay tool worked';
  const changes: Array<[string, string, (t: string) => string]> = [
    [
      'a run of timed lines typed into prose (a timeline found by its times)',
      DOC,
      (t) =>
        t.replace(
          notes,
          `- 10:01 Replay started.\n- 10:05 Someone got confused by the dashboard.\n- 10:13 Replay done.\n\n${notes}`,
        ),
    ],
    [
      'a note that declares the zone of every timeline',
      DOC.replace('All times UTC.\n\n', ''),
      (t) => t.replace(notes, `All times are in CET. ${notes}`),
    ],
    [
      'a paragraph that introduces a list of follow-ups',
      DOC,
      (t) => t.replace('Nothing further to add here.', 'We will make these changes:\n\n- Review the disk alerts'),
    ],
    [
      'a day-first date anywhere (05/12/2026 is then 5 December, not yet due)',
      DOC.replace('due 2026-11-10', 'due 05/12/2026'),
      (t) => t.replace('Nothing was lost.', 'Nothing was lost (checked 25/11/2026).'),
    ],
    [
      'a heading level that re-parents a section in another part (its list becomes action items)',
      `${DOC}\n## Lessons learned\n\nDisks fill faster than a daily job runs.\n\n### Database\n\n- Improve monitoring\n`,
      // Still a Lessons section, read by neither family; "Database" after it is now under Action items.
      (t) => t.replace('## Lessons learned', '#### Lessons learned'),
    ],
    ['a Notes heading renamed to a follow-up heading', DOC, (t) => t.replace('## Notes', '## Next steps')],
  ];
  for (const [name, base, change] of changes)
    it(`finds what a one-off lint finds after ${name}`, () => {
      clearBlockCaches();
      const after = change(base);
      expect(after).not.toBe(base);
      expect(family(after)).not.toEqual(family(base));
      step(base, after);
      // And back again.
      step(after, base);
    });

  it('equals a one-off lint at every keystroke typed into each part of the examples', () => {
    const dir = fileURLToPath(new URL('../../examples/', import.meta.url));
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
      const text = readFileSync(dir + file, 'utf8');
      clearBlockCaches();
      // The second word of every tenth line: prose, timeline entries, action items and headings alike.
      const lines = text.split('\n');
      let offset = 0;
      for (let i = 0; i < lines.length; i++) {
        const space = lines[i]!.indexOf(' ');
        if (i % 10 === 3 && space > 0) {
          const at = offset + space + 1;
          typing(text, file);
          for (const version of keystrokes(text, at, '09:14 We '))
            expect(typing(version, file)).toEqual(oneOff(version, file));
        }
        offset += lines[i]!.length + 1;
      }
    }
  });
});
