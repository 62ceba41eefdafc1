// Builds @blameless-lint/core from a clean tree: rules module, JS + .d.ts, the config schema, the CLI bundle
// and its code cache.
// Run from anywhere: `npm run build -w packages/core`.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { rewriteAscii } from './ascii-only.mjs';

const pkgDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const finalDist = join(pkgDir, 'dist');
// Everything is built into a private folder and swapped in at the end: a clean dist with no stale modules, and
// other processes running the CLI meanwhile (tests, a parallel build) never see a half-written one.
const dist = join(pkgDir, `dist.tmp-${process.pid}`);
const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));

function step(name, fn) {
  const t = performance.now();
  const out = fn();
  return Promise.resolve(out).then(() => console.log(`build core: ${name} (${Math.round(performance.now() - t)} ms)`));
}

// 1. rules/*.yml + rules/*.md -> src/rules/generated.ts (checked data; fails on a bad rule file).
await step('rules', () =>
  execFileSync(process.execPath, [join(pkgDir, 'scripts', 'gen-rules.mjs')], { stdio: 'inherit' }),
);
await step('validator', () =>
  execFileSync(process.execPath, [join(pkgDir, 'scripts', 'gen-validator.mjs')], { stdio: 'inherit' }),
);
await step('lexicon', () =>
  execFileSync(process.execPath, [join(pkgDir, 'scripts', 'build-lexicon.mjs')], {
    stdio: ['ignore', 'ignore', 'inherit'],
  }),
);

// 2. tsc: JS and .d.ts for the library entry.
process.on('exit', () => rmSync(dist, { recursive: true, force: true }));
await step('tsc', () =>
  execFileSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', join(pkgDir, 'tsconfig.json'), '--outDir', dist],
    { stdio: 'inherit' },
  ),
);

// 3. The config JSON schema the package ships (editors register it; see exports["./schema.json"]).
await step('schema.json', async () => {
  const { configSchema } = await import(pathToFileURL(join(dist, 'config', 'schema.js')).href);
  writeFileSync(join(dist, 'schema.json'), `${JSON.stringify(configSchema(), null, 2)}\n`);
});

// 4. The CLI as one CommonJS file (bin/blameless-lint.cjs loads it through vm.Script, which takes a V8 code
// cache; ES modules cannot use one on Node 20), so `blameless-lint` starts without resolving hundreds of
// modules. Code that finds its own files reads import.meta.url: here, the bundle's URL.
await step('cli bundle', () =>
  build({
    entryPoints: [join(pkgDir, 'src', 'cli', 'bin.ts')],
    outfile: join(dist, 'cli.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Less to parse at start-up; identifiers are kept so a crash report's stack trace stays readable.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'eof', // the bundled libraries' licence comments stay with their code
    logLevel: 'warning',
    define: { __BLAMELESS_VERSION__: JSON.stringify(pkg.version), 'import.meta.url': '__blamelessBundleUrl' },
    banner: { js: "var __blamelessBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  })
    // ASCII only, so the launcher reads it as Latin-1 (scripts/ascii-only.mjs says why).
    .then(() => rewriteAscii(join(dist, 'cli.cjs'))),
);

// A parallel build may swap its own dist in between our two renames: then move that one aside and retry.
const old = `${finalDist}.old-${process.pid}`;
for (let attempt = 0; ; attempt++) {
  try {
    renameSync(finalDist, `${old}-${attempt}`);
  } catch {
    // No previous build.
  }
  try {
    renameSync(dist, finalDist);
    break;
  } catch (error) {
    if (attempt >= 5) throw error;
  }
}
for (let attempt = 0; attempt <= 5; attempt++) rmSync(`${old}-${attempt}`, { recursive: true, force: true });

// 5. The V8 code cache of the CLI bundle, written by one run of the CLI over the examples (every function a
// lint runs gets its bytecode into the cache). Run from the final dist/: the cache is only valid for the
// exact bundle source it was made from.
await step('cli code cache', () => {
  const examples = join(pkgDir, '..', '..', 'examples');
  const r = spawnSync(
    process.execPath,
    [join(pkgDir, 'bin', 'blameless-lint.cjs'), '--format', 'json', '--now', '2026-01-01', examples],
    {
      env: { ...process.env, BLAMELESS_LINT_WRITE_CODE_CACHE: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`build core: the built CLI failed on examples/ (exit ${r.status})`);
});
