import { describe, expect, it } from 'vitest';
import { only, timeline, where } from '../structure/helpers.js';

const id = 'timeline-order';

describe(id, () => {
  it('flags an entry earlier than the one before it', () => {
    const d = only(id, timeline('- 14:02 Deploy\n- 14:10 Rollback\n- 14:05 Alert'));
    expect(where(d)).toEqual(['8:3 14:05']);
    expect(d[0].message).toBe(
      '"14:05" comes after "14:10" but is earlier (zones converted): move the entry so the timeline reads in order.',
    );
  });

  it('equal times, converted zones and 12-hour clocks are in order', () => {
    expect(only(id, timeline('- 14:02 Deploy\n- 14:02 Canary errors'))).toEqual([]);
    expect(only(id, timeline('- 06:02 PST Deploy\n- 14:05 UTC Alert', 'Timeline'))).toEqual([]);
    expect(only(id, timeline('- 11:50 AM Deploy\n- 1:05 PM Alert'))).toEqual([]);
  });

  it('a date heading, a date line or a dated entry starts a new day', () => {
    expect(only(id, timeline('### 2026-03-04\n\n- 23:50 Backup\n\n### 2026-03-05\n\n- 00:10 Failure'))).toEqual([]);
    expect(only(id, timeline('- 2026-03-04 23:50 Backup\n- 2026-03-05 00:10 Failure'))).toEqual([]);
    expect(
      only(
        id,
        timeline(
          '01-10-2024\n\n7:32 PM - Chain stalled\n\n01-11-2024\n\n7:10 AM - Patched',
          'Timeline (all times PST)',
        ),
      ),
    ).toEqual([]);
  });

  it('a table with a date column is checked row by row', () => {
    const d = only(
      id,
      timeline('| Time | Event |\n|---|---|\n| 2023-02-14 11:08 | Mail |\n| 2023-02-14 11:07 | Ticket |'),
    );
    expect(where(d)).toEqual(['9:3 2023-02-14 11:07']);
  });

  it('a long jump back without a date is a probable midnight crossing', () => {
    const d = only(id, timeline('- 23:50 Backup\n- 00:10 Failure'));
    expect(d[0].message).toContain('goes back from 23:50 to "00:10" with no date change');
  });

  it('relative times are compared with each other', () => {
    expect(where(only(id, timeline('- T+0 Deploy\n- T+12 min Alert\n- T+5 min Page')))).toEqual(['8:3 T+5 min']);
  });

  it('reads month-day times in brackets, a date and time joined by a slash, and weekday date headings', () => {
    expect(where(only(id, timeline('- [03-26 23:04] Drained\n- [03-26 02:50] Reported')))).toEqual(['7:4 03-26 02:50']);
    expect(where(only(id, timeline('*2026-05-02/12:15*: Confirmed<br />\n*2026-05-02 11:05*: Recovered')))).toEqual([
      '7:2 2026-05-02 11:05',
    ]);
    expect(
      only(id, timeline('### 2026-05-02 Saturday\n\n- 21:30 Failed\n\n### 2026-05-03 Sunday\n\n- 07:45 Retried')),
    ).toEqual([]);
  });

  it('time headings are entries; "between 02:00 and 02:30 PM" starts at 14:00', () => {
    expect(
      where(only(id, timeline('### 2026-02-11 between 02:00 and 02:30 PM\nMerged.\n\n### 06:10\nReported.'))),
    ).toEqual(['9:5 06:10']);
  });

  it('a weekday or "Day 2" heading starts a new day whose date is not written', () => {
    expect(only(id, timeline('### Friday\n\n- 23:40 Import\n\n### Saturday\n\n- 00:15 Failure'))).toEqual([]);
    expect(only(id, timeline('**Day 1**\n\n- 22:50 Rebalance\n\n**Day 2**\n\n- 03:05 Finished'))).toEqual([]);
    expect(where(only(id, timeline('### Friday\n\n- 23:40 Import\n- 23:10 Drained')))).toEqual(['9:3 23:10']);
  });
});
