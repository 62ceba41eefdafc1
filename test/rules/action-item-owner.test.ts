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
    ['Leads to review the token usage', 'Leads', '"Leads" is a role'],
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
    expect(where(only(id, actions('- [ ] Payments to add retries'), { teams: ['Payments'] }))).toEqual([
      '6:7 Payments',
    ]);
    expect(only(id, actions('- [x] Add a disk alert'))).toEqual([]);
  });

  it('reads the owner column of a table', () => {
    const d = only(
      id,
      actions(
        '| Action | Owner | Due |\n|---|---|---|\n| Add alert | Platform team | 2026-07-01 |\n| Add runbook | Ngozi Okafor | 2026-07-01 |',
      ),
    );
    expect(where(d)).toEqual(['8:15 Platform team']);
  });

  it('reads items under a bold label that stands in for a heading, nested or following', () => {
    const nested =
      '---\ntype: postmortem\n---\n# Incident on 2026-03-02\n\n- **Fix**:\n  - Raised the disk size\n\n- **Review actions**:\n  - Add a disk-size check to the node template\n  - Kim to write the node rollover runbook by 2027-01-15\n';
    expect(where(only(id, nested))).toEqual(['10:5 Add a disk-size check to the node template']);
    const following =
      '---\ntype: postmortem\n---\n# Incident on 2026-03-02\n\n- **Next steps**:\n\n1. Add a disk-size check\n2. Write the rollover runbook\n    1. with the drain steps\n\nThe pages went to the wrong rotation.\n';
    expect(where(only(id, following))).toEqual(['8:4 Add a disk-size check', '9:4 Write the rollover runbook']);
    // A label that heads something else is not an action region.
    expect(only(id, '---\ntype: postmortem\n---\n# Incident\n\n- **Resolution**:\n  - Restarted the broker\n')).toEqual(
      [],
    );
  });

  it('reads an "Action point:" line outside the action items section', () => {
    const text =
      '---\ntype: postmortem\n---\n## Lessons learned\n\nThe fork monitor needed a restart.\n\nAction point: add a health probe to the fork monitor.\n';
    expect(where(only(id, text))).toEqual(['8:15 add a health probe to the fork monitor.']);
  });

  it('a bracketed name before the task is its owner', () => {
    expect(only(id, actions('- [kim] add the canary stage for config deploys'))).toEqual([]);
    expect(only(id, actions('- [ ] [ravi?] pin the base image digest'))).toEqual([]);
    expect(where(only(id, actions('- [ ] [link](https://example.com/x) add the canary stage')))).toHaveLength(1);
  });

  it('items that report finished work in their own words are done; template slots are not items', () => {
    const done = actions(
      "- We've enabled SMS escalation for the paging account\n- A daily certificate check has been added\n- **Fallback**: We have turned on a cached overlay that will keep serving",
    );
    expect(only(id, done)).toEqual([]);
    const open = actions(
      '- We are working on a second on-call rotation\n- The direct API dependency will be removed\n- Rotate the key that has been leaked',
    );
    expect(only(id, open)).toHaveLength(3);
    expect(only(id, actions('- [ ] ${first follow-up}\n- [ ] <second item>\n- [ ] ...'))).toEqual([]);
  });

  it('reads prose commitments as items where a section has no list, and an announced list anywhere', () => {
    const prose = actions(
      'The platform group will add a second relay for the price feed.\n\nThe incident was resolved within the hour.',
    );
    expect(where(only(id, prose))).toEqual(['6:1 The platform group will add a second relay for the price feed.']);
    // Beside a list, prose introduces or discusses it.
    expect(where(only(id, actions('Every item should get a ticket.\n\n- Add a second relay (owner: @kim)')))).toEqual(
      [],
    );
    const announced =
      '---\ntype: postmortem\n---\n# Relay outage\n\nTo prevent this in the future, we are making these changes:\n\n1. A relay health check has been added\n2. The second relay will be set up in the other region\n';
    expect(where(only(id, announced))).toEqual(['9:4 The second relay will be set up in the other region']);
    const during =
      '---\ntype: postmortem\n---\n# Relay outage\n\nWe made the following changes during the incident:\n\n1. Restarted the relay\n';
    expect(only(id, during)).toEqual([]);
  });

  it('an item written as a sub-heading takes its owner from the heading', () => {
    const text = actions('### Better queue alerting `@dma`\n\nWe should page on queue depth above 10k for 5 minutes.');
    expect(only(id, text)).toEqual([]);
    expect(only('action-item-deadline', text)).toHaveLength(1);
  });

  it('one owner: between dashes, after an Action: label, as a Markdown link, under a bold header', () => {
    expect(only(id, actions('- Add a lag alert — Ana Souza — 2027-02-01'))).toEqual([]);
    expect(only(id, actions('Action: Ana Souza to add a lag alert by 2027-02-01'))).toEqual([]);
    expect(
      only(id, actions('| Action | Owner |\n|---|---|\n| Add a lag alert | [Ana Souza](https://example.com/u/ana) |')),
    ).toEqual([]);
    expect(where(only(id, actions('| **Action** | **Owner** |\n|---|---|\n| Add a lag alert | SRE |')))).toEqual([
      '8:21 SRE',
    ]);
    // An English phrase between dashes is not a name.
    expect(only(id, actions('- Add a lag alert — Second Phase — 2027-02-01'))).toHaveLength(1);
  });

  it('a name before a colon or in a field of its own is the owner; a remark in brackets is not', () => {
    expect(only(id, actions('- Ana Souza: add a lag alert by 2027-02-01'))).toEqual([]);
    expect(only(id, actions('- Add a lag alert [Ana Souza] [2027-02-01]'))).toEqual([]);
    expect(only(id, actions('- Add a lag alert (Ana Souza & Tavita Faleolo, 2027-02-01)'))[0].message).toContain(
      'several owners',
    );
    expect(where(only(id, actions('- Add a lag alert (Platform team, 2027-02-01)')))).toEqual(['6:20 Platform team']);
    expect(only(id, actions('- (Longer-term) Add a lag alert, 2027-02-01'))[0].message).toContain('no owner');
    expect(only(id, actions('- Note: add a lag alert by 2027-02-01'))[0].message).toContain('no owner');
  });
});
