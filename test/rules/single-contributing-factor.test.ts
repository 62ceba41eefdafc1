import { describe, expect, it } from 'vitest';
import { only, pm, where } from '../structure/helpers.js';

const id = 'single-contributing-factor';

describe(id, () => {
  it('flags one item and nothing else, or one sentence', () => {
    expect(where(only(id, pm('Contributing factors', '- A config change removed the retry budget.')))).toEqual([
      '4:4 Contributing factors',
    ]);
    expect(where(only(id, pm('Root cause', 'A config change removed the retry budget.')))).toEqual(['4:4 Root cause']);
  });

  it('counts factors under two headings together, and takes a template note for no factor', () => {
    const two =
      '---\ntype: postmortem\n---\n## Root causes\n\n- The cron job had no lock.\n\n## What went wrong\n\n- Nobody saw the disk alert at night.\n';
    expect(only(id, two)).toEqual([]);
    expect(only(id, pm('Root cause', '*Write the root cause here and what must change.*'))).toEqual([]);
  });

  it('accepts several factors, discussion, or sub-sections', () => {
    expect(only(id, pm('Contributing factors', '- Retry budget removed.\n- Canary skipped for config.'))).toEqual([]);
    expect(
      only(id, pm('Contributing factors', 'Two things combined:\n\n- Retry budget removed.\n- Canary skipped.')),
    ).toEqual([]);
    expect(
      only(
        id,
        pm(
          'Contributing factors',
          'The retry budget was removed. Config changes also skipped the canary, so nothing caught it.',
        ),
      ),
    ).toEqual([]);
    expect(
      only(id, pm('Contributing factors', '### Primary\n\nRetry budget removed.\n\n### Secondary\n\nCanary skipped.')),
    ).toEqual([]);
  });

  it('an intro line does not count, one item after it still does', () => {
    expect(only(id, pm('Contributing factors', 'What we found:\n\n- Retry budget removed.'))).toHaveLength(1);
  });
});
