import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLEAN_DOC, STALE, WARNING_DOC, runCli, tempTree } from './run-cli.js';
import { lintFiles } from '../../packages/core/src/node/lint-files.js';

// Bad input never stops the run: each problem is named on stderr and every other file is still linted.
// Tests run as root, so chmod 000 cannot make a file unreadable; the unreadable entries here are a dangling
// symlink (reading it fails with ENOENT) and a named pipe (a FIFO: opening it would block, so it must be refused
// without being opened).
let tree: ReturnType<typeof tempTree>;
beforeAll(() => {
  tree = tempTree({
    'docs/good.md': WARNING_DOC,
    'docs/clean.md': CLEAN_DOC,
    'bin/image.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
    'bin/ok.md': CLEAN_DOC,
    // Latin-1 bytes and a truncated sequence in otherwise valid UTF-8, then a finding two lines later.
    'latin/notes.md': Buffer.concat([
      Buffer.from('Caf'),
      Buffer.from([0xe9, 0x20, 0xc3]),
      Buffer.from(`\n\n${STALE}\nText.\n`),
    ]),
    'big/small.md': CLEAN_DOC,
    'big/huge.md': '',
  });
  symlinkSync('missing-target.md', join(tree.dir, 'docs', 'broken.md'));
  // A symlink loop sorts first in its folder ("a" before "good"), and its stat fails with ELOOP.
  symlinkSync('aloop-b.md', join(tree.dir, 'docs', 'aloop-a.md'));
  symlinkSync('aloop-a.md', join(tree.dir, 'docs', 'aloop-b.md'));
  execFileSync('mkfifo', [join(tree.dir, 'docs', 'pipe.md')]);
  // Sparse: 50 MB on paper, nothing on disk. Refused by size before a byte is read.
  truncateSync(join(tree.dir, 'big', 'huge.md'), 50 * 1024 * 1024);
}, 30_000);
afterAll(() => tree.remove());

function paths(stdout: string): string[] {
  return JSON.parse(stdout).files.map((f: { path: string }) => f.path);
}

describe('bad input', () => {
  it('a dangling symlink and a FIFO are reported on stderr, the other files are linted, exit 2', () => {
    const r = runCli(['-f', 'json', 'docs'], { cwd: tree.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('blameless-lint: docs/broken.md: cannot read: no such file');
    expect(r.stderr).toContain('blameless-lint: docs/pipe.md: cannot read: not a regular file (a named pipe)');
    const report = JSON.parse(r.stdout);
    const good = report.files.find((f: { path: string }) => f.path === 'docs/good.md');
    expect(good.diagnostics).toHaveLength(1);
    expect(report.files.find((f: { path: string }) => f.path === 'docs/broken.md').error).toMatch(/cannot read/);
  });

  it('a symlink loop first in a folder is one file that cannot be read, not the end of the run (CLI, lintFiles, actions)', async () => {
    const r = runCli(['-f', 'json', 'docs'], { cwd: tree.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('blameless-lint: docs/aloop-a.md: cannot read: too many levels of symbolic links');
    expect(r.stderr).not.toContain('fatal');
    expect(
      JSON.parse(r.stdout).files.find((f: { path: string }) => f.path === 'docs/good.md').diagnostics,
    ).toHaveLength(1);
    const results = await lintFiles('docs', { cwd: tree.dir });
    expect(results.find((f) => f.path.endsWith('aloop-a.md'))?.error).toMatch(/symbolic links/);
    expect(results.find((f) => f.path.endsWith('good.md'))?.diagnostics).toHaveLength(1);
    const actions = runCli(['actions', 'docs'], { cwd: tree.dir });
    expect(actions.stderr).not.toContain('fatal');
    expect(actions.stderr).toContain('docs/aloop-a.md: cannot read');
  });

  it('a folder search does not follow a link to a file outside the folder; a link inside it is read', () => {
    const outside = mkdtempSync(join(tmpdir(), 'bl-outside-'));
    writeFileSync(join(outside, 'secret.md'), WARNING_DOC);
    mkdirSync(join(tree.dir, 'linked'), { recursive: true });
    symlinkSync(join(outside, 'secret.md'), join(tree.dir, 'linked', 'escape.md'));
    writeFileSync(join(tree.dir, 'linked', 'real.md'), WARNING_DOC);
    symlinkSync('real.md', join(tree.dir, 'linked', 'alias.md'));
    try {
      const r = runCli(['-f', 'json', 'linked'], { cwd: tree.dir });
      expect(paths(r.stdout).sort()).toEqual(['linked/alias.md', 'linked/real.md']);
      // Named on the command line, the same link is read as given.
      expect(paths(runCli(['-f', 'json', 'linked/escape.md'], { cwd: tree.dir }).stdout)).toEqual(['linked/escape.md']);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('stylish leaves unreadable files to stderr and reports the rest', () => {
    const r = runCli(['docs'], { cwd: tree.dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('docs/good.md');
    expect(r.stdout).not.toContain('broken.md');
  });

  it('a binary file (NUL byte) is skipped with a notice and does not change the exit code', () => {
    const r = runCli(['-f', 'json', 'bin'], { cwd: tree.dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('blameless-lint: bin/image.md: skipped: binary file (it contains a NUL byte)\n');
    expect(paths(r.stdout)).toEqual(['bin/ok.md']);
  });

  it('invalid UTF-8 is decoded with U+FFFD and linted, positions intact', () => {
    const r = runCli(['-f', 'compact', 'latin'], { cwd: tree.dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('latin/notes.md: invalid UTF-8');
    expect(r.stdout).toMatch(/^latin\/notes\.md:3:1: warning .*\[unused-suppression\]$/m);
  });

  it('says so for invalid UTF-8 on a --cache re-run too, with the same findings', () => {
    const args = ['-f', 'compact', '--cache', '--cache-location', 'latin-cache.json', 'latin'];
    const first = runCli(args, { cwd: tree.dir });
    expect(first.stdout).toContain('[unused-suppression]');
    // Every file a hit: the cache has nothing new to save, so the file is not rewritten.
    const cacheFile = join(tree.dir, 'latin-cache.json');
    const stored = readFileSync(cacheFile, 'utf8');
    const written = statSync(cacheFile).mtimeMs;
    const again = runCli(args, { cwd: tree.dir });
    expect(statSync(cacheFile).mtimeMs).toBe(written);
    expect(readFileSync(cacheFile, 'utf8')).toBe(stored);
    expect(again.stdout).toBe(first.stdout);
    expect(again.stderr).toBe(first.stderr);
    expect(again.stderr).toContain('latin/notes.md: invalid UTF-8');
  });

  it('a 50 MB file is refused quickly with a clear message; --max-file-size raises or lowers the limit', () => {
    const started = Date.now();
    const r = runCli(['-f', 'json', 'big'], { cwd: tree.dir });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'big/huge.md: refused: the file is 50 MB, over the 10 MB limit (raise it with --max-file-size',
    );
    expect(paths(r.stdout)).toEqual(['big/huge.md', 'big/small.md']);
    const low = runCli(['--max-file-size', '100', 'big/small.md'], { cwd: tree.dir });
    expect(low.code).toBe(2);
    expect(low.stderr).toContain('refused');
    expect(runCli(['--max-file-size', 'lots', 'big/small.md'], { cwd: tree.dir }).code).toBe(2);
  });

  it('never writes a file', () => {
    const before = execFileSync('find', [tree.dir, '-newer', join(tree.dir, 'docs', 'good.md')], { encoding: 'utf8' });
    runCli(['-f', 'sarif', '.'], { cwd: tree.dir });
    runCli(['-f', 'json', '.'], { cwd: tree.dir });
    expect(execFileSync('find', [tree.dir, '-newer', join(tree.dir, 'docs', 'good.md')], { encoding: 'utf8' })).toBe(
      before,
    );
  });
});
