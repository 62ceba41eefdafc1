import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// The hooks of .pre-commit-hooks.yaml installed and run by pre-commit itself (Debian's pre-commit, which
// .ci/run installs): `pre-commit try-repo` on a fresh clone of this repository's commit. pre-commit's node
// install (npm install, which builds; npm pack; npm install -g) takes minutes: it runs once, and the second
// run reuses the environment (PRE_COMMIT_HOME is keyed by repository and revision).
const REPO = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'blameless-pre-commit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function sh(cmd: string, args: string[], cwd: string, timeout = 60_000) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout, env: { ...process.env, PRE_COMMIT_HOME: join(work, 'home'), NO_COLOR: '1', PRE_COMMIT_COLOR: 'never' } });
  if (r.error) throw r.error;
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

const POSTMORTEM = (due: string) => `---
type: postmortem
---
# Outage

## Action items

- [ ] Add a retry budget to the payment client (owner: @kim, due ${due})
`;

describe('pre-commit hooks', () => {
  it('try-repo on a fresh clone: the lint hook fails on an error finding, the actions hook on an overdue item; both pass once fixed', () => {
    const clone = join(work, 'hooks');
    expect(sh('git', ['clone', '--quiet', REPO, clone], work).code).toBe(0);
    const project = join(work, 'project');
    mkdirSync(project);
    sh('git', ['init', '--quiet'], project);
    writeFileSync(join(project, '.blamelessrc.json'), JSON.stringify({ now: '2026-11-27', rules: { counterfactual: 'error', 'required-sections': 'off' } }));
    writeFileSync(join(project, 'notes.md'), '# Notes\n\nShe should have checked the replica lag.\n');
    writeFileSync(join(project, 'pm.md'), POSTMORTEM('2026-01-15'));
    writeFileSync(join(project, 'script.py'), 'print("not markdown: no hook sees it")\n');
    sh('git', ['add', '.'], project);

    const failing = sh('pre-commit', ['try-repo', clone, '--all-files'], project, 1_500_000);
    expect(failing.out).toMatch(/^blameless-lint\.+Failed$/m);
    expect(failing.out).toContain('notes.md');
    expect(failing.out).toMatch(/3:5\s+error\s+"should have"/);
    expect(failing.out).toMatch(/^blameless-lint actions \(overdue follow-ups\)\.+Failed$/m);
    expect(failing.out).toMatch(/pm\.md\s+8\s+Add a retry budget.*2026-01-15\s+overdue/);
    expect(failing.code).toBe(1);

    writeFileSync(join(project, 'notes.md'), '# Notes\n\nThe replica lag alert had no threshold for this cluster.\n');
    writeFileSync(join(project, 'pm.md'), POSTMORTEM('2027-01-15'));
    sh('git', ['add', '.'], project);
    const passing = sh('pre-commit', ['try-repo', clone, '--all-files'], project, 600_000);
    expect(passing.out).toMatch(/^blameless-lint\.+Passed$/m);
    expect(passing.out).toMatch(/^blameless-lint actions \(overdue follow-ups\)\.+Passed$/m);
    expect(passing.out).not.toContain('Installing environment');
    expect(passing.code).toBe(0);
  }, 2_400_000);
});
