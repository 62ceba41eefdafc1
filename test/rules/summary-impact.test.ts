import { describe, expect, it } from 'vitest';
import { only, pm } from '../structure/helpers.js';

const id = 'summary-impact';
const summary = (body: string) => only(id, pm('Summary', body));
const kind = (body: string) => {
  const [d] = summary(body);
  return !d
    ? 'clean'
    : /says who was affected/.test(d.message)
      ? 'no-impact'
      : /measures the impact/.test(d.message)
        ? 'no-affected'
        : 'neither';
};

describe(id, () => {
  it('says which half is missing', () => {
    expect(kind('Search was broken for a while. Some users were unhappy.')).toBe('no-impact');
    expect(kind('Consumer lag on the ledger topic grew to 2.3 million messages between 01:40 and 03:15 UTC.')).toBe(
      'no-affected',
    );
    expect(kind('The index rebuild on version 2.14.3 failed and was rolled back on 2026-03-04.')).toBe('neither');
    expect(kind('For 42 minutes, 18% of search requests from EU customers returned errors.')).toBe('clean');
  });

  it('counts measures in their many forms, not numbers that name things', () => {
    expect(kind('Merchants in us-east-1 could not capture payments between 14:02 and 14:43 UTC.')).toBe('clean');
    expect(kind('About an hour of checkout failures hit shoppers on the web store.')).toBe('clean');
    expect(kind('Dozens of merchants saw empty payout reports.')).toBe('clean');
    expect(kind('Users saw 500 errors after release 4.2 on node 3.')).toBe('no-impact');
    expect(kind('Players in data center 2 were disconnected.')).toBe('no-impact');
  });

  it('reads the title and a bold Summary label, and gives one finding per summary', () => {
    expect(
      only(
        id,
        '---\ntype: postmortem\n---\n# Checkout down for 40 minutes\n\n## Summary\n\nEU customers could not pay.\n',
      ),
    ).toEqual([]);
    expect(
      only(
        id,
        '---\ntype: postmortem\n---\n# Outage\n\n**Summary:** The release pipeline published unsigned artifacts.\n\n## Timeline\n\n- 10:00 UTC x\n',
      ),
    ).toHaveLength(1);
    expect(summary('It broke. It was fixed. Nobody knows why.')).toHaveLength(1);
  });
});

describe(`${id} while one part of the summary is edited`, () => {
  // Each part's words are read once per text: an edit must still change the verdict, and undoing it restore it.
  it('judges the summary as it is now, part by part', () => {
    const doc = (second: string) =>
      pm('Summary', `The index rebuild started at 09:00 UTC.\n\n${second}\n\nThe rebuild was rolled back.`);
    const verdict = (second: string) => only(id, doc(second)).map((d) => d.message);
    const before = verdict('Search was slow.');
    expect(before).toHaveLength(1);
    expect(verdict('Search was slow for 30% of EU customers.')).toEqual([]);
    expect(verdict('Search was slow.')).toEqual(before);
    expect(verdict('Search was slow for EU customers.')).toHaveLength(1);
    expect(verdict('Search was slow for EU customers.')[0]).not.toEqual(before[0]);
  });
});
