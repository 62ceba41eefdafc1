import { describe, expect, it } from 'vitest';
import { build, type Plugin } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { VFile } from 'vfile';

const entry = fileURLToPath(new URL('../../packages/core/src/index.ts', import.meta.url));
const repo = fileURLToPath(new URL('../..', import.meta.url));

/** esbuild fails to resolve `node:*` for platform=browser; this collects what a bundle would have needed instead. */
function noNode(builtins: string[]): Plugin {
  return {
    name: 'no-node',
    setup(b) {
      b.onResolve(
        { filter: /^node:|^(fs|path|os|util|url|buffer|child_process|worker_threads|crypto|stream)$/ },
        (args) => {
          builtins.push(`${args.path} from ${args.importer}`);
          return { path: args.path, external: true };
        },
      );
    },
  };
}

describe('the engine entry', () => {
  it('bundles for the browser platform without a Node built-in', async () => {
    const builtins: string[] = [];
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      plugins: [noNode(builtins)],
    });
    expect(builtins).toEqual([]);
    expect(result.outputFiles[0]!.text.length).toBeGreaterThan(100_000);
  });

  it('remark-blameless, imported by its package name, bundles for the browser (its browser entry) and lints', async () => {
    // The BUILT packages, resolved through package.json `exports` as a user's bundler resolves them.
    const builtins: string[] = [];
    const result = await build({
      stdin: { contents: "export { default } from 'remark-blameless';", resolveDir: repo },
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      plugins: [noNode(builtins)],
    });
    expect(builtins).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'bl-remark-browser-'));
    try {
      writeFileSync(join(dir, 'bundle.mjs'), result.outputFiles[0]!.text);
      const plugin = (await import(pathToFileURL(join(dir, 'bundle.mjs')).href)).default;
      const file = new VFile('The outage was human error.\n');
      plugin({ config: { rules: { 'human-error': 'error' } } })(undefined, file);
      expect(file.messages.map((m) => [m.ruleId, m.fatal, m.place])).toEqual([
        ['human-error', true, { start: { line: 1, column: 16, offset: 15 }, end: { line: 1, column: 27, offset: 26 } }],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
