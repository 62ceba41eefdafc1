import { describe, expect, it } from 'vitest';
import { only, where } from '../structure/helpers.js';

const id = 'required-sections';
const full = '# Outage\n\n## Summary\n\nCheckout failed. Orders were lost.\n\n## Timeline\n\n- 14:02 x\n\n## Contributing factors\n\n- a\n- b\n\n## Lessons learned\n\nx\n\n## Follow-ups\n\n- y\n';

describe(id, () => {
  it('is quiet when every section is there (by alias)', () => {
    expect(only(id, full)).toEqual([]);
  });

  it('reports each missing section at the title', () => {
    const d = only(id, '# Outage\n\n## Summary\n\nA. B.\n\n## Timeline\n\n- 14:02 x\n');
    expect(where(d)).toEqual(['1:3 Outage', '1:3 Outage', '1:3 Outage']);
    expect(d.map((x) => x.message).sort()).toEqual([
      'This postmortem has no Action items section: add one (headings are matched by aliases, configurable with `sections`).',
      'This postmortem has no Contributing factors section: add one (headings are matched by aliases, configurable with `sections`).',
      'This postmortem has no What we learned section: add one (headings are matched by aliases, configurable with `sections`).',
    ]);
  });

  it('takes the list of sections from its option and aliases from config', () => {
    const text = '# Outage\n\n## Summary\n\nA. B.\n\n## Chronology of events\n\n- 14:02 x\n';
    expect(only(id, text, { rules: { [id]: ['warning', { sections: ['summary', 'timeline'] }] } })).toEqual([]);
    expect(only(id, '# O\n\n## Summary\n\nA.\n\n## Incident log\n\n- x\n\n## Action items\n\n- y\n', { sections: { timeline: ['Incident log'] }, rules: { [id]: ['warning', { sections: ['summary', 'timeline', 'action-items'] }] } })).toEqual([]);
  });

  it('does not run on documents that are not postmortems', () => {
    expect(only(id, '# Notes\n\n## Summary\n\nA.\n')).toEqual([]);
  });
});
