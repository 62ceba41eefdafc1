import { describe, expect, it } from 'vitest';
import { actions, only, where } from '../structure/helpers.js';

const id = 'action-item-deadline';

describe(id, () => {
  it('flags a missing date on the item', () => {
    const d = only(id, actions('- [ ] Add a disk alert (owner: @kim)'));
    expect(where(d)).toEqual(['6:7 Add a disk alert (owner: @kim)']);
    expect(d[0].message).toMatch(/^Action item has no due date/);
  });

  it.each(['ASAP', 'soon', 'next sprint', 'Friday', 'TBD'])('"%s" is not a date', (word) => {
    const d = only(id, actions(`- [ ] Add a disk alert (owner: @kim, due: ${word})`));
    expect(d.map((x) => x.actual)).toEqual([word]);
    expect(d[0].message).toBe(`"${word}" is not a date: write the day it is due (e.g. "due 2026-07-15").`);
  });

  it.each(['due 2026-07-15', 'by Q4 2026', 'due: 15 July 2026', 'target H1 2027', 'by end of Q3 2026'])(
    'accepts %s',
    (due) => {
      expect(only(id, actions(`- [ ] Add a disk alert (owner: @kim, ${due})`))).toEqual([]);
    },
  );

  it('a sub-heading period dates its items; the end of a range counts', () => {
    const text = actions('### Long-term (Q4 2026 - Q1 2027)\n\n- [ ] Add load tests for the pool (owner: @kim)');
    expect(only(id, text)).toEqual([]);
    // The heading's period is shared, so the finding sits on each overdue item, naming the period.
    const overdue = only('action-item-overdue', text, {}, '2027-04-02');
    expect(overdue.map((d) => d.actual)).toEqual(['Add load tests for the pool (owner: @kim)']);
    expect(overdue[0].message).toContain('was due Q1 2027');
  });

  it('skips reports of work already done and empty template boxes', () => {
    const text = actions(
      '### Immediate actions\n\n- ✅ Reverted the change (owner: @kim)\n- Sent communications to the affected teams\n- [ ] ',
    );
    expect(only(id, text)).toEqual([]);
  });

  it('bullets that lost their indentation under "1. … around:" are details', () => {
    const text = actions(
      '1. **Deeper engine monitoring** (owner: @kim, due 2027-01-15)\n   We plan to add alerts around:\n\n- Disk read amplification\n- TOAST statistics\n\n2. **Runbooks** (owner: @ana, due 2027-02-15)',
    );
    expect(only(id, text)).toEqual([]);
  });

  it('reads a due column, skips done items', () => {
    expect(
      where(
        only(
          id,
          actions(
            '| Action | Owner | Due |\n|---|---|---|\n| Add alert | Kim | ASAP |\n| Add runbook | Ana | 2026-07-01 |',
          ),
        ),
      ),
    ).toEqual(['8:21 ASAP']);
    expect(only(id, actions('- [x] Add a disk alert'))).toEqual([]);
  });

  it('closed by a written status; TODO and DOING are open', () => {
    for (const item of [
      'Add a lag alert — DONE',
      "Add a lag alert: won't do",
      '~~Add a lag alert~~ (dropped)',
      'FAILED - Add a lag alert',
    ]) {
      expect(only(id, actions(`- ${item}`))).toEqual([]);
    }
    expect(only(id, actions('| Action | Status |\n|---|---|\n| Add a lag alert | ~~Open~~ Done |'))).toEqual([]);
    expect(only(id, actions('- TODO: Add a lag alert (owner: @kim)'))).toHaveLength(1);
  });

  it('a date the task is about is not its deadline', () => {
    expect(only(id, actions('- [ ] Kim to freeze schema changes until 2027-01-05'))).toHaveLength(1);
    expect(only(id, actions('- [ ] Kim to add a test for the 2026-03-01 outage'))).toHaveLength(1);
    expect(only('action-item-overdue', actions('- [ ] Kim to freeze schema changes until 2026-01-05'))).toEqual([]);
    expect(only(id, actions('- [ ] Kim to freeze schema changes until 2027-01-05, due 2026-12-20'))).toEqual([]);
  });
});
