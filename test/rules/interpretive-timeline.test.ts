import { describe, expect, it } from 'vitest';
import { only, timeline, where } from '../structure/helpers.js';

const id = 'interpretive-timeline';

describe(id, () => {
  it.each([
    ['14:05 On-call missed the first page', 'missed the first page', 'a judgment'],
    ['14:20 The team finally restarted the pod', 'finally', 'a judgment'],
    ['14:21 Team realized the cache was cold', 'realized', 'a state of mind'],
    ['14:20 Kenji panicked and restarted the primary', 'panicked', 'a state of mind'],
    ['14:40 Wasted 20 minutes on the wrong dashboard', 'Wasted', 'a judgment'],
    ['14:50 Rollback started way too late', 'way too late', 'a judgment'],
    ['14:30 Chaos on the bridge', 'Chaos', 'a judgment'],
    ['14:31 Responders assumed the cause was DNS', 'assumed the cause', 'a state of mind'],
    ['14:32 In hindsight the dashboard showed the lag', 'In hindsight', 'an interpretation made in hindsight'],
  ])('%s', (entry, actual, category) => {
    const d = only(id, timeline(`- ${entry}`));
    expect(d.map((x) => x.actual)).toEqual([actual]);
    expect(d[0].message).toBe(
      `"${actual}" records ${category}, not something anyone could observe: write what was seen, said or done (a message, a command, a graph).`,
    );
  });

  it.each([
    '14:12 @ana posted: "suspect network"',
    '14:20 Mehmet decided to fail over; the lag panel showed 0s',
    '14:25 Ravi clicked rollback in the deploy UI',
    '14:31 node-7 kernel panicked and rebooted',
    '14:33 Alert fired: "Realized revenue dropped 40%"',
  ])('clean: %s', (entry) => expect(only(id, timeline(`- ${entry}`))).toEqual([]));

  it('reads table event cells and offers a rewrite', () => {
    const d = only(id, timeline('| Time | Event |\n|---|---|\n| 14:02 | Oncall realized the disk was full |'));
    expect(where(d)).toEqual(['8:18 realized']);
    expect(d[0].suggestions![0]).toMatchObject({ fix: { text: 'identified' } });
  });

  it('only looks inside the timeline', () => {
    expect(only(id, `${timeline('- 14:02 Deploy')}\n## What we learned\n\nWe panicked.\n`)).toEqual([]);
  });

  it('reads the body of an entry: bullets under a time heading, sub-bullets and continuation lines', () => {
    expect(where(only(id, timeline('### 07:33\n\n- disk at 95%\n- Noor finally found the archive')))).toEqual([
      '9:8 finally',
    ]);
    expect(where(only(id, timeline('- 07:33 Disk at 95%\n  - Noor finally found the archive')))).toEqual([
      '7:10 finally',
    ]);
    expect(where(only(id, timeline('07:33 Disk at 95%\nthe on-call finally noticed\n07:40 Archive removed')))).toEqual([
      '7:13 finally',
    ]);
  });

  it.each([
    ['10:20 Noor begins suspecting the pool', 'suspecting'],
    ['10:25 Storage owner paged (she was not concerned)', 'was not concerned'],
    ['10:40 Cache warm again, Noor is happy', 'is happy'],
    ['22:00 Under the stress of the outage, the on-call stopped', 'stress of the outage'],
  ])('states of mind: %s', (entry, actual) =>
    expect(only(id, timeline(`- ${entry}`)).map((x) => x.actual)).toEqual([actual]),
  );

  it.each([
    '10:40 Cache warm again, the cluster is happy',
    '22:00 Stress test of the new pool started',
    '16:44 Jonas figured out the deploy needed a manual step',
    "08:57 Status checks that should've been removed are still present",
    '11:19 Verified locally; the account name should have a dot in it',
    '20:55 Provisioner restarted to stop it from wasting capacity',
  ])('observable: %s', (entry) => expect(only(id, timeline(`- ${entry}`))).toEqual([]));

  it("a chat log quoted in the timeline is what people wrote at the time, not the author's interpretation", () => {
    expect(only(id, timeline('> ines [9:20 AM]\n> I panicked, rolling back now\n>\n> tomas [9:25 AM]\n> ok'))).toEqual(
      [],
    );
  });
});
