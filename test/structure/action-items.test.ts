import { describe, expect, it } from 'vitest';
import { parseActionItem } from '../../packages/core/src/document/action-item-fields.js';
import { findDueDate } from '../../packages/core/src/document/dates.js';

const item = (text: string) => {
  const r = parseActionItem({ text, start: 0 });
  return {
    owners: r.owners.map((o) => o.text),
    placeholder: r.ownerPlaceholder?.text ?? null,
    due: r.due?.text ?? null,
    vague: r.vagueDue?.text ?? null,
    status: r.status,
    tickets: r.tickets.map((t) => t.text),
  };
};

describe('parseActionItem: owner', () => {
  it.each([
    ['Add a disk alert (owner: @kim, due 2026-07-15)', ['@kim']],
    ['Priya to add a canary stage by 2026-07-15', ['Priya']],
    ['Ana and Tomás to review paging policy', ['Ana', 'Tomás']],
    ['Add retry budget @ana @ben', ['@ana', '@ben']],
    ['Write the runbook — Mehmet Yılmaz', ['Mehmet Yılmaz']],
    ['Migrate the mesh — Platform team, Q4 2026', ['Platform team']],
    ['Owner: Nguyễn Văn An. Add alert', ['Nguyễn Văn An']],
    ['Add alert. Owner: on-call. Due: 2026-08-01', ['on-call']],
    ['Move to the new cluster by Friday', []],
    ['We will add a check for disk size', []],
    ['Switch to the new DNS provider', []],
  ])('%s', (text, owners) => expect(item(text).owners).toEqual(owners));

  it('placeholders name nobody', () => {
    expect(item('Owner: TBD. Add runbook')).toMatchObject({ owners: [], placeholder: 'TBD' });
    expect(item('Add runbook (owner: ?)').placeholder).toBe('?');
  });

  it('reads owner, due and status columns of a table row', () => {
    const r = parseActionItem({
      text: 'Add alert | Ngozi Okafor | 2026-07-01 | Done',
      start: 100,
      cells: [
        { header: 'Action', text: 'Add alert', start: 100, end: 109 },
        { header: 'Owner', text: 'Ngozi Okafor', start: 112, end: 124 },
        { header: 'Due', text: '2026-07-01', start: 127, end: 137 },
        { header: 'Status', text: 'Done', start: 140, end: 144 },
      ],
    });
    expect(r.owners).toEqual([{ text: 'Ngozi Okafor', start: 112, end: 124 }]);
    expect(r.due).toMatchObject({ start: 127, end: 137, date: { year: 2026, month: 7, day: 1 } });
    expect(r.status).toBe('done');
  });
});

describe('parseActionItem: due date', () => {
  it.each([
    ['Add alert by 2026-07-15', '2026-07-15'],
    ['Add alert, due: 15 July 2026', '15 July 2026'],
    ['Add alert (due July 15, 2026)', 'July 15, 2026'],
    ['Add alert, target Q4 2026', 'Q4 2026'],
    ['Add alert by end of Q3 2026', 'end of Q3 2026'],
    ['Add alert, ETA: 2026/08/01', '2026/08/01'],
    ['Add alert in H1 2027', 'H1 2027'],
    ['Add alert by July 2026', 'July 2026'],
  ])('%s', (text, due) => expect(item(text).due).toBe(due));

  it.each([
    ['Add alert ASAP', 'ASAP'],
    ['Add alert, due: soon', 'soon'],
    ['Add alert by next sprint', 'next sprint'],
    ['Add alert by Friday', 'Friday'],
    ['Add alert, due: TBD', 'TBD'],
    ['Add alert, deadline: Q4', 'Q4'],
  ])('%s is not a date', (text, vague) => expect(item(text)).toMatchObject({ due: null, vague }));

  it('periods end on their last day', () => {
    expect(findDueDate('Q4 2026')!.date).toEqual({ year: 2026, month: 12, day: 31 });
    expect(findDueDate('H1 2027')!.date).toEqual({ year: 2027, month: 6, day: 30 });
    expect(findDueDate('by February 2028')!.date).toEqual({ year: 2028, month: 2, day: 29 });
    expect(findDueDate("Q2'27")!.date).toEqual({ year: 2027, month: 6, day: 30 });
    expect(findDueDate('the first quarter of 2027')!.date).toEqual({ year: 2027, month: 3, day: 31 });
    expect(findDueDate('end of 2027')!.date).toEqual({ year: 2027, month: 12, day: 31 });
    // Not a period at all: no date, and no error.
    expect(findDueDate('by the third half of 2027')).toBeNull();
  });
});

describe('parseActionItem: status and tickets', () => {
  it('status from markers and labels', () => {
    expect(parseActionItem({ text: 'Add alert', start: 0, checked: true }).status).toBe('done');
    expect(parseActionItem({ text: 'Add alert', start: 0, checked: false }).status).toBe('open');
    expect(item('Document rollover process (done)').status).toBe('done');
    expect(item('~~Add alert~~').status).toBe('done');
    expect(item('Add alert, status: in progress').status).toBe('open');
    expect(item('Add alert').status).toBeNull();
  });

  it('tickets: JIRA keys, #numbers, issue URLs', () => {
    expect(item('Add retry budget [OPS-123], see #45 and https://github.com/acme/api/issues/12').tickets).toEqual([
      'OPS-123',
      '#45',
      'https://github.com/acme/api/issues/12',
    ]);
  });
});
