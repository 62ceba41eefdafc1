import { describe, expect, it } from 'vitest';
import { actions, only, where } from '../structure/helpers.js';

const id = 'action-item-owner';

describe(id, () => {
  it.each([
    ['Add a disk alert, due 2026-07-15', 'Add a disk alert, due 2026-07-15', 'Action item has no owner'],
    ['Add a disk alert (owner: TBD)', 'TBD', 'Owner "TBD" names nobody'],
    ['Priya and Tomás to write the runbook', 'Priya and Tomás', 'several owners (Priya, Tomás)'],
    ['Platform team to add a canary stage', 'Platform team', '"Platform team" is a team'],
    ['Add a canary stage @infra-team', '@infra-team', '"@infra-team" is a team'],
    ['SRE to add a canary stage', 'SRE', '"SRE" is a team'],
    ['Rotate the token (owner: on-call)', 'on-call', '"on-call" is a role'],
    ['Engineering Manager to schedule the review', 'Engineering Manager', '"Engineering Manager" is a role'],
    ['Everyone to read the runbook', 'Everyone', '"Everyone" is a role'],
  ])('%s', (item, actual, message) => {
    const d = only(id, actions(`- [ ] ${item}`));
    expect(d.map((x) => x.actual)).toEqual([actual]);
    expect(d[0].message).toContain(message);
  });

  it.each([
    'Add a disk alert (owner: @kim, due 2026-07-15)',
    'Priya to add a canary stage by 2026-07-15',
    'Write the failover runbook — Mehmet Yılmaz',
    'Owner: Nguyễn Thị Lan. Add a replication-lag alert',
  ])('clean: %s', (item) => expect(only(id, actions(`- [ ] ${item}`))).toEqual([]));

  it('config teams are never owners; done items are not checked', () => {
    expect(where(only(id, actions('- [ ] Payments to add retries'), { teams: ['Payments'] }))).toEqual(['6:7 Payments']);
    expect(only(id, actions('- [x] Add a disk alert'))).toEqual([]);
  });

  it('reads the owner column of a table', () => {
    const d = only(id, actions('| Action | Owner | Due |\n|---|---|---|\n| Add alert | Platform team | 2026-07-01 |\n| Add runbook | Ngozi Okafor | 2026-07-01 |'));
    expect(where(d)).toEqual(['8:15 Platform team']);
  });
});
