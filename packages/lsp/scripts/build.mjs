// Builds @blameless-lint/language-server:
//   dist/bin.js    the `blameless-lint-lsp` executable: one ESM bundle (core and vscode-languageserver inside),
//                  so an editor starting it pays for one file read, not hundreds of module resolutions.
//   dist/head-start.js  what the launcher runs before loading dist/bin.js: it starts the lint worker.
//   dist/lint-worker.cjs (+ .v8cache)  the lint worker's own bundle, which bin/lint-worker.cjs loads.
//   dist/index.js  the library entry (`startServer`) for hosts such as the VS Code extension, with
//                  dependencies left as imports; dist/*.d.ts from tsc.
// `--bundle-only` skips the library entry and types (tests use it: they need the bin, fast).
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { rewriteAscii } from '../../core/scripts/ascii-only.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const pkgDir = join(here, '..');
const repo = join(pkgDir, '..', '..');
const coreSrc = join(repo, 'packages', 'core', 'src');
const bundleOnly = process.argv.includes('--bundle-only');

const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const versionSrc = readFileSync(join(pkgDir, 'src', 'version.ts'), 'utf8');
if (!versionSrc.includes(`'${pkg.version}'`))
  throw new Error(`language-server build: src/version.ts does not say ${pkg.version}`);

// Rules are data compiled into core's generated module; the bundle takes core from source, so make it current.
try {
  execFileSync(process.execPath, [join(repo, 'packages', 'core', 'scripts', 'gen-rules.mjs')], { stdio: 'inherit' });
} catch (error) {
  // Tests of the server (--bundle-only) can run on the last good rule module while rule files are mid-edit.
  if (!bundleOnly || !existsSync(join(repo, 'packages', 'core', 'src', 'rules', 'generated.ts'))) throw error;
  console.warn('language-server build: rules did not regenerate; bundling the last generated rules');
}

/** Core from source: the bundle never depends on core's own build having run first. */
const coreFromSource = {
  name: 'core-from-source',
  setup(build) {
    // The engine entry and its Node layer (`@blameless-lint/core/node`).
    build.onResolve({ filter: /^@blameless-lint\/core(\/node)?$/ }, (args) => ({
      path: join(coreSrc, args.path.endsWith('/node') ? 'node.ts' : 'index.ts'),
    }));
  },
};

/** One ESM file for Node 20: the head start and the library entry. */
const nodeModule = { bundle: true, platform: 'node', target: 'node20', format: 'esm', logLevel: 'warning' };

// Written under a temporary name and renamed, so parallel test runs never execute a half-written file.
mkdirSync(join(pkgDir, 'dist'), { recursive: true });
const tmp = join(pkgDir, 'dist', `bin.${process.pid}.tmp.js`);
await esbuild.build({
  entryPoints: [join(pkgDir, 'src', 'bin.ts')],
  outfile: tmp,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // vscode-languageserver is CommonJS and calls require() for Node built-ins.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __blCreateRequire } from 'node:module';\nconst require = __blCreateRequire(import.meta.url);",
  },
  plugins: [coreFromSource],
  // jsonc-parser's `main` is a UMD build whose require() calls a bundle cannot follow; its `module` build can
  // be bundled (the extension's build makes the same choice).
  mainFields: ['module', 'main'],
  logLevel: 'warning',
  legalComments: 'eof', // the bundled libraries' licence comments stay with their code
});
rewriteAscii(tmp); // ASCII only (core's scripts/ascii-only.mjs says why)
chmodSync(tmp, 0o755);
renameSync(tmp, join(pkgDir, 'dist', 'bin.js'));
// The lint worker's bundle (src/lint-worker.ts), CommonJS so that bin/lint-worker.cjs can compile it with a code
// cache (ES modules cannot use one on Node 20). Code that finds its own files reads import.meta.url: here, the
// bundle's URL.
const workerTmp = join(pkgDir, 'dist', `lint-worker.${process.pid}.tmp.cjs`);
await esbuild.build({
  entryPoints: [join(pkgDir, 'src', 'lint-worker.ts')],
  outfile: workerTmp,
  absWorkingDir: repo, // the same bytes from any directory, so an unchanged bundle keeps its cache
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minifyWhitespace: true,
  minifySyntax: true,
  plugins: [coreFromSource],
  mainFields: ['module', 'main'],
  define: { 'import.meta.url': '__blamelessBundleUrl' },
  banner: { js: "var __blamelessBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  legalComments: 'eof',
  logLevel: 'warning',
});
rewriteAscii(workerTmp);
// An unchanged bundle keeps its code cache (the tests build once per file, in parallel).
const workerBundle = join(pkgDir, 'dist', 'lint-worker.cjs');
const same = existsSync(workerBundle) && readFileSync(workerBundle).equals(readFileSync(workerTmp));
if (same) rmSync(workerTmp);
else {
  rmSync(`${workerBundle}.v8cache`, { force: true });
  renameSync(workerTmp, workerBundle);
}
// Its V8 code cache, from one lint of the examples: valid only for this exact bundle, so written after it (not
// for the tests' --bundle-only builds: a worker without one compiles from source).
// The launcher that writes and reads it sets V8 flags first, and V8 turns down a cache written under other flags:
// a launcher changed since the cache was written writes it again.
const launcher = join(pkgDir, 'bin', 'lint-worker.cjs');
const cacheCurrent = (file) => existsSync(file) && statSync(file).mtimeMs >= statSync(launcher).mtimeMs;
if (!bundleOnly && !(same && cacheCurrent(`${workerBundle}.v8cache`))) {
  const examples = join(repo, 'examples');
  const files = readdirSync(examples)
    .filter((f) => /\.(md|txt)$/.test(f) && f !== 'README.md')
    .map((f) => join(examples, f));
  const r = spawnSync(process.execPath, [launcher, ...files], {
    env: { ...process.env, BLAMELESS_LINT_WRITE_CODE_CACHE: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0) throw new Error(`language-server build: the lint worker failed on examples/ (exit ${r.status})`);
}

// The launcher's head start (bin/blameless-lint-lsp.mjs): small, so loading it costs the server nothing.
await esbuild.build({
  ...nodeModule,
  entryPoints: [join(pkgDir, 'src', 'head-start.ts')],
  outfile: join(pkgDir, 'dist', 'head-start.js'),
});

if (!bundleOnly) {
  await esbuild.build({
    ...nodeModule,
    entryPoints: [join(pkgDir, 'src', 'index.ts')],
    outfile: join(pkgDir, 'dist', 'index.js'),
    packages: 'external',
  });
  // Types need core's declarations (root `npm run build` builds core first).
  rmSync(join(pkgDir, 'dist', 'types.tsbuildinfo'), { force: true });
  execFileSync(
    process.execPath,
    [
      join(repo, 'node_modules', 'typescript', 'bin', 'tsc'),
      '-p',
      join(pkgDir, 'tsconfig.json'),
      '--emitDeclarationOnly',
    ],
    { stdio: 'inherit' },
  );
}
