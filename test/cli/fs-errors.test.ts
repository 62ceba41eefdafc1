import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLEAN_DOC, WARNING_DOC, runCli, tempTree } from './run-cli.js';
import { lintFiles } from '../../packages/core/src/node/lint-files.js';
import { collectActions } from '../../packages/core/src/node/collect-actions.js';

// Every file-system error is one path's problem: it is named on stderr (or in the result), the rest of the
// run goes on, and the exit code is 2. ELOOP is covered in bad-input.test.ts; here: a folder that cannot
// be listed (EACCES), a path too long (ENAMETOOLONG) and a file replaced by a folder while the run goes on.

let tree: ReturnType<typeof tempTree>;
const LONG_NAME = `${'n'.repeat(300)}.md`;
beforeAll(() => {
  tree = tempTree({
    'docs/good.md': WARNING_DOC,
    'docs/secret/hidden.md': WARNING_DOC,
    'docs/zz.md': CLEAN_DOC,
    'deep/top.md': WARNING_DOC,
  });
  // A folder whose path is longer than PATH_MAX (4,096 bytes) can exist, made one step at a time.
  const segment = 'd'.repeat(250);
  execFileSync('bash', [
    '-c',
    `cd "$1" && for i in $(seq 1 18); do mkdir "$2" && cd "$2"; done && printf '# Far\\n\\nText.\\n' > far.md`,
    'bash',
    join(tree.dir, 'deep'),
    segment,
  ]);
});
afterAll(() => execFileSync('rm', ['-rf', tree.dir]));

/**
 * Runs `node args` as an unprivileged user. Root reads every file whatever its mode, so a denied
 * folder can only be tested as someone else: under root, setpriv (util-linux, present in Debian and its
 * container images) drops to nobody; any other user is denied already.
 */
function asUnprivileged(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const root = process.getuid?.() === 0;
  if (root && !existsSync('/usr/bin/setpriv'))
    throw new Error('running as root needs setpriv (util-linux) to test as an unprivileged user');
  const [command, prefix] = root
    ? ['/usr/bin/setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath]]
    : [process.execPath, []];
  const env = { ...process.env, NO_COLOR: '1' };
  const r = spawnSync(command, [...prefix, ...args], { cwd, env, encoding: 'utf8', timeout: 20_000 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('a folder that cannot be listed (EACCES)', () => {
  beforeAll(() => {
    // The CLI is one self-contained bundle: a copy inside the tree runs wherever the clone lives (even
    // under a home folder the unprivileged user cannot enter). The tree is readable by anyone but the one folder.
    const core = fileURLToPath(new URL('../../packages/core/', import.meta.url));
    for (const file of ['bin/blameless-lint.cjs', 'dist/cli.cjs', 'dist/cli.cjs.v8cache']) {
      mkdirSync(join(tree.dir, 'cli', dirname(file)), { recursive: true });
      copyFileSync(join(core, file), join(tree.dir, 'cli', file));
    }
    execFileSync('chmod', ['-R', 'a+rX', tree.dir]);
    chmodSync(join(tree.dir, 'docs', 'secret'), 0o000);
  });
  afterAll(() => chmodSync(join(tree.dir, 'docs', 'secret'), 0o755));
  const denied = 'docs/secret: cannot list this folder (permission denied): the files in it were not linted';

  const cli = () => join(tree.dir, 'cli', 'bin', 'blameless-lint.cjs');

  // The CLI's JSON report is lintFiles' result as it is: this covers the library too.
  it('is reported by the CLI (and lintFiles), the other files are linted, exit 2', () => {
    const r = asUnprivileged([cli(), '-f', 'json', 'docs'], tree.dir);
    expect(r.stderr).toBe(`blameless-lint: ${denied}\n`);
    expect(r.code).toBe(2);
    const files = JSON.parse(r.stdout).files as Array<{ path: string; error?: string; diagnostics: unknown[] }>;
    expect(files.map((f) => f.path)).toEqual(['docs/good.md', 'docs/secret', 'docs/zz.md']);
    expect(files[0].diagnostics).toHaveLength(1);
    expect(files[1].error).toMatch(/permission denied/);
    // stylish: the report of the others, the folder on stderr.
    const stylish = asUnprivileged([cli(), 'docs'], tree.dir);
    expect(stylish.stdout).toContain('docs/good.md');
    expect(stylish.stderr).toBe(`blameless-lint: ${denied}\n`);
    expect(stylish.code).toBe(2);
  });

  it('is reported by the actions report', () => {
    const actions = asUnprivileged([cli(), 'actions', 'docs'], tree.dir);
    expect(actions.stderr).toBe(`blameless-lint: ${denied}\n`);
    expect(actions.code).toBe(2);
  });
});

describe('a path too long (ENAMETOOLONG)', () => {
  it('a folder nested past PATH_MAX is reported, the files above it linted (CLI, lintFiles, actions)', async () => {
    const r = runCli(['-f', 'json', 'deep'], { cwd: tree.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^blameless-lint: deep\/d{250}(\/d{250})+: cannot list this folder \(the path is too long\): the files in it were not linted\n$/,
    );
    const files = JSON.parse(r.stdout).files as Array<{ path: string }>;
    expect(files.find((f) => f.path === 'deep/top.md')).toMatchObject({
      diagnostics: [{ ruleId: 'unused-suppression' }],
    });
    const results = await lintFiles('deep', { cwd: tree.dir });
    expect(results.map((f) => f.error ?? f.path)).toEqual([
      expect.stringContaining('the path is too long'),
      'deep/top.md',
    ]);
    const actions = await collectActions('deep', { cwd: tree.dir });
    expect(actions.errors).toEqual([
      { path: expect.stringMatching(/^deep\/d/), error: expect.stringContaining('the path is too long') },
    ]);
  });

  it('a file name too long, named on the command line, says so (not "no such file"), the others are linted', async () => {
    const r = runCli(['-f', 'compact', LONG_NAME, 'docs/good.md'], { cwd: tree.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`blameless-lint: ${LONG_NAME}: cannot read: the path is too long\n`);
    expect(r.stdout).toMatch(/^docs\/good\.md:3:1: warning /);
    const [long] = await lintFiles([LONG_NAME], { cwd: tree.dir });
    expect(long.error).toBe('cannot read: the path is too long');
    expect((await collectActions([LONG_NAME], { cwd: tree.dir })).errors).toEqual([
      { path: LONG_NAME, error: 'cannot read: the path is too long' },
    ]);
  });
});

describe('a file replaced by a folder during the run', () => {
  it("is that file's problem; the files before and after it are linted", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`many/doc-${String(i).padStart(2, '0')}.md`] = WARNING_DOC;
    const many = tempTree(files);
    try {
      const last = join(many.dir, 'many', 'doc-29.md');
      // After the first file is done (files are read a few at a time, in order), the last becomes a folder.
      const results = await lintFiles('many', {
        cwd: many.dir,
        onProgress: (done) => {
          if (done !== 1) return;
          rmSync(last);
          mkdirSync(last);
          writeFileSync(join(last, 'inner.md'), WARNING_DOC);
        },
      });
      expect(results).toHaveLength(30);
      expect(results[29]).toEqual({
        path: 'many/doc-29.md',
        diagnostics: [],
        error: 'cannot read: not a regular file (a folder)',
      });
      expect(results.slice(0, 29).every((r) => r.error === undefined && r.diagnostics.length === 1)).toBe(true);
    } finally {
      many.remove();
    }
  });
});
