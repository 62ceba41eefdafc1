import { describe, expect, it } from 'vitest';
import { lint } from '@blameless-lint/core';
import { only, pm } from '../structure/helpers.js';

const id = 'factor-coverage';
const factors = (body: string) => only(id, pm('Contributing factors', body));

describe(id, () => {
  it('flags three factors of one angle and names the others', () => {
    const [d] = factors(
      '- No alert fired on queue age.\n- The deploy dashboard hid the canary error rate.\n- The rollback script needed an undocumented flag.',
    );
    expect(d!.message).toMatch(
      /All 3 contributing factors are about tooling; .*process, knowledge, design or communication/,
    );
  });

  it('classifies factors as sub-sections, items or table rows', () => {
    expect(
      factors(
        '| # | Factor |\n|---|---|\n| 1 | The freeze policy does not cover sales events. |\n| 2 | Peer review was waived under the expedited procedure. |\n| 3 | The release checklist has no verification step. |',
      ),
    ).toHaveLength(1);
    expect(
      factors(
        '### One\n\nEvery region depends on one auth database primary.\n\n### Two\n\nThe client retries without backoff.\n\n### Three\n\nThe cache has no expiry.',
      ),
    ).toHaveLength(1);
  });

  it('reads a one-paragraph section a sentence at a time', () => {
    expect(
      factors(
        'The release skipped peer review because the change was filed as minor. The rollout was scheduled before the approval step had finished. Finally, the freeze policy covers only code releases, not config uploads.',
      ),
    ).toHaveLength(1);
    expect(
      factors(
        'The release skipped peer review because the change was filed as minor. No alert fired on queue age. The responder did not know the replica was read-only.',
      ),
    ).toEqual([]);
  });

  it('stays quiet on several angles, fewer than three factors, or any factor it cannot place', () => {
    expect(
      factors(
        '- No alert fired on queue age.\n- The change skipped review because approval is optional.\n- The responder did not know the replica was read-only.',
      ),
    ).toEqual([]);
    expect(factors('- No alert fired on queue age.\n- The dashboard hid the canary error rate.')).toEqual([]);
    expect(factors('- No alert fired on queue age.\n- The dashboard hid the canary error rate.\n- It rained.')).toEqual(
      [],
    );
  });

  it('is in strict only', () => {
    const text = pm(
      'Contributing factors',
      '- No alert fired on queue age.\n- The deploy dashboard hid the canary error rate.\n- The rollback script needed an undocumented flag.',
    );
    expect(lint(text).diagnostics.map((d) => d.ruleId)).not.toContain(id);
    expect(lint(text, { config: { extends: 'strict' } }).diagnostics.find((d) => d.ruleId === id)?.severity).toBe(
      'info',
    );
  });
});
