import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLEAN_DOC, runCli, tempTree } from './run-cli.js';

// Which files a run lints, read from the JSON report's file list.
let tree: ReturnType<typeof tempTree>;
beforeAll(() => {
  tree = tempTree({
    '.gitignore': 'drafts/\n*.draft.md\n',
    '.blamelessignore': 'vendor-notes.md\n',
    'a.md': CLEAN_DOC,
    'b.markdown': CLEAN_DOC,
    'c.mdx': CLEAN_DOC,
    'd.txt': 'Plain notes.\n',
    'e.rst': 'Not searched for.\n',
    'vendor-notes.md': CLEAN_DOC,
    'x.draft.md': CLEAN_DOC,
    'drafts/wip.md': CLEAN_DOC,
    'docs/guide.md': CLEAN_DOC,
    'docs/.gitignore': 'private.md\n',
    'docs/private.md': CLEAN_DOC,
    'docs/deep/more.md': CLEAN_DOC,
    'node_modules/pkg/readme.md': CLEAN_DOC,
    '.blamelessrc.json': JSON.stringify({ ignore: ['legacy/'] }),
    'legacy/old.md': CLEAN_DOC,
    // Config `ignore` patterns are relative to the config file's folder, as in a .gitignore.
    'ignored-by-config/.blamelessrc.json': JSON.stringify({ ignore: ['skip-*.md'] }),
    'ignored-by-config/skip-me.md': CLEAN_DOC,
    'ignored-by-config/keep.md': CLEAN_DOC,
  });
});
afterAll(() => tree.remove());

function linted(args: string[]): string[] {
  const r = runCli(['-f', 'json', ...args], { cwd: tree.dir });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout).files.map((f: { path: string }) => f.path);
}

describe('file discovery', () => {
  it('searches folders for md, markdown, mdx and txt; honours .gitignore (nested), .blamelessignore and config ignore; skips node_modules', () => {
    expect(linted([])).toEqual([
      'a.md',
      'b.markdown',
      'c.mdx',
      'd.txt',
      'docs/deep/more.md',
      'docs/guide.md',
      'ignored-by-config/keep.md',
    ]);
  });

  it('applies the ignore files above a folder given on the command line', () => {
    expect(linted(['docs'])).toEqual(['docs/deep/more.md', 'docs/guide.md']);
  });

  it('always lints files named explicitly, whatever the ignore files or the extension say', () => {
    expect(linted(['drafts/wip.md', 'docs/private.md', 'e.rst', 'ignored-by-config/skip-me.md'])).toEqual([
      'docs/private.md',
      'drafts/wip.md',
      'e.rst',
      'ignored-by-config/skip-me.md',
    ]);
  });

  it('expands a glob (quoted, so the shell leaves it alone) and still honours ignore files', () => {
    expect(linted(['docs/**/*.md'])).toEqual(['docs/deep/more.md', 'docs/guide.md']);
    expect(linted(['*.md'])).toEqual(['a.md']);
  });

  it('lists a file once when two arguments find it', () => {
    expect(linted(['a.md', '.', './a.md'])).toContain('a.md');
    expect(linted(['a.md', './a.md'])).toEqual(['a.md']);
  });

  it('a glob that matches nothing is an error (exit 2)', () => {
    const r = runCli(['nothing/**/*.md'], { cwd: tree.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nothing/**/*.md: no such file or folder');
  });
});
