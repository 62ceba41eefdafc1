import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { copyExamples, remarkProject, runRemark, type JsonFile } from './run-remark.js';

// remark-cli with remark-blameless in .remarkrc, run for real over the examples, as a docs team would.
const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((f) => f()));

function project(files: Record<string, string>) {
  const tree = remarkProject(files);
  cleanups.push(tree.remove);
  return tree.dir;
}

const byPath = (report: JsonFile[]) => new Map(report.map((f) => [f.path, f.messages]));
// A one-sentence summary (summary-shape) and "human error" (human-error), whatever the calendar says.
const POSTMORTEM =
  '# Login outage\n\n## Summary\n\nThe login service was down for 20 minutes for all users.\n\n## Timeline\n\n- 10:00 UTC alerts fired\n\nThe outage was human error.\n';

describe('remark-cli with remark-blameless', () => {
  it('reports every finding of the examples as a vfile message, with the fields and severities the CLI gives', () => {
    const dir = project({
      '.remarkrc.json': JSON.stringify({ plugins: ['blameless'] }), // remark-cli adds the `remark-` prefix
      '.blamelessrc.json': JSON.stringify({ now: '2026-01-01', rules: { 'human-error': 'error' } }),
    });
    const names = copyExamples(dir).filter((n) => n.endsWith('.md'));
    const remark = runRemark(['.'], dir);
    const cli = JSON.parse(runCli(['--format', 'json', ...names], { cwd: dir }).stdout) as {
      files: Array<{ path: string; diagnostics: any[] }>;
    };
    const got = byPath(remark.report);

    expect([...got.keys()].sort()).toEqual(names);
    for (const file of cli.files) {
      const messages = got.get(file.path)!;
      expect(messages.map((m) => [m.ruleId, m.place, m.reason, m.fatal, m.url, m.actual, m.note, m.source])).toEqual(
        file.diagnostics.map((d) => [
          d.ruleId,
          { start: d.range.start, end: d.range.end },
          d.message,
          { error: true, warning: false, info: undefined }[d.severity as string],
          d.url,
          d.actual,
          d.note,
          'blameless-lint',
        ]),
      );
    }
    const blameful = got.get('02-checkout-outage-blameful.md')!;
    expect(blameful.find((m) => m.ruleId === 'human-error')).toMatchObject({
      fatal: true,
      actual: 'human error',
      place: { start: { line: 43, column: 10 }, end: { line: 43, column: 21 } },
      url: 'https://github.com/blameless-lint/blameless-lint/blob/main/rules/human-error.md',
    });
    expect(blameful.find((m) => m.actual === 'realized')).toMatchObject({
      ruleId: 'interpretive-timeline',
      fatal: false,
      expected: ['identified'],
    });
    expect(remark.code).toBe(1); // an error, as `blameless-lint` exits 1 on one
  }, 90_000);

  it('fails on warnings only under --frail, as --max-warnings 0 does', () => {
    const dir = project({ '.remarkrc.json': JSON.stringify({ plugins: ['remark-blameless'] }), 'pm.md': POSTMORTEM });
    const plain = runRemark(['pm.md'], dir);
    expect(plain.report[0]!.messages.map((m) => [m.ruleId, m.fatal])).toContainEqual(['human-error', false]);
    expect(plain.code).toBe(0);
    expect(runRemark(['pm.md', '--frail'], dir).code).toBe(1);
  }, 90_000);

  it('loads the config files that apply to each file, with the options of .remarkrc applied last', () => {
    const dir = project({
      '.remarkrc.json': JSON.stringify({
        plugins: [['remark-blameless', { config: { rules: { 'summary-shape': 'off' } }, now: '2026-01-01' }]],
      }),
      '.blamelessrc.yml': 'rules:\n  human-error: error\n  summary-shape: error\n',
      'top.md': POSTMORTEM,
      'quiet/.blamelessrc.json': JSON.stringify({ rules: { 'human-error': 'off' } }),
      'quiet/pm.md': POSTMORTEM,
      'broken/.blamelessrc.json': JSON.stringify({ rules: { 'no-such-rule': 'error' } }),
      'broken/pm.md': POSTMORTEM,
    });
    const got = byPath(runRemark(['.'], dir).report);
    const rules = (path: string) => got.get(path)!.map((m) => `${m.ruleId}:${m.fatal}`);
    expect(rules('top.md')).toContain('human-error:true');
    expect(rules('quiet/pm.md').filter((r) => r.startsWith('human-error'))).toEqual([]);
    expect(rules('quiet/pm.md')).toContain('required-sections:false');
    for (const path of ['top.md', 'quiet/pm.md'])
      expect(rules(path).filter((r) => r.startsWith('summary-shape'))).toEqual([]);
    // A config file that cannot be used fails its files with the core's message: file, key and problem.
    const [broken] = got.get('broken/pm.md')!;
    expect(broken).toMatchObject({ fatal: true, ruleId: 'config', source: 'blameless-lint' });
    expect(broken!.reason).toMatch(/\.blamelessrc\.json.*no-such-rule/);
  }, 90_000);
});
