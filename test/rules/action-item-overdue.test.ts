import { describe, expect, it } from 'vitest';
import { actions, only, where } from '../structure/helpers.js';

const id = 'action-item-overdue';

describe(id, () => {
  it('flags an open item past its date, counting days from now', () => {
    const d = only(id, actions('- [ ] Add a disk alert (owner: @kim, due 2026-11-20)'));
    expect(where(d)).toEqual(['6:42 2026-11-20']);
    expect(d[0].message).toBe(
      'Open action item was due 2026-11-20 (7 days ago): close it, or agree a new date with its owner.',
    );
  });

  it('says "1 day ago", not "1 days ago"', () => {
    expect(only(id, actions('- [ ] Add alert (owner: @kim, due 2026-11-20)'), {}, '2026-11-21')[0]?.message).toContain(
      '(1 day ago)',
    );
  });

  it('a period is due on its last day', () => {
    expect(only(id, actions('- [ ] Add alert (owner: @kim) by Q4 2026'))).toEqual([]);
    expect(only(id, actions('- [ ] Add alert (owner: @kim) by Q3 2026')).map((x) => x.actual)).toEqual(['Q3 2026']);
  });

  it('uses `now`: the same item is not overdue earlier', () => {
    expect(only(id, actions('- [ ] Add alert (owner: @kim, due 2026-11-20)'), {}, '2026-11-20')).toEqual([]);
  });

  it('done items are never overdue', () => {
    expect(
      only(
        id,
        actions(
          '- [x] Add alert (due 2026-01-01)\n- [ ] Add runbook (due 2026-01-01, status: done)\n- Add graph (due 2026-01-01) ✅',
        ),
      ),
    ).toEqual([]);
  });
});
