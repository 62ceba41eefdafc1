/** The expectation harness is itself tested: a lenient harness would let the examples pass for nothing. */
import { describe, expect, it } from 'vitest';
import { compare, formatComparison, parseExample } from './markers.js';

const doc = [
  '# Title <!-- expect-section: required-sections -->', // 1
  '',
  '## Summary <!-- expect-section: summary-shape -->', // 3
  'One. <!-- expect: counterfactual, judgmental-language -->', // 4
  '```',
  '## not a heading inside a fence',
  '```',
  '## Timeline', // 8
  '- 14:02 x <!-- expect: timeline-order -->', // 9
  '<!-- blameless-disable-next-line counterfactual -->', // 10
  'Had we known. <!--expect:human-error,human-error-->', // 11
].join('\n');

describe('parseExample', () => {
  const parsed = parseExample(doc);

  it('strips markers without moving lines or earlier columns, and keeps suppressions', () => {
    const lines = parsed.text.split('\n');
    expect(lines).toHaveLength(11);
    expect(lines[0]).toBe('# Title');
    expect(lines[3]).toBe('One.');
    expect(lines[9]).toBe('<!-- blameless-disable-next-line counterfactual -->');
    expect(lines[10]).toBe('Had we known.');
    expect(parsed.errors).toEqual([]);
  });

  it('reads line and section markers with their spans', () => {
    expect(parsed.expectations).toEqual([
      { ruleId: 'required-sections', line: 1, endLine: 11, kind: 'section' },
      { ruleId: 'summary-shape', line: 3, endLine: 7, kind: 'section' },
      { ruleId: 'counterfactual', line: 4, endLine: 4, kind: 'line' },
      { ruleId: 'judgmental-language', line: 4, endLine: 4, kind: 'line' },
      { ruleId: 'timeline-order', line: 9, endLine: 9, kind: 'line' },
      { ruleId: 'human-error', line: 11, endLine: 11, kind: 'line' },
      { ruleId: 'human-error', line: 11, endLine: 11, kind: 'line' },
    ]);
  });

  it('rejects a section marker off a heading and a malformed marker', () => {
    expect(parseExample('text <!-- expect-section: summary-shape -->').errors).toHaveLength(1);
    expect(parseExample('text <!-- expect: Bad Id -->').errors).toHaveLength(1);
    expect(parseExample('text <!-- expect: -->').errors).toHaveLength(1);
  });
});

describe('compare', () => {
  const { expectations } = parseExample(doc);
  const all = [
    { ruleId: 'required-sections', line: 1 },
    { ruleId: 'summary-shape', line: 4 },
    { ruleId: 'counterfactual', line: 4 },
    { ruleId: 'judgmental-language', line: 4 },
    { ruleId: 'timeline-order', line: 9 },
    { ruleId: 'human-error', line: 11 },
    { ruleId: 'human-error', line: 11 },
  ];

  it('passes when every marker is matched exactly once', () => {
    expect(compare(expectations, all)).toEqual({ missing: [], unexpected: [] });
  });

  it('fails on a missing finding, a finding on another line, and an extra finding', () => {
    const findings = [
      ...all.filter((f) => f.ruleId !== 'timeline-order' && f.ruleId !== 'counterfactual'),
      { ruleId: 'counterfactual', line: 3 },
      { ruleId: 'human-error', line: 11 },
      { ruleId: 'summary-shape', line: 9 },
    ];
    const result = compare(expectations, findings);
    expect(result.missing.map((e) => `${e.line}:${e.ruleId}`)).toEqual(['4:counterfactual', '9:timeline-order']);
    expect(result.unexpected.map((f) => `${f.line}:${f.ruleId}`)).toEqual([
      '3:counterfactual',
      '11:human-error',
      '9:summary-shape',
    ]);
    const report = formatComparison('x.md', doc, result);
    expect(report).toContain('missing        4  counterfactual');
    expect(report).toContain('unexpected     9  summary-shape');
    expect(report).toContain('| - 14:02 x');
  });

  it('reports nothing for a clean file', () => {
    expect(formatComparison('x.md', 'text', compare([], []))).toBe('');
  });
});
