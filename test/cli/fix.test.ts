import { chmodSync, lstatSync, readFileSync, readdirSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, tempTree } from './run-cli.js';

// The CLI writing files for real, in temp folders. Only the two fixable rules' findings are in these texts
// (the structure rules that would also fire are turned off), so "everything fixed" is exit 0.
const QUIET = [
  '--now',
  '2026-11-27',
  '--rule',
  'required-sections:off',
  '--rule',
  'summary-shape:off',
  '--rule',
  'single-contributing-factor:off',
];
const lines = [
  '---',
  'type: postmortem',
  '---',
  '## Timeline (all times UTC)',
  '',
  '- 14:02 Deploy 4411 started',
  '- 06:05 PST Error-rate alert fired',
  '',
  '## Contributing factors',
  '',
  'The bucket was deleted by @kim.',
];
const FIXED = lines.join('\n').replace('06:05 PST', '14:05 UTC').replace(' by @kim.', '.').split('\n');
const doc = (eol: string, bom = '') => bom + lines.map((l) => l + eol).join('');
const fixedDoc = (eol: string, bom = '') => bom + FIXED.map((l) => l + eol).join('');

let remove = () => {};
afterEach(() => remove());
function tree(files: Record<string, string | Buffer>): string {
  const t = tempTree(files);
  remove = t.remove;
  return t.dir;
}

describe('--fix', () => {
  it.each([
    ['LF', '\n', ''],
    ['CRLF and a BOM', '\r\n', '\uFEFF'],
    ['lone CR', '\r', ''],
  ])('rewrites the file in place (%s kept), says so on stderr, and exits 0 when nothing remains', (_, eol, bom) => {
    const dir = tree({ 'incident.md': doc(eol, bom), 'clean.md': '# Notes\n\nThe queue drained.\n' });
    const r = runCli(['.', '--fix', ...QUIET], { cwd: dir });
    expect(r.stderr).toBe('blameless-lint: fixed incident.md (2 fixes)\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(join(dir, 'incident.md'), 'utf8')).toBe(fixedDoc(eol, bom));
    expect(readFileSync(join(dir, 'clean.md'), 'utf8')).toBe('# Notes\n\nThe queue drained.\n');
    // Atomic write: no temporary file is left beside it.
    expect(readdirSync(dir).sort()).toEqual(['clean.md', 'incident.md']);
  });

  it('exits from what remains: an error that --fix removes no longer fails the run, one it cannot fix still does', () => {
    const dir = tree({ 'a.md': doc('\n'), 'b.md': `${doc('\n')}Sam should have checked.\n` });
    expect(runCli(['a.md', '--rule', 'timeline-timezone:error', ...QUIET], { cwd: dir }).code).toBe(1);
    expect(runCli(['a.md', '--fix', '--rule', 'timeline-timezone:error', ...QUIET], { cwd: dir }).code).toBe(0);
    const b = runCli(['b.md', '--fix', '--rule', 'counterfactual:error', ...QUIET], { cwd: dir });
    expect(b.code).toBe(1);
    expect(b.stdout).toContain('counterfactual');
    expect(b.stdout).not.toContain('timeline-timezone');
    expect(readFileSync(join(dir, 'b.md'), 'utf8')).toContain('- 14:05 UTC Error-rate alert fired');
  });

  it('keeps the file mode, writes through a symlink to its target, and keeps UTF-16 as UTF-16', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(doc('\r\n'), 'utf16le')]);
    const dir = tree({ 'docs/target.md': doc('\n'), 'wide.md': utf16 });
    chmodSync(join(dir, 'docs/target.md'), 0o640);
    symlinkSync(join(dir, 'docs/target.md'), join(dir, 'link.md'));
    const r = runCli(['link.md', 'wide.md', '--fix', ...QUIET], { cwd: dir });
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'docs/target.md'), 'utf8')).toBe(fixedDoc('\n'));
    expect(statSync(join(dir, 'docs/target.md')).mode & 0o777).toBe(0o640);
    expect(readFileSync(join(dir, 'wide.md'))).toEqual(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fixedDoc('\r\n'), 'utf16le')]),
    );
  });

  it('with --cache: fixes a file whose findings came from the cache, and the next run reads the fixed file from it', () => {
    const dir = tree({ 'incident.md': doc('\n') });
    expect(runCli(['.', '--cache', ...QUIET], { cwd: dir }).stdout).toContain('timeline-timezone');
    const fixed = runCli(['.', '--cache', '--fix', ...QUIET], { cwd: dir });
    expect(fixed.stderr).toBe('blameless-lint: fixed incident.md (2 fixes)\n');
    expect(readFileSync(join(dir, 'incident.md'), 'utf8')).toBe(fixedDoc('\n'));
    const after = runCli(['.', '--cache', ...QUIET], { cwd: dir });
    expect([after.code, after.stdout]).toEqual([0, '']);
  });

  it('does not fix a file with undecodable bytes (writing it would replace them), and says so', () => {
    const bytes = Buffer.concat([Buffer.from(doc('\n')), Buffer.from([0xc3, 0x28, 0x0a])]);
    const dir = tree({ 'bad.md': bytes });
    const r = runCli(['bad.md', '--fix', ...QUIET], { cwd: dir });
    expect(r.stderr).toContain('bad.md: not fixed: writing it back would replace its undecodable bytes');
    expect(readFileSync(join(dir, 'bad.md'))).toEqual(bytes);
    expect(r.stdout).toContain('timeline-timezone');
  });
});

describe('stylish without --fix', () => {
  it('says how many problems --fix would fix, as ESLint does', () => {
    const dir = tree({ 'incident.md': doc('\n') });
    const r = runCli(['.', ...QUIET], { cwd: dir });
    expect(r.stdout).toMatch(
      /✖ 2 problems \(0 errors, 2 warnings, 0 infos\)\n {2}0 errors and 2 warnings potentially fixable with the `--fix` option\.\n$/,
    );
  });
});

describe('--fix-dry-run', () => {
  it('writes nothing, says which files it would fix, and gives the fixed text as `output` in json', () => {
    const dir = tree({ 'incident.md': doc('\r\n', '\uFEFF') });
    const r = runCli(['.', '--fix-dry-run', '--format', 'json', ...QUIET], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('blameless-lint: would fix incident.md (2 fixes)\n');
    const report = JSON.parse(r.stdout);
    expect(report.files).toEqual([{ path: 'incident.md', diagnostics: [], output: fixedDoc('\r\n', '\uFEFF') }]);
    expect(readFileSync(join(dir, 'incident.md'), 'utf8')).toBe(doc('\r\n', '\uFEFF'));
  });

  it('fixes standard input into `output`; --fix refuses standard input, and the two flags together', () => {
    const dir = tree({});
    const r = runCli(['--stdin', '--fix-dry-run', '--format', 'json', ...QUIET], { cwd: dir, input: doc('\n') });
    expect(JSON.parse(r.stdout).files[0].output).toBe(fixedDoc('\n'));
    const stdinFix = runCli(['--stdin', '--fix'], { cwd: dir, input: doc('\n') });
    expect(stdinFix.code).toBe(2);
    expect(stdinFix.stderr).toContain('--fix writes files and cannot fix standard input; use --fix-dry-run');
    const both = runCli(['--fix', '--fix-dry-run'], { cwd: dir });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--fix and --fix-dry-run cannot be used together');
  });
});
