import { describe, expect, it } from 'vitest';
import { lint } from '@blameless-lint/core';
import { only, pm } from '../structure/helpers.js';

const id = 'vague-lesson';
const lessons = (body: string) => only(id, pm('What we learned', body));

describe(id, () => {
  it('flags exhortations in every frame: imperative, a duty of people, a call for more conduct', () => {
    for (const item of [
      '- Be more careful when deploying.',
      '- We need to communicate better.',
      '- Everyone should double-check config changes before merging.',
      '- All personnel must exercise greater diligence with batch parameters.',
      "- Don't rush deploys on Fridays.",
      '- Support engineers should keep a closer eye on the queue dashboard.',
      '- Better communication between the two offices.',
      '- Follow the change process every time.',
      '- It is essential that everybody follow the runbook.',
    ])
      expect(lessons(item), item).toHaveLength(1);
  });

  it('leaves systemic lessons alone, also when they mention people or care', () => {
    for (const item of [
      '- Reviewers cannot see rendered config diffs.',
      '- We need to add a canary stage for config deploys.',
      '- Careful review does not catch a timeout that only breaks under load.',
      '- "Be careful" is not a control: the flag service lets anyone flip a flag to 100%.',
      '- Better alerting on queue age would have paged us 20 minutes earlier.',
      '- The on-call engineers had no runbook for the EU cluster.',
    ])
      expect(lessons(item), item).toEqual([]);
  });

  it('reads only lessons: the same words elsewhere are not lessons', () => {
    expect(only(id, pm('Contributing factors', '- Be more careful when deploying.'))).toEqual([]);
    expect(
      only(id, pm('Lessons learned', '| # | Lesson |\n|---|---|\n| 1 | Be more careful when deploying. |')),
    ).toHaveLength(1);
    expect(
      only(id, '---\ntype: postmortem\n---\n## Notes\n\n**Lessons learned:** everyone should test more.\n'),
    ).toHaveLength(1);
  });

  it('gives one finding per item and quotes the sentence', () => {
    const [d, ...rest] = lessons('- Be more careful. Also communicate better.');
    expect(rest).toEqual([]);
    expect(d!.message).toContain('"Be more careful."');
  });

  it("is in recommended: the issue's example postmortem gets two", () => {
    const text =
      '## Summary\nSearch was broken for a while. Some users were unhappy.\n## Contributing factors\n- The deploy pipeline has no canary stage.\n- The review checklist does not cover index settings.\n## What we learned\n- Be more careful when deploying.\n- We need to communicate better.\n## Action items\n- Add a canary stage for search deploys — owner: Ana Souza — due 2027-02-01\n';
    const ids = lint(text, { now: '2026-12-01' }).diagnostics.map((d) => d.ruleId);
    expect(ids.filter((r) => r === id)).toHaveLength(2);
    expect(ids.filter((r) => r === 'summary-impact')).toHaveLength(1);
    expect(ids).not.toContain('action-item-tracked');
    const strict = lint(text, { now: '2026-12-01', config: { extends: 'strict' } }).diagnostics.map((d) => d.ruleId);
    expect(strict.filter((r) => r === 'action-item-tracked')).toHaveLength(1);
  });
});
