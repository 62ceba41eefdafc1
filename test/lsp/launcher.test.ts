import { isAscii } from 'node:buffer';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, Client, repo, summary } from './harness.js';

// bin/blameless-lint-lsp.mjs: the `blameless-lint-lsp` command. npm links a bin at install time, before
// `prepare` builds dist/, and skips a missing one: the bin must be a committed file, not a build output.
const pkgDir = join(repo, 'packages', 'lsp');
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as {
  version: string;
  bin: Record<string, string>;
  files: string[];
};
const launcher = join(pkgDir, pkg.bin['blameless-lint-lsp']!);
const tmp = mkdtempSync(join(tmpdir(), 'bl-lsp-launcher-'));
beforeAll(() => buildServer(), 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the language server launcher', () => {
  it('is a file in the repository (so a fresh clone links it) and in the published package', () => {
    const tracked = execFileSync('git', ['ls-files', '--error-unmatch', launcher], {
      cwd: repo,
      encoding: 'utf8',
    }).trim();
    expect(tracked).not.toBe('');
    expect(pkg.files).toContain(pkg.bin['blameless-lint-lsp']!.split('/')[1]);
    const lock = JSON.parse(readFileSync(join(repo, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { bin?: Record<string, string> }>;
    };
    expect(lock.packages['packages/lsp']?.bin).toEqual({
      'blameless-lint-lsp': pkg.bin['blameless-lint-lsp']!.replace(/^\.\//, ''),
    });
  });

  it('starts the built server: --version prints the version', () => {
    const r = spawnSync(process.execPath, [launcher, '--version'], { encoding: 'utf8', timeout: 20_000 });
    expect({ code: r.status, out: r.stdout }).toEqual({ code: 0, out: `${pkg.version}\n` });
  });

  it('says how to build when the server is not built', () => {
    mkdirSync(join(tmp, 'bin'));
    copyFileSync(launcher, join(tmp, 'bin', 'blameless-lint-lsp.mjs'));
    const r = spawnSync(process.execPath, [join(tmp, 'bin', 'blameless-lint-lsp.mjs'), '--version'], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not built yet; run `npm run build -w packages\/lsp`/);
  });

  it('serves a document over stdio with the lint worker it started before the server loaded', async () => {
    const client = new Client({ bin: launcher });
    try {
      await client.initialize();
      const uri = await client.open(
        'doc.md',
        '---\ntype: postmortem\n---\n## Timeline\n\nThe engineer should have checked the config.\n',
      );
      expect(summary((await client.diagnostics(uri)).diagnostics)).toContain('6:counterfactual');
    } finally {
      await client.shutdown();
    }
  });

  it('starts its lint workers from their own bundle, which V8 compiles from the code cache the build wrote', async () => {
    const stop = new SharedArrayBuffer(8);
    new Int32Array(stop)[1] = 1; // a job was sent: no warm-up first
    const worker = new Worker(join(pkgDir, 'bin', 'lint-worker.cjs'), {
      workerData: { blamelessLintWorker: true, stop },
    });
    try {
      const text = '---\ntype: postmortem\n---\n## Timeline\n\nThe engineer should have checked the config.\n';
      worker.postMessage({ id: 7, kind: 'text', text, options: {} });
      const reply = (await new Promise((resolve) => worker.once('message', resolve))) as {
        id: number;
        result: Array<{ ruleId: string }>;
      };
      expect(reply.id).toBe(7);
      expect(reply.result.map((d) => d.ruleId)).toContain('counterfactual');
    } finally {
      await worker.terminate();
    }
    // The same wrapper as bin/lint-worker.cjs: a cache V8 turns down would silently cost the start-up it saves.
    const file = join(pkgDir, 'dist', 'lint-worker.cjs');
    const script = new Script(
      `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`,
      {
        filename: file,
        cachedData: readFileSync(`${file}.v8cache`),
      },
    );
    expect(script.cachedDataRejected).toBe(false);
    // Written in ASCII, which the launcher decodes as Latin-1 (core's scripts/ascii-only.mjs says why); the server's
    // own bundle too, which Node decodes faster when it is ASCII.
    expect(isAscii(readFileSync(file))).toBe(true);
    expect(isAscii(readFileSync(join(pkgDir, 'dist', 'bin.js')))).toBe(true);
  });
});
