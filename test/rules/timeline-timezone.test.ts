import { describe, expect, it } from 'vitest';
import { only, timeline, where } from '../structure/helpers.js';

const id = 'timeline-timezone';

describe(id, () => {
  it('flags a timeline with no zone anywhere, once, at the first time', () => {
    const d = only(id, timeline('- 14:02 Deploy started\n- 14:05 Alert fired', 'Timeline'));
    expect(where(d)).toEqual(['6:3 14:02']);
    expect(d[0].message).toBe(
      'Timeline times have no timezone and the timeline declares none: say "All times UTC" once, in the heading or a note line.',
    );
  });

  it('accepts a zone declared in the heading, a note line, a column header or front matter', () => {
    expect(only(id, timeline('- 14:02 Deploy started'))).toEqual([]);
    expect(only(id, timeline('All times in UTC.\n\n- 14:02 Deploy started', 'Timeline'))).toEqual([]);
    expect(only(id, timeline('| Time (UTC) | Event |\n|---|---|\n| 14:02 | Deploy |', 'Timeline'))).toEqual([]);
    expect(only(id, '---\ntype: postmortem\ntimezone: UTC\n---\n## Timeline\n\n- 14:02 Deploy started\n')).toEqual([]);
    expect(only(id, timeline('- 14:02 UTC Deploy started\n- 14:05 Alert fired', 'Timeline'))).toEqual([]);
  });

  it('flags a mixed zone with a fix converting to UTC', () => {
    const d = only(id, timeline('- 14:02 Deploy started\n- 06:05 PST Alert fired'));
    expect(where(d)).toEqual(['7:9 PST']);
    expect(d[0].message).toContain('This entry is in PST while the rest of the timeline is in UTC');
    expect(d[0].suggestions![0].fix).toMatchObject({
      text: '14:05 UTC',
      range: { start: { line: 7, column: 3 }, end: { line: 7, column: 12 } },
    });
  });

  it('flags a declared zone other than the configured one at the declaration', () => {
    const d = only(id, timeline('- 14:02 Deploy started', 'Timeline (all times PST)'));
    expect(where(d)).toEqual(['4:24 PST']);
    expect(d[0].message).toBe(
      'Timeline written in PST; this project writes timelines in UTC so they line up with logs and with readers elsewhere.',
    );
    expect(
      only(id, timeline('- 14:02 Deploy started', 'Timeline (all times CET)'), { timezone: 'Europe/Berlin' }),
    ).toEqual([]);
    expect(
      only(id, timeline('- 14:02 Deploy started', 'Timeline (all times CET)'), {
        rules: { [id]: ['warning', { zone: 'CET' }] },
      }),
    ).toEqual([]);
  });

  it('points at a zone declared in a table header', () => {
    const d = only(
      id,
      timeline('| Date and Time in CET | Event |\n|---|---|\n| 2019-12-05 12:00 | Pipeline triggered |', 'Timeline'),
    );
    expect(where(d)).toEqual(['6:20 CET']);
  });

  it('converts across midnight and keeps dates', () => {
    const d = only(id, timeline('- 23:30 PDT Backup started\n- 2026-03-04 23:30 PST Backup failed', 'Timeline'));
    expect(d.map((x) => x.suggestions?.[0]?.fix?.text)).toEqual(['06:30 UTC (next day)', '2026-03-05 07:30 UTC']);
  });

  it('local time and unresolved IST are flagged; configured IST converts', () => {
    expect(only(id, timeline('- 14:02 (local) Deploy', 'Timeline'))[0].message).toContain(
      'depends on where the reader is',
    );
    expect(only(id, timeline('- 14:02 IST Deploy', 'Timeline'))[0].message).toContain('names several zones');
    const d = only(id, timeline('- 2026-03-04 14:02 IST Deploy', 'Timeline'), { zones: { IST: 'Asia/Kolkata' } });
    expect(d[0].suggestions![0].fix!.text).toBe('2026-03-04 08:32 UTC');
  });

  it('does not run outside postmortems', () => {
    expect(only(id, '## Timeline\n\n- 14:02 Deploy started\n')).toEqual([]);
  });

  it('reads a zone declared as a pair, an offset, a region word, in emphasis, or for events', () => {
    expect(where(only(id, timeline('- 09:02 Canary', 'Timeline (all times in PST/PDT)')))).toEqual(['4:27 PST/PDT']);
    expect(where(only(id, timeline('- 09:02 Canary', 'Timeline (UTC+1)')))).toEqual(['4:14 UTC+1']);
    expect(where(only(id, timeline('- 09:02 Canary', 'Timeline (Pacific time)')))).toEqual(['4:14 Pacific']);
    expect(only(id, timeline('_all times are in UTC_\n\n- 09:02 Canary', 'Timeline'))).toEqual([]);
    expect(only(id, timeline('All events are recorded in UTC.\n\n- 09:02 Canary', 'Timeline'))).toEqual([]);
  });

  it('a note line near the top of the document speaks for the timeline', () => {
    const doc = (zone: string) =>
      `---\ntype: postmortem\n---\nAll times in ${zone}.\n\n## Timeline\n\n- 09:02 Canary\n`;
    expect(only(id, doc('UTC'))).toEqual([]);
    expect(where(only(id, doc('PDT')))).toEqual(['4:14 PDT']);
  });

  it('a timeline of time headings, a timed run and a table with date and time columns are checked', () => {
    expect(
      where(only(id, timeline('### 07:33\n\n- disk at 95%\n\n### 07:41\n\n- archive removed', 'Timeline'))),
    ).toEqual(['6:5 07:33']);
    const run =
      '# Incident\n\n- **Key events**\n  - Detected 2026-04-02 10:12\n  - Declared 2026-04-02 10:31\n  - Mitigated 2026-04-02 11:05\n';
    expect(only(id, `---\ntype: postmortem\n---\n${run}`)).toHaveLength(1);
    expect(
      where(
        only(
          id,
          timeline(
            'Date | Time | Event\n--- | --- | ---\nJune 3 | 16:00 | Upgrade\nJune 3 | 18:45 | Failure',
            'Timeline',
          ),
        ),
      ),
    ).toEqual(['8:10 16:00']);
  });

  it('a story told with times is not a timeline', () => {
    const story =
      'At 5:40 PM a fork opened a pull request.\n\nAt 3:28 PM the token deleted a run.\n\nAt 3:43 PM it pushed a commit.';
    expect(only(id, `---\ntype: postmortem\n---\n## How it happened\n\n${story}\n`)).toEqual([]);
  });

  it('a chat log quoted in the Timeline is its entries; a chat log in an appendix is not a timeline', () => {
    const chat =
      '> tomas [9:12 AM]\n> export failing\n>\n> ines [9:20 AM]\n> rolling back\n>\n> tomas [9:25 AM]\n> recovered';
    expect(where(only(id, timeline(chat, 'Timeline')))).toEqual(['6:10 9:12 AM']);
    expect(only(id, `${timeline('- 09:12 Export failed')}\n## Appendix\n\n${chat}\n`)).toEqual([]);
  });

  it('a timeline list indented into a code block is still read; a fenced log excerpt is not', () => {
    const indented = '    - 10:05 ::::: deployed\n    - 10:40 ::::: rotated';
    expect(where(only(id, timeline(indented, 'Timeline (PST)')))).toEqual(['4:14 PST']);
    expect(only(id, timeline('```\n10:05:01 deploy started\n10:05:09 worker crashed\n```', 'Timeline'))).toEqual([]);
  });
});
