import { describe, expect, it } from 'vitest';
import { actionItems, lint, type UserConfig } from '@blameless-lint/core';
import { actions, only } from '../structure/helpers.js';

const id = 'action-item-tracked';
const tracked = (item: string, config = {}) => only(id, actions(item), config).length === 0;

describe(id, () => {
  it('accepts ticket keys, issue references, issue links and a ticket column', () => {
    expect(tracked('- [ ] Add a canary stage (SEARCH-412) — owner: Ana Souza — due 2027-02-01')).toBe(true);
    expect(tracked('- [ ] Alert on queue age, acme/ops#88, owner @lkim, due 2027-01-15')).toBe(true);
    expect(tracked('- [ ] Alert on queue age #88, owner @lkim, due 2027-01-15')).toBe(true);
    expect(
      tracked('- [ ] Alert on queue age https://gitlab.example.com/ops/infra/-/issues/42 owner @lkim due 2027-01-15'),
    ).toBe(true);
    expect(
      tracked(
        '| Action | Owner | Due | Ticket |\n|---|---|---|---|\n| Close port 8080 | Wei Zhang | 2027-01-10 | 2291 |',
      ),
    ).toBe(true);
  });

  it('does not take look-alikes for references', () => {
    expect(tracked('- [ ] Add a canary stage — owner: Ana Souza — due 2027-02-01')).toBe(false);
    expect(tracked('- [ ] Enforce SHA-256 and UTF-8 everywhere, owner @lkim, due 2027-01-15')).toBe(false);
    expect(tracked('- [ ] Rewrite step #4 of the runbook, owner @lkim, due 2027-01-15')).toBe(false);
    expect(tracked('- [ ] Add a panel https://grafana.example.com/d/abc/queues, owner @lkim, due 2027-01-15')).toBe(
      false,
    );
    expect(
      tracked(
        '| Action | Owner | Due | Ticket |\n|---|---|---|---|\n| Close port 8080 | Wei Zhang | 2027-01-10 | TBD |',
      ),
    ).toBe(false);
  });

  it('leaves done items alone', () => {
    expect(tracked('- [x] Roll back the routing rule')).toBe(true);
  });

  it('takes its patterns from the trackers option, which replaces the defaults', () => {
    const config: UserConfig = {
      rules: { [id]: ['warning', { trackers: [{ pattern: '\\bOPS-\\d+\\b', name: 'an OPS key' }] }] },
    };
    expect(tracked('- [ ] Add a canary stage (OPS-12), owner @lkim, due 2027-01-15', config)).toBe(true);
    expect(tracked('- [ ] Add a canary stage (#12), owner @lkim, due 2027-01-15', config)).toBe(false);
    expect(only(id, actions('- [ ] Add a canary stage, owner @lkim, due 2027-01-15'), config)[0]!.message).toContain(
      'an OPS key',
    );
  });

  it('rejects a tracker pattern that does not compile, naming the key', () => {
    const config: UserConfig = { rules: { [id]: ['warning', { trackers: [{ pattern: 'OPS-(\\d+', name: 'x' }] }] } };
    expect(() => lint(actions('- [ ] Add a canary stage'), { config })).toThrow(
      /rules\.action-item-tracked\[1\]\.trackers\[0\]\.pattern: must be a valid regular expression/,
    );
  });

  it('is off in recommended, on in strict', () => {
    const text = actions('- [ ] Add a canary stage, owner @lkim, due 2027-01-15');
    expect(lint(text, { now: '2026-11-27' }).diagnostics.map((d) => d.ruleId)).not.toContain(id);
    expect(lint(text, { now: '2026-11-27', config: { extends: 'strict' } }).diagnostics.map((d) => d.ruleId)).toContain(
      id,
    );
  });

  it('the actions report lists the reference it reads', () => {
    expect(actionItems(actions('- [ ] Add a canary stage (OPS-7), owner @lkim, due 2027-01-15'))[0]!.tickets).toEqual([
      'OPS-7',
    ]);
  });

  it('reads an action register by its fields under any heading, and nothing else there', () => {
    const doc = [
      '---\ntype: postmortem\n---',
      '## Owners and dates\n\n| Action | Owner | Due |\n|---|---|---|\n| Alert on sync success below 95% | Priya | 2027-08-01 |',
      '## Contacts\n\n| Team | Owner | Channel |\n|---|---|---|\n| Payments | Ana | #payments |',
      '## Hardening\n\n- Add a canary stage — owner: Tom — due 2027-03-01\n- Rotate the signing key — owner: @ana — due: 2027-05-01',
      '## Steps to reproduce\n\n1. Open the app.\n2. Tap sync.',
    ].join('\n\n');
    expect(actionItems(doc).map((row) => row.item)).toEqual([
      'Alert on sync success below 95%',
      'Add a canary stage — owner: Tom — due 2027-03-01',
      'Rotate the signing key — owner: @ana — due: 2027-05-01',
    ]);
  });
});
