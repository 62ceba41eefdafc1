import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../../packages/core/src/index.ts', import.meta.url));

describe('the engine entry', () => {
  it('bundles for the browser platform without a Node built-in', async () => {
    // esbuild fails to resolve `node:*` for platform=browser; collect what it would have needed instead.
    const builtins: string[] = [];
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      plugins: [{
        name: 'no-node',
        setup(b) {
          b.onResolve({ filter: /^node:|^(fs|path|os|util|url|buffer|child_process|worker_threads|crypto|stream)$/ }, (args) => {
            builtins.push(`${args.path} from ${args.importer}`);
            return { path: args.path, external: true };
          });
        },
      }],
    });
    expect(builtins).toEqual([]);
    expect(result.outputFiles[0]!.text.length).toBeGreaterThan(100_000);
  });
});
