import { isAscii } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, WARNING_DOC, runCli, tempTree } from './run-cli.js';

// bin/blameless-lint.cjs: loads dist/cli.cjs through the V8 code cache the build writes beside it.
const bundle = fileURLToPath(new URL('../../packages/core/dist/cli.cjs', import.meta.url));
const tree = tempTree({ 'doc.md': WARNING_DOC });
afterAll(() => tree.remove());

/** A copy of the package's launcher and bundle in `<tree>/<name>/`, with `cache` as the code cache (if any). */
function copyOfPackage(name: string, parts: { bundle: boolean; cache?: Buffer }): string {
  const root = join(tree.dir, name);
  mkdirSync(join(root, 'bin'), { recursive: true });
  mkdirSync(join(root, 'dist'), { recursive: true });
  copyFileSync(CLI, join(root, 'bin', 'blameless-lint.cjs'));
  if (parts.bundle) copyFileSync(bundle, join(root, 'dist', 'cli.cjs'));
  if (parts.cache) writeFileSync(join(root, 'dist', 'cli.cjs.v8cache'), parts.cache);
  return join(root, 'bin', 'blameless-lint.cjs');
}

const lintWith = (launcher: string) =>
  spawnSync(process.execPath, [launcher, '-f', 'json', 'doc.md'], { cwd: tree.dir, encoding: 'utf8', timeout: 20_000 });

describe('the CLI launcher', () => {
  it('finds a code cache V8 accepts for the built bundle (the build wrote it from this exact source)', () => {
    const source = readFileSync(bundle, 'utf8');
    const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
      filename: bundle,
      cachedData: readFileSync(`${bundle}.v8cache`),
    });
    expect(script.cachedDataRejected).toBe(false);
  });

  it('lints the same with a cache V8 rejects, or none', () => {
    const expected = runCli(['-f', 'json', 'doc.md'], { cwd: tree.dir });
    expect(expected.code).toBe(0);
    expect(JSON.parse(expected.stdout).summary.warnings).toBe(1);
    for (const [name, cache] of [
      ['garbage-cache', Buffer.from('not a V8 code cache')],
      ['no-cache', undefined],
    ] as const) {
      const r = lintWith(copyOfPackage(name, { bundle: true, cache }));
      expect({ name, code: r.status, stdout: r.stdout }).toEqual({
        name,
        code: expected.code,
        stdout: expected.stdout,
      });
    }
  });

  it('reads a bundle the build wrote in ASCII as Latin-1, and any other as UTF-8', () => {
    expect(isAscii(readFileSync(bundle))).toBe(true);
    const expected = lintWith(copyOfPackage('ascii', { bundle: true }));
    expect(expected.status).toBe(0);
    // A bundle with a non-ASCII character (a hand-edited or older build) must not be read as Latin-1.
    const root = copyOfPackage('utf8', { bundle: true });
    const edited = join(tree.dir, 'utf8', 'dist', 'cli.cjs');
    // Read as Latin-1, its "é" would be two characters and the CLI would exit 7.
    const guard = `;if ("é".length !== 1) process.exit(7);`;
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}\n${guard}\n`);
    expect(isAscii(readFileSync(edited))).toBe(false);
    const r = lintWith(root);
    expect({ code: r.status, stdout: r.stdout }).toEqual({ code: expected.status, stdout: expected.stdout });
  });

  it('says how to build when the bundle is missing', () => {
    const r = lintWith(copyOfPackage('unbuilt', { bundle: false }));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('the CLI is not built yet');
  });
});
