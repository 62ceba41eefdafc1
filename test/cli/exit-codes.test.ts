import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLEAN_DOC, WARNING_DOC, runCli, tempTree } from './run-cli.js';

let tree: ReturnType<typeof tempTree>;
beforeAll(() => {
  tree = tempTree({
    'clean/a.md': CLEAN_DOC,
    'warn/one.md': WARNING_DOC,
    'warn/two.md': WARNING_DOC,
    'strict/.blamelessrc.json': JSON.stringify({ rules: { 'unused-suppression': 'error' } }),
    'strict/doc.md': WARNING_DOC,
    'badconfig/.blamelessrc.json': JSON.stringify({ rules: { 'unused-suppression': 'loud' } }),
    'badconfig/doc.md': CLEAN_DOC,
    'badconfig/doc2.md': CLEAN_DOC,
    'custom.json': JSON.stringify({ rules: { 'unused-suppression': 'off' } }),
  });
});
afterAll(() => tree.remove());

describe('exit codes', () => {
  it('0 when there are no errors', () => {
    expect(runCli(['clean'], { cwd: tree.dir }).code).toBe(0);
    expect(runCli(['warn'], { cwd: tree.dir }).code).toBe(0);
  });

  it('1 when a finding is an error (from a config file)', () => {
    const r = runCli(['strict'], { cwd: tree.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('1 error');
  });

  it('1 when a finding is an error (from --rule), and --rule id:off silences it', () => {
    expect(runCli(['--rule', 'unused-suppression:error', 'warn'], { cwd: tree.dir }).code).toBe(1);
    const off = runCli(['--rule', 'unused-suppression:off', 'strict'], { cwd: tree.dir });
    expect(off).toMatchObject({ code: 0, stdout: '' });
  });

  it('--max-warnings: 0 within the limit, 1 above it with a note on stderr', () => {
    expect(runCli(['--max-warnings', '2', 'warn'], { cwd: tree.dir }).code).toBe(0);
    const over = runCli(['--max-warnings', '1', 'warn'], { cwd: tree.dir });
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('2 warnings, more than --max-warnings 1');
    expect(runCli(['--max-warnings', 'many', 'warn'], { cwd: tree.dir }).code).toBe(2);
  });

  it('--quiet reports errors only, so warnings neither print nor count against --max-warnings', () => {
    const r = runCli(['--quiet', '--max-warnings', '0', 'warn'], { cwd: tree.dir });
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(runCli(['-q', 'strict'], { cwd: tree.dir }).stdout).toContain('unused-suppression');
  });

  it('--config FILE replaces the config search', () => {
    expect(runCli(['--config', 'custom.json', 'strict'], { cwd: tree.dir })).toMatchObject({ code: 0, stdout: '' });
    const missing = runCli(['--config', 'nope.json', 'clean'], { cwd: tree.dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.json');
  });

  it('2 on an invalid config, naming the file and the key', () => {
    const r = runCli(['badconfig'], { cwd: tree.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/badconfig\/\.blamelessrc\.json.*rules\.unused-suppression/);
    // Said once for the folder, not once per file.
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^blameless-lint: config error: .*\(2 files not linted\)\n$/);
  });

  it('2 on usage errors: unknown flag, unknown rule in --rule, bad severity, missing path', () => {
    for (const args of [
      ['--frobnicate'],
      ['--rule', 'no-such-rule:error', 'clean'],
      ['--rule', 'unused-suppression:loud', 'clean'],
    ]) {
      const r = runCli(args, { cwd: tree.dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^blameless-lint: /);
    }
    // A day that does not exist is a typo, not March 2 (Date.parse would take it).
    for (const args of [
      ['--now', '2026-02-30', 'clean'],
      ['--now', '2026-13-01', 'clean'],
      ['actions', '--now', '2026-02-30', 'clean'],
    ]) {
      const r = runCli(args, { cwd: tree.dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/--now (expects a real ISO date|is not a date: 2026-02-30 \(give a real ISO date)/);
    }
    expect(runCli(['--now', '2028-02-29', 'clean'], { cwd: tree.dir }).code).toBe(0);
    const missing = runCli(['clean', 'does-not-exist'], { cwd: tree.dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('does-not-exist: no such file or folder');
  });
});
