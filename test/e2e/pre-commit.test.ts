import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// The hooks of .pre-commit-hooks.yaml installed and run by pre-commit itself (Debian's pre-commit, which
// .ci/run installs): `pre-commit try-repo` on a fresh clone of this repository's commit. pre-commit's node
// install (npm install, which builds; npm pack; npm install -g) takes minutes, and try-repo installs into a new
// store each time, so one run shows both outcomes: the lint hook passing on warnings (its output shown with
// --verbose, so we see it linted) and the actions hook failing on an overdue item.
const REPO = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'blameless-pre-commit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function sh(cmd: string, args: string[], cwd: string, timeout = 60_000) {
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    timeout,
    env: { ...process.env, PRE_COMMIT_HOME: join(work, 'home'), NO_COLOR: '1', PRE_COMMIT_COLOR: 'never' },
  });
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
  it('try-repo on a fresh clone: the lint hook lints the staged Markdown (warnings pass), the actions hook fails on an overdue item', () => {
    const clone = join(work, 'hooks');
    expect(sh('git', ['clone', '--quiet', REPO, clone], work).code).toBe(0);
    const project = join(work, 'project');
    mkdirSync(project);
    sh('git', ['init', '--quiet'], project);
    writeFileSync(
      join(project, '.blamelessrc.json'),
      JSON.stringify({ now: '2026-11-27', rules: { 'required-sections': 'off' } }),
    );
    writeFileSync(join(project, 'notes.md'), '# Notes\n\nShe should have checked the replica lag.\n');
    writeFileSync(join(project, 'pm.md'), POSTMORTEM('2026-01-15'));
    writeFileSync(join(project, 'later.md'), POSTMORTEM('2027-01-15'));
    writeFileSync(join(project, 'script.py'), 'print("She should have checked.")  # not Markdown: no hook sees it\n');
    sh('git', ['add', '.'], project);

    const r = sh('pre-commit', ['try-repo', clone, '--all-files', '--verbose'], project, 1_500_000);
    expect(r.out).toMatch(/^blameless-lint\.+Passed$/m);
    expect(r.out).toMatch(/^notes\.md\n\s+3:5\s+warning\s+"should have"/m);
    expect(r.out).toMatch(/^pm\.md\n\s+8:\d+\s+warning .*\baction-item-overdue$/m);
    expect(r.out).not.toContain('script.py');
    expect(r.out).toMatch(/^blameless-lint actions \(overdue follow-ups\)\.+Failed$/m);
    expect(r.out).toMatch(/^pm\.md\s+8\s+Add a retry budget.*2026-01-15\s+overdue/m);
    expect(r.out).toMatch(/^later\.md\s+8\s+Add a retry budget.*2027-01-15\s+open/m);
    expect(r.code).toBe(1);
  }, 1_800_000);
});
