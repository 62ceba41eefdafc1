import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STALE, WARNING_DOC, runCli, tempTree } from './run-cli.js';

let tree: ReturnType<typeof tempTree>;
beforeAll(() => {
  tree = tempTree({
    'team/.blamelessrc.yml': 'rules:\n  unused-suppression: error\npeople: [Sam Lee]\n',
    'team/doc.md': WARNING_DOC,
  });
});
afterAll(() => tree.remove());

const rulesDir = new URL('../../rules/', import.meta.url);

describe('informational commands', () => {
  it('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../packages/core/package.json', import.meta.url), 'utf8'));
    expect(runCli(['--version'], { cwd: tree.dir })).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('--help lists every flag and the exit codes', () => {
    const r = runCli(['--help'], { cwd: tree.dir });
    expect(r.code).toBe(0);
    for (const flag of [
      '--format',
      '--rule',
      '--config',
      '--max-warnings',
      '--quiet',
      '--stdin',
      '--stdin-filename',
      '--list-rules',
      '--explain',
      '--print-config',
      '--no-color',
      '--version',
      '--help',
      '--max-file-size',
      '--now',
    ]) {
      expect(r.stdout).toContain(flag);
    }
    expect(r.stdout).toMatch(/Exit codes:[\s\S]*0 [\s\S]*1 [\s\S]*2 /);
  });

  it('--list-rules lists every rule in rules/ with its default severity', () => {
    const r = runCli(['--list-rules'], { cwd: tree.dir });
    expect(r.code).toBe(0);
    const ids = readFileSync(new URL('unused-suppression.yml', rulesDir), 'utf8')
      ? r.stdout
          .trim()
          .split('\n')
          .map((l) => l.split(/\s+/)[0])
      : [];
    expect(ids).toContain('unused-suppression');
    expect(r.stdout).toMatch(/^unused-suppression\s+warning\s+language\s+/m);
  });

  it('--explain RULE prints the rule docs and its URL; an unknown rule is a usage error', () => {
    const r = runCli(['--explain', 'unused-suppression'], { cwd: tree.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(readFileSync(new URL('unused-suppression.md', rulesDir), 'utf8').trimEnd());
    expect(r.stdout).toContain(
      'https://github.com/blameless-lint/blameless-lint/blob/main/rules/unused-suppression.md',
    );
    const bad = runCli(['--explain', 'unused-supression'], { cwd: tree.dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('did you mean unused-suppression');
  });

  it('--print-config FILE prints the resolved config for that file, with --rule applied', () => {
    const r = runCli(['--print-config', 'team/doc.md'], { cwd: tree.dir });
    expect(r.code).toBe(0);
    const config = JSON.parse(r.stdout);
    expect(config.rules['unused-suppression'].severity).toBe('error');
    expect(config.people).toEqual(['Sam Lee']);
    const off = JSON.parse(
      runCli(['--print-config', 'team/doc.md', '--rule', 'unused-suppression:off'], { cwd: tree.dir }).stdout,
    );
    expect(off.rules['unused-suppression']).toBeUndefined();
  });
});

describe('--stdin', () => {
  it('lints standard input as <stdin>', () => {
    const r = runCli(['--stdin', '-f', 'compact'], { cwd: tree.dir, input: `Intro.\n\n${STALE}\nText.\n` });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<stdin>:3:1: warning .*\[unused-suppression\]\n$/);
  });

  it('--stdin-filename names it and picks the config next to that name', () => {
    const r = runCli(['--stdin', '--stdin-filename', 'team/new.md', '-f', 'compact'], {
      cwd: tree.dir,
      input: WARNING_DOC,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^team\/new\.md:3:1: error /);
  });

  it('refuses paths together with --stdin, and --stdin-filename without --stdin', () => {
    expect(runCli(['--stdin', 'team'], { cwd: tree.dir }).code).toBe(2);
    expect(runCli(['--stdin-filename', 'x.md'], { cwd: tree.dir }).code).toBe(2);
  });

  it('refuses standard input larger than --max-file-size', () => {
    const r = runCli(['--stdin', '--max-file-size', '1KB'], { cwd: tree.dir, input: 'word '.repeat(1000) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('refused');
  });
});

describe('subcommands', () => {
  it('`actions` dispatches to the action-item report; `./actions` is still a path', () => {
    const help = runCli(['actions', '--help'], { cwd: tree.dir });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: blameless-lint actions/);
    const path = runCli(['./actions'], { cwd: tree.dir });
    expect(path.code).toBe(2);
    expect(path.stderr).toContain('./actions: no such file or folder');
  });
});
