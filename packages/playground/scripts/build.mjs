// Builds the playground into dist/: index.html and style.css as they are, main.js (the page) and worker.js (the
// engine, bundled from core's sources for the browser: core's entry imports no Node built-in). The page opens
// with examples/02, the blameful draft, without its test markers (`<!-- expect: … -->`, see examples/README.md).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const pkgDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repo = join(pkgDir, '..', '..');
const dist = join(pkgDir, 'dist');
const require = createRequire(import.meta.url);

const started = performance.now();
// Types first (the page's DOM code and the worker's use of the engine); esbuild only strips them.
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(pkgDir, 'tsconfig.json')], {
  stdio: 'inherit',
});

const example = readFileSync(join(repo, 'examples', '02-checkout-outage-blameful.md'), 'utf8').replace(
  / ?<!-- expect(-section)?: [^>]*-->/g,
  '',
);

/** Core from source, as the language server bundles it: the playground never waits on core's own build. */
const coreFromSource = {
  name: 'core-from-source',
  setup(b) {
    b.onResolve({ filter: /^@blameless-lint\/core$/ }, () => ({
      path: join(repo, 'packages', 'core', 'src', 'index.ts'),
    }));
  },
};

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
await build({
  entryPoints: { main: join(pkgDir, 'src', 'main.ts'), worker: join(pkgDir, 'src', 'worker.ts') },
  outdir: dist,
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'es2022',
  minify: true,
  legalComments: 'eof', // the bundled libraries' licence comments stay with their code
  define: { __EXAMPLE__: JSON.stringify(example) },
  plugins: [coreFromSource],
  logLevel: 'warning',
});
for (const file of ['index.html', 'style.css']) copyFileSync(join(pkgDir, 'static', file), join(dist, file));
console.log(`build playground: dist/ (${Math.round(performance.now() - started)} ms)`);
