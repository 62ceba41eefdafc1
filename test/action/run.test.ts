import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { tempTree } from '../cli/run-cli.js';

// The GitHub Action's script run as the runner runs it: `node action/run.mjs` in the workspace, inputs as
// INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY pointing at files (temp files here).
const SCRIPT = fileURLToPath(new URL('../../action/run.mjs', import.meta.url));
const ACTION = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8'));

const POSTMORTEM = `---
type: postmortem
---
# Outage

## Action items

- [ ] Add a retry budget to the payment client (owner: @kim, due 2020-01-15)
- [ ] Alert on queue depth (owner: @sam, due 2099-01-15)
`;
const HINDSIGHT = '# Notes\n\nShe should have checked the lag.\n';
const CLEAN = '# Notes\n\nThe queue drained after the lock table was cleared.\n';
// The postmortem above without the structure rules' section warnings: only its overdue item is a finding.
const RC = JSON.stringify({ rules: { 'required-sections': 'off' } });

let remove = () => {};
afterEach(() => remove());

interface ActionRun {
  code: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  dir: string;
}

function runAction(files: Record<string, string>, inputs: Record<string, string>): ActionRun {
  const t = tempTree({ '.blamelessrc.json': RC, ...files, '.gh/output': '', '.gh/summary': '' });
  remove = t.remove;
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_OUTPUT: join(t.dir, '.gh/output'),
    GITHUB_STEP_SUMMARY: join(t.dir, '.gh/summary'),
  };
  for (const [k, v] of Object.entries(inputs)) env[k] = v;
  const r = spawnSync(process.execPath, [SCRIPT], { cwd: t.dir, env, encoding: 'utf8', timeout: 60_000 });
  return {
    code: r.status,
    stdout: r.stdout,
    outputs: readOutputs(join(t.dir, '.gh/output')),
    summary: readFileSync(join(t.dir, '.gh/summary'), 'utf8'),
    dir: t.dir,
  };
}

/** $GITHUB_OUTPUT as the runner reads it: `name=value` lines and `name<<DELIMITER` blocks. */
function readOutputs(path: string): Record<string, string> {
  const lines = readFileSync(path, 'utf8').split('\n');
  const out: Record<string, string> = {};
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]!);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      out[heredoc[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i]!.includes('='))
      out[lines[i]!.slice(0, lines[i]!.indexOf('='))] = lines[i]!.slice(lines[i]!.indexOf('=') + 1);
  }
  return out;
}

describe('GitHub Action (action/run.mjs)', () => {
  it('defaults: annotations for every finding, counts as outputs, a summary table, and a pass on warnings', () => {
    const r = runAction({ 'docs/a.md': HINDSIGHT, 'docs/b.md': CLEAN }, {});
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('::warning file=docs/a.md,line=3,col=5,endLine=3,endColumn=16,title=counterfactual::');
    expect(r.outputs).toEqual({ errors: '0', warnings: '1', infos: '0', files: '2' });
    expect(r.summary).toContain('**0 errors, 1 warnings, 0 infos** in 2 files.');
    expect(r.summary).toMatch(
      /\| docs\/a\.md \| 3 \| warning \| \[counterfactual\]\(https:\/\/[^)]+\/counterfactual\.md\) \| "should have" /,
    );
  });

  it('paths: one per line, or separated by spaces on one line', () => {
    const files = { 'a.md': HINDSIGHT, 'b c.md': HINDSIGHT, 'skip/d.md': HINDSIGHT };
    expect(runAction(files, { INPUT_PATHS: 'a.md\nb c.md\n' }).outputs.files).toBe('2');
    const spaced = runAction(files, { INPUT_PATHS: 'a.md skip' });
    expect(spaced.outputs.files).toBe('2');
    expect(spaced.stdout).toContain('file=skip/d.md');
    expect(spaced.stdout).not.toContain('file=b c.md');
  });

  it('format sarif: writes the SARIF file (sarif-file input) and names it as an output, with no annotations', () => {
    const r = runAction({ 'a.md': HINDSIGHT }, { INPUT_FORMAT: 'sarif', INPUT_SARIF_FILE: 'results.sarif' });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('::warning');
    expect(r.outputs['sarif-file']).toBe('results.sarif');
    const sarif = JSON.parse(readFileSync(join(r.dir, 'results.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toEqual(['counterfactual']);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('a.md');
    // Default name when the input is not given.
    const d = runAction({ 'a.md': HINDSIGHT }, { INPUT_FORMAT: 'sarif' });
    expect(existsSync(join(d.dir, 'blameless-lint.sarif'))).toBe(true);
  });

  it('max-warnings: more warnings than allowed fail the step with a message; as many pass', () => {
    const over = runAction({ 'a.md': HINDSIGHT, 'b.md': HINDSIGHT }, { INPUT_MAX_WARNINGS: '1' });
    expect(over.code).toBe(1);
    expect(over.stdout).toContain('::error title=blameless-lint::2 warnings, more than max-warnings 1');
    expect(over.summary).toContain('(max-warnings 1)');
    // The hyphenated name GitHub gives JavaScript actions works too.
    expect(runAction({ 'a.md': HINDSIGHT, 'b.md': HINDSIGHT }, { 'INPUT_MAX-WARNINGS': '2' }).code).toBe(0);
  });

  it('fail-on-overdue: runs the actions report, fails on an overdue item, annotates it and lists it in the summary', () => {
    const on = runAction({ 'pm.md': POSTMORTEM }, { INPUT_FAIL_ON_OVERDUE: 'true' });
    expect(on.code).toBe(1);
    expect(on.outputs.overdue).toBe('1');
    expect(on.stdout).toContain(
      '::error file=pm.md,line=8,title=overdue action item::Overdue since 2020-01-15: Add a retry budget',
    );
    expect(on.summary).toContain('### Overdue action items');
    expect(on.summary).toContain(
      '| pm.md | 8 | Add a retry budget to the payment client (owner: @kim, due 2020-01-15) | @kim | 2020-01-15 |',
    );
    // Off (the default): the overdue item is a warning finding like any other, and the step passes.
    const off = runAction({ 'pm.md': POSTMORTEM }, { INPUT_FAIL_ON_OVERDUE: 'false' });
    expect(off.code).toBe(0);
    expect(off.outputs.overdue).toBeUndefined();
    expect(off.summary).not.toContain('Overdue action items');
  });

  it('config: the given file is used for every file (as --config), and an error finding fails the step', () => {
    const strict = JSON.stringify({ rules: { counterfactual: 'error' } });
    const r = runAction({ 'a.md': HINDSIGHT, 'ci/strict.json': strict }, { INPUT_CONFIG: 'ci/strict.json' });
    expect(r.code).toBe(1);
    expect(r.outputs.errors).toBe('1');
    expect(r.stdout).toContain('::error file=a.md,line=3');
    expect(r.stdout).toContain('::error title=blameless-lint::1 error(s)');
  });

  it('refuses a bad input with a message, before linting', () => {
    for (const [name, value, says] of [
      ['INPUT_FORMAT', 'xml', 'input format: "xml" is not annotations or sarif'],
      ['INPUT_MAX_WARNINGS', 'ten', 'input max-warnings: "ten" is not a whole number >= 0'],
      ['INPUT_FAIL_ON_OVERDUE', 'yes', 'input fail-on-overdue: "yes" is not true or false'],
    ]) {
      const r = runAction({ 'a.md': HINDSIGHT }, { [name!]: value! });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe(`::error title=blameless-lint::${says}\n`);
      expect(r.outputs).toEqual({});
    }
  });

  it('action.yml passes every input to the script and maps every output the script writes', () => {
    const step = ACTION.runs.steps.find((s: { id?: string }) => s.id === 'lint');
    expect(step.run).toBe('node "$GITHUB_ACTION_PATH/action/run.mjs"');
    for (const name of Object.keys(ACTION.inputs)) {
      expect(step.env[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`]).toBe(`\${{ inputs.${name} }}`);
    }
    for (const [name, output] of Object.entries(ACTION.outputs as Record<string, { value: string }>))
      expect(output.value).toBe(`\${{ steps.lint.outputs.${name} }}`);
    expect(Object.keys(ACTION.outputs).sort()).toEqual([
      'errors',
      'files',
      'infos',
      'overdue',
      'sarif-file',
      'warnings',
    ]);
    expect(ACTION.runs.using).toBe('composite');
  });
});

describe('README snippets', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);

  it('the workflow examples give the action only inputs it has', () => {
    const uses = blocks.filter((b) => b.includes('uses: blameless-lint/blameless-lint@'));
    expect(uses.length).toBeGreaterThanOrEqual(2);
    for (const block of uses) {
      // A fragment of a steps list parses as a list once its indentation is taken off.
      type Step = { uses?: string; with?: Record<string, unknown> };
      const doc = parse(block.startsWith('      ') ? block.replace(/^ {6}/gm, '') : block) as
        | Step[]
        | { jobs: Record<string, { steps: Step[] }> };
      const list: Step[] = Array.isArray(doc) ? doc : Object.values(doc.jobs).flatMap((j) => j.steps);
      const ours = list.filter((s) => s.uses?.startsWith('blameless-lint/blameless-lint@'));
      expect(ours.length).toBe(1);
      for (const key of Object.keys(ours[0]!.with ?? {})) expect(Object.keys(ACTION.inputs)).toContain(key);
    }
  });

  it('the .pre-commit-config.yaml example names the hooks .pre-commit-hooks.yaml defines', () => {
    const hooks = parse(readFileSync(new URL('../../.pre-commit-hooks.yaml', import.meta.url), 'utf8')) as Array<{
      id: string;
      entry: string;
    }>;
    const config = parse(blocks.find((b) => b.startsWith('repos:'))!) as {
      repos: Array<{ hooks: Array<{ id: string }> }>;
    };
    expect(config.repos[0]!.hooks.map((h) => h.id)).toEqual(hooks.map((h) => h.id));
    expect(hooks.map((h) => h.entry)).toEqual(['blameless-lint', 'blameless-lint actions --fail-on-overdue']);
  });
});
