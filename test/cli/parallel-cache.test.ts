import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLEAN_DOC, CLI, WARNING_DOC, runCli, tempTree } from './run-cli.js';
import { defaultJobs, runWorkersFrom } from '../../packages/core/src/node/jobs.js';
import { createLinter } from '../../packages/core/src/node/lint-runner.js';

// --jobs and --cache through the built CLI: both may only make a run faster, never different.
let tree: ReturnType<typeof tempTree>;
beforeAll(() => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 24; i++)
    files[`docs/doc-${String(i).padStart(2, '0')}.md`] = i % 3 === 0 ? WARNING_DOC : CLEAN_DOC;
  tree = tempTree(files);
});
afterAll(() => tree.remove());

describe('--jobs', () => {
  it('worker threads give the same report as one thread', () => {
    const one = runCli(['-f', 'json', '--jobs', '1', 'docs'], { cwd: tree.dir });
    const two = runCli(['-f', 'json', '--jobs', '2', 'docs'], { cwd: tree.dir });
    expect(one.code).toBe(0);
    expect(two).toEqual(one);
    expect(JSON.parse(one.stdout).summary).toEqual({ files: 24, errors: 0, warnings: 8, infos: 0 });
  });

  it('rejects a count below 1', () => {
    expect(runCli(['--jobs', '0', 'docs'], { cwd: tree.dir }).code).toBe(2);
  });

  it('caps the count at the cores, with a notice (-j 64 started 64 workers: 2.4 GB)', () => {
    const capped = runCli(['-f', 'json', '--jobs', '64', 'docs'], { cwd: tree.dir });
    expect(capped.stderr).toBe(
      `blameless-lint: --jobs 64 is more than the ${defaultJobs()} cores this machine has: using ${defaultJobs()}\n`,
    );
    expect(capped.stdout).toBe(runCli(['-f', 'json', '--jobs', '1', 'docs'], { cwd: tree.dir }).stdout);
    // The library caps the same way (workers run from the CLI's launcher here, as the CLI's do).
    runWorkersFrom(CLI);
    expect(createLinter(64, 100).threads).toBe(defaultJobs());
    expect(createLinter(2, 100).threads).toBe(Math.min(2, defaultJobs()));
  });
});

describe('--cache', () => {
  it('writes the cache only when asked, and a re-run reports the same', () => {
    const plain = runCli(['-f', 'json', 'docs'], { cwd: tree.dir });
    expect(existsSync(join(tree.dir, '.blameless-cache'))).toBe(false);
    const first = runCli(['-f', 'json', '--cache', 'docs'], { cwd: tree.dir });
    expect(existsSync(join(tree.dir, '.blameless-cache'))).toBe(true);
    const second = runCli(['-f', 'json', '--cache', 'docs'], { cwd: tree.dir });
    expect(first).toEqual(plain);
    expect(second).toEqual(plain);
  });

  it("replays every rule's findings exactly, in every format (the examples, all rules firing)", () => {
    const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
    for (const format of ['json', 'sarif', 'stylish']) {
      const location = join(tree.dir, `examples-cache-${format}.json`);
      const args = ['-f', format, '--now', '2026-11-01', examples];
      const plain = runCli(args, { cwd: tree.dir });
      const first = runCli([...args, '--cache-location', location], { cwd: tree.dir });
      // Stored packed (the rule's URL, source and note left out): what the replay has to put back.
      expect(readFileSync(location, 'utf8')).toContain('"url":0');
      const replayed = runCli([...args, '--cache-location', location], { cwd: tree.dir });
      expect(plain.stdout.length).toBeGreaterThan(1000);
      expect(first).toEqual(plain);
      expect(replayed).toEqual(plain);
    }
  });

  it('lints a changed file again', () => {
    const args = ['-f', 'compact', '--cache-location', 'my-cache.json', 'docs/doc-01.md'];
    expect(runCli(args, { cwd: tree.dir }).stdout).toBe('');
    expect(existsSync(join(tree.dir, 'my-cache.json'))).toBe(true);
    writeFileSync(join(tree.dir, 'docs', 'doc-01.md'), WARNING_DOC);
    expect(runCli(args, { cwd: tree.dir }).stdout).toMatch(/^docs\/doc-01\.md:3:1: warning /);
  });

  it('a forged or malformed entry for a file is a miss: its findings are still reported, nothing crashes', () => {
    const args = ['-f', 'compact', '--cache-location', 'forged-cache', 'docs/doc-00.md'];
    const plain = runCli(args, { cwd: tree.dir });
    expect(plain.stdout).toMatch(/\[unused-suppression\]/);
    const location = join(tree.dir, 'forged-cache');
    const stored = JSON.parse(readFileSync(location, 'utf8'));
    const [path] = Object.keys(stored.files);
    for (const diagnostics of [[], [{ ruleId: 'unused-suppression' }], [null], 'none']) {
      stored.files[path].diagnostics = diagnostics;
      writeFileSync(location, JSON.stringify(stored));
      const again = runCli(args, { cwd: tree.dir });
      expect(again.stderr).toBe('');
      expect(again).toEqual(plain);
    }
  });

  it('a named pipe at the cache path does not hang the run: a notice, and the run goes on without a cache', () => {
    execFileSync('mkfifo', [join(tree.dir, 'pipe-cache')]);
    const r = runCli(['-f', 'compact', '--cache-location', 'pipe-cache', 'docs/doc-00.md'], { cwd: tree.dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'blameless-lint: pipe-cache: the cache path is a named pipe, not a file: linting without the cache\n',
    );
    expect(r.stdout).toMatch(/\[unused-suppression\]/);
    expect(statSync(join(tree.dir, 'pipe-cache')).isFIFO()).toBe(true);
  });

  it('refuses to overwrite a file it did not write: exit 2, nothing linted, the file untouched', () => {
    writeFileSync(join(tree.dir, 'notes.md'), '# My notes\n');
    const r = runCli(['-f', 'compact', '--cache-location', 'notes.md', 'docs'], { cwd: tree.dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'blameless-lint: cannot use notes.md as the cache: a file is there that blameless-lint did not write, and saving the cache would overwrite it (remove it, or give --cache-location another path)\n',
    );
    expect(readFileSync(join(tree.dir, 'notes.md'), 'utf8')).toBe('# My notes\n');
  });
});
