import { describe, expect, it } from 'vitest';
import { only, where } from '../structure/helpers.js';

const id = 'required-sections';
const full =
  '# Outage\n\n## Summary\n\nCheckout failed. Orders were lost.\n\n## Timeline\n\n- 14:02 x\n\n## Contributing factors\n\n- a\n- b\n\n## Lessons learned\n\nx\n\n## Follow-ups\n\n- y\n';

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
    expect(
      only(id, '# O\n\n## Summary\n\nA.\n\n## Incident log\n\n- x\n\n## Action items\n\n- y\n', {
        sections: { timeline: ['Incident log'] },
        rules: { [id]: ['warning', { sections: ['summary', 'timeline', 'action-items'] }] },
      }),
    ).toEqual([]);
  });

  it('finds sections where teams put them: a lead paragraph, bold labels, a timed run under another heading', () => {
    const text =
      '# Queue outage\n\nThe billing queue stopped for forty minutes and 300 invoices were sent late to customers.\n\n' +
      '## Leadup\n\n- 09:10 deploy starts\n- 09:14 queue depth rises\n- 09:31 rollback\n\n' +
      '- **Root cause**: the consumer pool was sized for the old message format.\n' +
      '- **Lessons**: size pools from measurements.\n- **Follow-ups**: add a depth alert (owner: Ines, due 2027-01-10).\n';
    expect(only(id, text)).toEqual([]);
  });

  it('counts each section a joined heading names, and ISO-stamped entries under any heading as the timeline', () => {
    const text =
      '# Queue outage\n\nThe billing queue stopped for forty minutes and 300 invoices were sent late to customers.\n\n' +
      '## Step by step\n\n1. 2026-04-02T09:10:00Z deploy starts\n2. 2026-04-02T09:14:00Z queue depth rises\n3. 2026-04-02T09:31:00Z rollback\n\n' +
      '## Why did the pool run dry?\n\nThe consumer pool was sized for the old message format.\n\n' +
      '## Lessons and follow-ups\n\n- Pools are sized by hand.\n- Add a depth alert (owner: Ines, due 2027-01-10).\n';
    expect(only(id, text)).toEqual([]);
  });

  it('takes a Background section for the summary, past a line of metadata set as a smaller heading', () => {
    const text =
      '# Retrospective: registry outage\n\n#### Tracking bug: [4411](https://example.com/4411)\n\n' +
      '## Background\n\nThe package registry refused uploads for two hours; maintainers could not publish.\n\n' +
      '## Timeline\n\n- 09:10 a\n\n## Root cause\n\nb\n\n## Lessons\n\nc\n\n## Follow-ups\n\n- d\n';
    expect(only(id, text)).toEqual([]);
    // Past the metadata line the first section counts, and only it: here it is no summary's place.
    expect(only(id, text.replace('## Background', '## Cluster layout')).map((d) => d.message)).toEqual([
      'This postmortem has no Summary section: add one (headings are matched by aliases, configurable with `sections`).',
    ]);
  });

  it('does not count a long narrative before the first heading as a summary', () => {
    const story = `# Our domain expired\n\n${'It was a quiet evening and nothing seemed wrong until the phone buzzed again. '.repeat(25)}\n\n## Timeline\n\n- 20:01 a\n\n## Root cause\n\nb\n\n## Lessons\n\nc\n\n## Follow-ups\n\n- d\n`;
    expect(only(id, story).map((d) => d.message)).toEqual([
      'This postmortem has no Summary section: add one (headings are matched by aliases, configurable with `sections`).',
    ]);
  });

  it('does not run on documents that are not postmortems', () => {
    expect(only(id, '# Notes\n\n## Summary\n\nA.\n')).toEqual([]);
  });
});
