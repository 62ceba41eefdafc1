import { describe, expect, it } from 'vitest';
import { only, timeline, where } from '../structure/helpers.js';

const id = 'timeline-timestamp';

describe(id, () => {
  it('flags a list entry without a time', () => {
    const d = only(id, timeline('- 14:02 Deploy started\n- Error-rate alert fired\n- 14:20 Rollback'));
    expect(where(d)).toEqual(['7:3 Error-rate alert fired']);
    expect(d[0].message).toMatch(/^Timeline entry without a timestamp/);
  });

  it('flags a row of a timed table with an empty time cell', () => {
    expect(where(only(id, timeline('| Time | Event |\n|---|---|\n| 14:02 | Deploy |\n|  | Alert fired |')))).toEqual([
      '9:6 Alert fired',
    ]);
  });

  it('leaves notes, links, nested details and paragraphs alone', () => {
    const body =
      'All times UTC.\n\n- 14:02 Deploy started\n  - canary skipped\n- Note: times from the deploy log\n- [Full log](https://example.com/log)\n\nSee the channel for more.';
    expect(only(id, timeline(body))).toEqual([]);
  });

  it('template rows: empty rows and placeholder times are not entries without a time', () => {
    expect(
      only(id, timeline('| Time | Event |\n|---|---|\n| 20xx-MM-DD HH:mm | Short event description |\n|  |  |')),
    ).toEqual([]);
  });

  it('accepts a time after a short lead-in', () => {
    expect(
      only(
        id,
        timeline(
          '- At 14:02, the deploy started\n- ~14:05 alert fired\n- **Detected:** 2023-09-18 13:42\n- Incident declared: 15:12',
        ),
      ),
    ).toEqual([]);
    expect(only(id, timeline('- Version: 2019 rollout'))).toHaveLength(1);
  });

  it('accepts every timestamp form', () => {
    const body = [
      '14:02 a',
      '1432 b',
      '2:14 PM c',
      '2026-03-04T14:02Z d',
      'Mar 4, 9:15am Pacific e',
      'T+12 min f',
      '2026-03-05 g',
    ]
      .map((l) => `- ${l}`)
      .join('\n');
    expect(only(id, timeline(body))).toEqual([]);
  });

  it('a timeline of time headings: the bullets under each heading are its body, not entries', () => {
    expect(
      only(
        id,
        timeline('### 07:33\n\n- disk at 95%\n- alert routed to the DB rotation\n\n### 07:41\n\n- archive removed'),
      ),
    ).toEqual([]);
  });

  it('template slots, attribute lists and bullets under a timed paragraph are not entries without a time', () => {
    expect(only(id, timeline('- ${time} ::::: ${event}\n- ${...}', 'Timeline'))).toEqual([]);
    expect(only(id, timeline('Time | Event\n--- | ---\n08:10 | Import started\n{: .table }'))).toEqual([]);
    expect(only(id, timeline('10:12 – Backlog grew:\n\n* EU shard\n* US shard\n\n10:20 – Pool doubled'))).toEqual([]);
  });

  it('a timed run under any heading is a timeline: a group label over it is not an entry', () => {
    const body =
      '- **Key events**\n  - Detected 2026-04-02 10:12\n  - Declared 2026-04-02 10:31\n  - Mitigated 2026-04-02 11:05\n- **Impact**: delays';
    expect(only(id, `---\ntype: postmortem\n---\n# Incident on 2026-04-02\n\n${body}\n`)).toEqual([]);
  });
});
