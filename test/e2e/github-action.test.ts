import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// action.yml's own steps, run as the runner runs a composite action: on a fresh clone of this commit (the
// action's checkout, GITHUB_ACTION_PATH), each `run` step in bash with its `env` and `working-directory`,
// `${{ inputs.* }}` filled from `with` or the defaults. `uses: actions/setup-node` is the one step left out:
// this machine has Node 20 already.
const REPO = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'blameless-action-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Step {
  uses?: string;
  run?: string;
  id?: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}

describe('GitHub Action', () => {
  it('builds from a fresh clone and lints a workspace: SARIF, outputs, summary, overdue items', () => {
    const actionPath = join(work, 'action');
    expect(spawnSync('git', ['clone', '--quiet', REPO, actionPath]).status).toBe(0);
    const workspace = join(work, 'workspace');
    cpSync(join(REPO, 'examples'), join(workspace, 'docs'), { recursive: true });
    writeFileSync(join(workspace, '.blamelessrc.json'), JSON.stringify({ now: '2026-12-01' }));
    writeFileSync(join(work, 'output'), '');
    writeFileSync(join(work, 'summary'), '');

    const action = parse(readFileSync(join(actionPath, 'action.yml'), 'utf8'));
    const inputs: Record<string, string> = Object.fromEntries(
      Object.entries(action.inputs as Record<string, { default: string }>).map(([k, v]) => [k, v.default]),
    );
    Object.assign(inputs, { paths: 'docs', format: 'sarif', 'max-warnings': '100', 'fail-on-overdue': 'true' });
    const fill = (text: string) =>
      text
        .replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => inputs[name] ?? '')
        .replace(/\$\{\{\s*github\.action_path\s*\}\}/g, actionPath);

    const codes: Record<string, number | null> = {};
    for (const step of action.runs.steps as Step[]) {
      if (step.uses) {
        expect(step.uses).toMatch(/^actions\/setup-node@/);
        continue;
      }
      const env: Record<string, string> = {
        ...(process.env as Record<string, string>),
        GITHUB_ACTION_PATH: actionPath,
        GITHUB_WORKSPACE: workspace,
        GITHUB_OUTPUT: join(work, 'output'),
        GITHUB_STEP_SUMMARY: join(work, 'summary'),
      };
      for (const [k, v] of Object.entries(step.env ?? {})) env[k] = fill(v);
      const r = spawnSync('bash', ['-e', '-c', fill(step.run!)], {
        cwd: step['working-directory'] ? fill(step['working-directory']) : workspace,
        env,
        encoding: 'utf8',
        timeout: 1_200_000,
      });
      codes[step.id ?? step.run!] = r.status;
      if (step.id === 'lint') expect(r.stdout).toContain('::error file=docs/');
    }
    // The examples have overdue items (on 2026-12-01): the step fails on them, and says where.
    expect(Object.values(codes).slice(0, -1)).toEqual([0]);
    expect(codes.lint).toBe(1);
    const outputs = readFileSync(join(work, 'output'), 'utf8');
    // The same findings as the README's quick start over the same examples on the same day.
    const claimed = /prints the findings in `examples\/`: (\d+) of them/.exec(
      readFileSync(join(REPO, 'README.md'), 'utf8').replace(/\s+/g, ' '),
    )![1];
    expect(outputs).toMatch(new RegExp(`^warnings<<(\\S+)\\n${claimed}\\n\\1$`, 'm'));
    expect(outputs).toMatch(/^overdue<<(\S+)\n[1-9]\d*\n\1$/m);
    expect(outputs).toMatch(/^sarif-file<<(\S+)\nblameless-lint\.sarif\n\1$/m);
    const sarif = JSON.parse(readFileSync(join(workspace, 'blameless-lint.sarif'), 'utf8'));
    expect(sarif.runs[0].results).toHaveLength(Number(claimed));
    expect(readFileSync(join(work, 'summary'), 'utf8')).toContain(`**0 errors, ${claimed} warnings, 0 infos**`);
  }, 1_500_000);
});
