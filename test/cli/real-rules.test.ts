import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLEAN_DOC, runCli, tempTree } from './run-cli.js';

// The CLI on prose that the language rules exist for. Each case runs once its rule has landed in rules/.
const has = (id: string) => existsSync(new URL(`../../rules/${id}.yml`, import.meta.url));

let tree: ReturnType<typeof tempTree>;
beforeAll(() => {
  tree = tempTree({
    'incident.md': `# Payment API outage

The outage was caused by human error during the database migration.
The migration tool applied the schema change to the primary without a dry run.
`,
    'hindsight.md': `# Queue backlog

We should have rolled back the release as soon as the queue depth alarm fired.
`,
    'clean.md': CLEAN_DOC,
  });
});
afterAll(() => tree.remove());

describe('built-in language rules through the CLI', () => {
  it.runIf(has('human-error'))('human-error: "human error" given as a cause, at its exact place', () => {
    const r = runCli(['-f', 'json', 'incident.md', 'clean.md'], { cwd: tree.dir });
    const report = JSON.parse(r.stdout);
    const found = report.files[1].diagnostics.filter((d: { ruleId: string }) => d.ruleId === 'human-error');
    expect(report.files[1].path).toBe('incident.md');
    expect(found).toHaveLength(1);
    expect(found[0].range.start).toMatchObject({ line: 3, column: 'The outage was caused by '.length + 1 });
    expect(found[0].actual?.toLowerCase()).toBe('human error');
    expect(report.files[0].diagnostics).toEqual([]);
    expect(r.code).toBe(found[0].severity === 'error' ? 1 : 0);
  });

  it.runIf(has('counterfactual'))('counterfactual: "should have" about the past, in the compact format', () => {
    const r = runCli(['-f', 'compact', 'hindsight.md'], { cwd: tree.dir });
    expect(r.stdout).toMatch(/^hindsight\.md:3:\d+: (warning|error) .*\[counterfactual\]$/m);
  });

  it.runIf(has('human-error'))('--rule human-error:error turns the finding into exit code 1', () => {
    expect(runCli(['--rule', 'human-error:error', 'incident.md'], { cwd: tree.dir }).code).toBe(1);
  });
});
