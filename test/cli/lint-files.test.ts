import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintFiles } from '../../packages/core/src/node/lint-files.js';
import { CLEAN_DOC, WARNING_DOC, tempTree } from './run-cli.js';

// The library face of the CLI: discovery, config per file and safe reading, without printing.
let tree: ReturnType<typeof tempTree>;
beforeAll(() => {
  tree = tempTree({
    'a.md': WARNING_DOC,
    'b.md': CLEAN_DOC,
    'strict/.blamelessrc.json': JSON.stringify({ rules: { 'unused-suppression': 'error' } }),
    'strict/c.md': WARNING_DOC,
    'bin.txt': Buffer.from([0x41, 0x00, 0x42]),
  });
});
afterAll(() => tree.remove());

describe('lintFiles', () => {
  it('lints a folder with the nearest config per file, paths relative to cwd, binaries skipped with a notice', async () => {
    const notices: string[] = [];
    const results = await lintFiles('.', {
      cwd: tree.dir,
      onNotice: (path, message) => notices.push(`${path}: ${message}`),
    });
    expect(results.map((r) => [r.path, r.diagnostics.map((d) => `${d.ruleId}:${d.severity}`)])).toEqual([
      ['a.md', ['unused-suppression:warning']],
      ['b.md', []],
      ['strict/c.md', ['unused-suppression:error']],
    ]);
    expect(notices).toEqual(['bin.txt: skipped: binary file (it contains a NUL byte)']);
  });

  it('applies rule overrides over every config, and reports a missing path as an error result', async () => {
    const results = await lintFiles(['strict', 'missing.md'], {
      cwd: tree.dir,
      rules: { 'unused-suppression': 'off' },
    });
    expect(results).toEqual([
      { path: 'missing.md', diagnostics: [], error: 'no such file or folder, and no file matches it' },
      { path: 'strict/c.md', diagnostics: [] },
    ]);
  });

  it('reports progress once per file', async () => {
    const seen: Array<[number, number]> = [];
    await lintFiles(['a.md', 'b.md'], { cwd: tree.dir, onProgress: (done, total) => seen.push([done, total]) });
    expect(seen).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });
});
