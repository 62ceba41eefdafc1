import { describe, expect, it } from 'vitest';
import { lint } from '@blameless-lint/core';

const ids = (text: string) =>
  lint(text, { now: '2026-11-27' }).diagnostics.map((d) => `${d.ruleId}@${d.range.start.line}:${d.range.start.column}`);

describe('inline suppressions', () => {
  it('disable-next-line hides a finding on the next line only, and is then used', () => {
    const text =
      '<!-- blameless-disable-next-line counterfactual -->\nWe should have rolled back sooner.\nWe should have rolled back sooner.\n';
    expect(ids(text)).toEqual(['counterfactual@3:4']);
  });

  it('disable … enable hides the findings in between', () => {
    const text =
      '<!-- blameless-disable counterfactual -->\n\nWe should have rolled back sooner.\n\n<!-- blameless-enable counterfactual -->\n\nWe should have rolled back sooner.\n';
    expect(ids(text)).toEqual(['counterfactual@7:4']);
  });

  it('reports a directive that names an unknown rule', () => {
    const d = lint('<!-- blameless-disable-next-line no-such-rule -->\nThe cache expired.\n').diagnostics;
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({
      ruleId: 'unused-suppression',
      message: 'Unknown rule "no-such-rule" in a suppression comment.',
      range: { start: { line: 1, column: 1 } },
    });
  });

  it('reports a directive that disables nothing', () => {
    const d = lint('<!-- blameless-disable-next-line counterfactual -->\nThe cache expired.\n').diagnostics;
    expect(d.map((x) => [x.ruleId, x.message])).toEqual([
      ['unused-suppression', 'Unused suppression: no "counterfactual" finding here to disable.'],
    ]);
  });

  it('ignores directives inside code blocks and accepts a `-- reason`', () => {
    expect(ids('```\n<!-- blameless-disable-next-line nope -->\n```\n')).toEqual([]);
    expect(
      ids(
        '<!-- blameless-disable-next-line counterfactual -- verbatim quote -->\nWe should have rolled back sooner.\n',
      ),
    ).toEqual([]);
  });

  it('reads the MDX comment form', () => {
    const d = lint('{/* blameless-disable-next-line counterfactual */}\nWe should have rolled back sooner.\n', {
      filePath: 'a.mdx',
    }).diagnostics;
    expect(d).toEqual([]);
  });
});

describe('directives quoted as examples', () => {
  it('a comment inside an inline code span is not a directive', () => {
    expect(lint('Use `<!-- blameless-disable-next-line counterfactual -->` to silence it.\n').diagnostics).toEqual([]);
  });
});

describe('plain text', () => {
  it('reads a line that holds only an HTML-style comment as a directive, not prose', () => {
    const text =
      'Notes\n<!-- blameless-disable-next-line counterfactual -->\nWe should have rolled back sooner.\nWe should have rolled back sooner.\n';
    const d = lint(text, { filePath: 'notes.txt' }).diagnostics;
    expect(d.map((x) => `${x.ruleId}@${x.range.start.line}`)).toEqual(['counterfactual@4']);
  });
});
