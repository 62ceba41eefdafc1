import { describe, expect, it } from 'vitest';
import { parseTimestampAt, formatClock, findClockTimes } from '../../packages/core/src/document/timestamps.js';

const p = (s: string, loose = true, zones: Record<string, string> = {}) => parseTimestampAt(s, 0, { loose, zones });

describe('parseTimestampAt: every form in the issue', () => {
  it.each([
    ['14:02 deploy started', '14:02', 14 * 60 + 2],
    ['14:02:11.532 pod evicted', '14:02:11.532', 14 * 60 + 2 + 11.532 / 60],
    ['1432 paged primary', '1432', 14 * 60 + 32],
    ['2:14 PM rollback', '2:14 PM', 14 * 60 + 14],
    ['9:15am status page', '9:15am', 9 * 60 + 15],
    ['12:05 AM backup', '12:05 AM', 5],
    ['12:30 p.m. call', '12:30 p.m.', 12 * 60 + 30],
    ['15.26 compared disks', '15.26', 15 * 60 + 26],
    ['9am PT standup', '9am PT', 9 * 60],
  ])('%s', (input, text, minutes) => {
    const ts = p(input)!;
    expect(ts.text).toBe(text);
    expect(ts.minutes).toBeCloseTo(minutes, 5);
  });

  it('ISO 8601 with Z and with an offset', () => {
    expect(p('2026-03-04T14:02:11Z x')).toMatchObject({
      text: '2026-03-04T14:02:11Z',
      date: { year: 2026, month: 3, day: 4 },
      zone: { offset: 0 },
    });
    expect(p('2026-03-04T14:02+02:00 y')).toMatchObject({ date: { day: 4 }, zone: { offset: 120, kind: 'offset' } });
  });

  it('month names, weekday and a generic zone word', () => {
    expect(p('Mar 4, 9:15am Pacific — paged')).toMatchObject({
      text: 'Mar 4, 9:15am Pacific',
      date: { year: null, month: 3, day: 4 },
      minutes: 555,
      zone: { iana: 'America/Los_Angeles' },
    });
    expect(p('Mon 4 Mar 14:02 x')).toMatchObject({ date: { month: 3, day: 4 }, minutes: 842 });
    expect(p('November 14, 2025, 15:02 UTC')).toMatchObject({
      date: { year: 2025, month: 11, day: 14 },
      minutes: 902,
      zone: { offset: 0 },
    });
  });

  it('US and European numeric dates', () => {
    expect(p('07-27-2023 2:14 pm - PR approved')).toMatchObject({
      date: { year: 2023, month: 7, day: 27 },
      minutes: 854,
    });
    expect(p('27/07/2023 10:00')).toMatchObject({ date: { month: 7, day: 27 } });
    expect(p('04.03.2026 10:00')).toMatchObject({ date: { month: 3, day: 4 } });
    expect(p('2023-09-18 15.26 compared')).toMatchObject({ minutes: 926, date: { day: 18 } });
  });

  it('relative times', () => {
    expect(p('T+12 min alert')).toMatchObject({ relative: 12, minutes: null, text: 'T+12 min' });
    expect(p('T+1h rollback')).toMatchObject({ relative: 60 });
    expect(p('T+01:30 recovered')).toMatchObject({ relative: 90 });
    expect(p('T-5m deploy')).toMatchObject({ relative: -5 });
  });

  it('zones: abbreviations, offsets, IANA names, local, emphasis around the time', () => {
    expect(p('**16:58 UTC** - writer saturated')).toMatchObject({ text: '16:58 UTC', zone: { family: 'UTC' } });
    expect(p('04:49 PM UTC branch renamed')).toMatchObject({ minutes: 16 * 60 + 49, zone: { offset: 0 } });
    expect(p('1625 PST paged')).toMatchObject({ minutes: 985, zone: { offset: -480 } });
    expect(p('14:02 CEST x')!.zone).toMatchObject({ offset: 120, family: 'Europe/Berlin' });
    expect(p('14:02 MEZ x')!.zone).toMatchObject({ offset: 60 });
    expect(p('16:25 UTC+5:30 x')!.zone).toMatchObject({ offset: 330 });
    expect(p('14:02 Europe/Berlin x')!.zone).toMatchObject({ kind: 'iana', iana: 'Europe/Berlin' });
    expect(p('14:02 (local) x')!.zone).toMatchObject({ kind: 'local' });
    expect(p('14:02Z x')!.zone).toMatchObject({ offset: 0 });
  });

  it('ambiguous IST/CST follow config zones', () => {
    expect(p('14:02 IST x')!.zone!.kind).toBe('ambiguous');
    expect(p('14:02 IST x', true, { IST: 'Asia/Kolkata' })!.zone).toMatchObject({
      kind: 'iana',
      iana: 'Asia/Kolkata',
      label: 'IST',
    });
    expect(p('14:02 CST x', true, { CST: 'America/Chicago' })!.zone!.iana).toBe('America/Chicago');
  });

  it('a time range is one timestamp whose zone comes after the end', () => {
    expect(p('10:00 - 10:30 UTC degraded')).toMatchObject({ minutes: 600, zone: { offset: 0 } });
    expect(p('16:11 - 2 pods restarted')).toMatchObject({ text: '16:11' });
  });

  it('shapes of real timelines: a colon after the time, braces, short meridiems, month-day without a year', () => {
    expect(p('01:39: pager fired')).toMatchObject({ text: '01:39', minutes: 99 });
    expect(p('{{ 06:10 }}')).toMatchObject({ minutes: 370 });
    expect(p('9:06a vendor e-mail')).toMatchObject({ minutes: 546, clock: '12h' });
    expect(p('0:25:59 AM errors')).toMatchObject({ minutes: 25 + 59 / 60 });
    expect(p('[03-26 02:50] reported')).toMatchObject({ date: { year: null, month: 3, day: 26 }, minutes: 170 });
    expect(p('2023-01-04/11:34: blocked')).toMatchObject({ date: { day: 4 }, minutes: 694 });
    expect(p('2021-10-03 2309 paged')).toMatchObject({ minutes: 23 * 60 + 9 });
  });

  it('a meridiem written once after a range holds for its start', () => {
    expect(p('2022-01-20 between 02:00 and 02.30 PM')).toMatchObject({ minutes: 14 * 60, range: true });
    expect(p('11:50 - 1:15 PM')).toMatchObject({ minutes: 11 * 60 + 50 });
  });

  it('look-alikes are not timestamps', () => {
    expect(p('03-26 nodes drained')).toBeNull();
    expect(p('14:02.5 x')).toBeNull();
    expect(p('Version 1.5 released')).toBeNull();
    expect(p('3/4 of nodes')).toBeNull();
    expect(p('25:00 x')).toBeNull();
    expect(p('14:61 x')).toBeNull();
    expect(p('1432 paged', false)).toBeNull();
    expect(p('13:02 PM x')).toBeNull();
    expect(p('The deploy at 14:02')).toBeNull();
  });

  it('formats and finds clock times', () => {
    expect(formatClock(14 * 60 + 2)).toBe('14:02');
    expect(formatClock(-30)).toBe('23:30');
    expect(formatClock(61.5)).toBe('01:01:30');
    expect(findClockTimes('between 14:02 and 2:43 PM, v1.2:3').map((t) => t.start)).toEqual([8, 18]);
  });
});
