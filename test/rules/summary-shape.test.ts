import { describe, expect, it } from 'vitest';
import { only, pm, where } from '../structure/helpers.js';

const id = 'summary-shape';
const summary = (body: string) => pm('Summary', body);

describe(id, () => {
  it('flags one sentence and more than four', () => {
    expect(only(id, summary('Checkout was down.'))[0].message).toBe(
      'The summary has 1 sentence(s): say what happened, who was affected and for how long in at least 2.',
    );
    expect(only(id, summary('One. Two. Three. Four. Five.'))[0].message).toContain('has 5 sentences');
  });

  it('flags a sequence of events but not an impact window', () => {
    const d = only(id, summary('At 14:02 a deploy started. At 14:05 the alert fired and at 14:20 we rolled back.'));
    expect(where(d)).toEqual(['6:4 14:02']);
    expect(d[0].message).toContain('walks through 3 times');
    expect(
      only(id, summary('Checkout failed for 30% of requests between 14:02 and 14:43 UTC. About 1,900 orders failed.')),
    ).toEqual([]);
    expect(only(id, summary('Checkout failed from 10:45 to 16:11 UTC. Customers saw errors.'))).toEqual([]);
    expect(only(id, summary('For 97 minutes (22:15 to 23:52 PST) checkout failed. Customers saw errors.'))).toEqual([]);
  });

  it('flags a root cause', () => {
    const d = only(id, summary('Checkout failed for 41 minutes. The root cause was a missing retry budget.'));
    expect(where(d)).toEqual(['6:37 root cause was']);
  });

  it('mentioning the search for a cause is not stating one; windows may carry dates', () => {
    expect(
      only(id, summary('Checkout failed for 41 minutes. Engineers are still looking for a root cause to this issue.')),
    ).toEqual([]);
    expect(
      only(
        id,
        summary(
          'From March 4, 4:02 PM UTC to March 5, 3:02 PM UTC ingestion was delayed. All customers saw stale data.',
        ),
      ),
    ).toEqual([]);
    // The date after each time: one window, the same one summary-impact reads as a measure.
    expect(
      only(
        id,
        summary('Between 21:10 on 3 May and 04:25 on 4 May (UTC) the export jobs stalled. Tenants got no reports.'),
      ),
    ).toEqual([]);
    expect(only(id, summary('From 9am until 11am the kiosks were offline. Visitors queued at the desk.'))).toEqual([]);
    // Two times with a date between them that is no window are still a walk.
    expect(
      only(id, summary('At 21:10 on 3 May the export stalled. At 04:25 on 4 May a restart cleared it.'))[0].message,
    ).toContain('walks through 2 times');
  });

  it('reports a summary once, for its first problem', () => {
    const d = only(
      id,
      summary('One. The root cause was a full disk. At 14:02 it filled, at 14:09 it paged. Four. Five.'),
    );
    expect(d).toHaveLength(1);
    expect(d[0].message).toContain('has 5 sentences');
  });

  it("ends a blog's summary at its excerpt marker", () => {
    const post = summary(
      '- Two accounts were phished; both are locked.\n- One token was revoked.\n\n<!-- more -->\n\nThe attack began with an email. It linked to a copy of our login page. It asked for a password. It logged the password. It replayed it.',
    );
    expect(only(id, post)).toEqual([]);
  });

  it('respects its options', () => {
    expect(
      only(id, summary('Checkout was down for an hour.'), { rules: { [id]: ['warning', { minSentences: 1 }] } }),
    ).toEqual([]);
  });
});
