// Builds the extension into dist/: the client and the server as single CommonJS bundles (the .vsix
// ships no node_modules), the config JSON schemas for `jsonValidation`, and the rule docs that
// Explain Rule opens; checks that package.json's rule settings list the current rules. Needs packages/core built first for its schema.json (the root build runs it first).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { rewriteAscii } from '../../core/scripts/ascii-only.mjs';
import { RULES_SETTING, syncRuleSettings } from './rule-settings.mjs';

const pkgDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repo = join(pkgDir, '..', '..');
const dist = join(pkgDir, 'dist');
const require = createRequire(import.meta.url);
const production = process.env.BLAMELESS_DEV !== '1';

function fail(message) {
  console.error(`build vscode-extension: ${message}`);
  process.exit(1);
}

rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, 'rules'), { recursive: true });

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: production,
  sourcemap: !production,
  legalComments: 'eof', // the bundled libraries' licence comments stay with their code
  logLevel: 'warning',
  // Some dependencies pick an ESM or a browser build by condition; the extension host is Node.
  mainFields: ['module', 'main'],
  conditions: ['node'],
  // ESM sources that read import.meta.url (to find files beside themselves) get the bundle's own URL.
  define: { 'import.meta.url': '__blamelessImportMetaUrl' },
  banner: { js: "var __blamelessImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

// The server and the library are bundled from their sources (as the server's own build does), so the
// bundle never runs on a stale dist/ of another package. Rules are data compiled into core's generated
// module; regenerate it first.
const corePkg = join(repo, 'packages', 'core');
execFileSync(process.execPath, [join(corePkg, 'scripts', 'gen-rules.mjs')], { stdio: 'inherit' });
// The folder, not its index: '@blameless-lint/core/node' then resolves to src/node.ts.
const fromSource = { '@blameless-lint/core': join(corePkg, 'src') };

const t = performance.now();
await Promise.all([
  // `vscode` is provided by the extension host at run time.
  build({
    ...common,
    entryPoints: [join(pkgDir, 'src', 'extension.ts')],
    outfile: join(dist, 'extension.cjs'),
    external: ['vscode'],
  }),
  // The server's own executable entry: with --node-ipc (as the client starts it) it serves over IPC, and
  // the same file is its lint worker thread, so the bundle behaves exactly like `blameless-lint-lsp`.
  build({
    ...common,
    entryPoints: [join(repo, 'packages', 'lsp', 'src', 'bin.ts')],
    outfile: join(dist, 'server.cjs'),
    alias: fromSource,
  }),
]).catch((error) => fail(error.message));
// ASCII only: Node decodes an ASCII file on its fast path and holds it in half the memory (core's
// scripts/ascii-only.mjs says why and how).
for (const bundle of ['extension.cjs', 'server.cjs']) rewriteAscii(join(dist, bundle));
console.log(`build vscode-extension: bundles (${Math.round(performance.now() - t)} ms)`);

// The config schema, as the core build writes it.
let schemaPath;
try {
  schemaPath = require.resolve('@blameless-lint/core/schema.json');
} catch {
  fail('packages/core/dist/schema.json is missing: run `npm run build -w packages/core` first');
}
const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
writeFileSync(join(dist, 'schema.json'), `${JSON.stringify(schema, null, 2)}\n`);
// The bundled word lists come from SCOWL and friends: their notices travel with the .vsix.
copyFileSync(join(corePkg, 'THIRD_PARTY_NOTICES.md'), join(dist, 'THIRD_PARTY_NOTICES.md'));

// The `blameless-lint.rules` setting lists the rules (completion, typos flagged). package.json is a source
// file, so the build checks it rather than rewriting it behind the author's back.
if (!syncRuleSettings(schema)) {
  fail(
    `package.json's "${RULES_SETTING}" does not list the current rules (rules/*.yml): run \`npm run sync-settings -w packages/vscode-extension\` and commit package.json`,
  );
}

// package.json keeps the config under `blameless`. The config schema has no internal $refs, so it can
// be nested as is (a relative $ref to schema.json would depend on how each editor resolves URLs).
const { $schema, $id, ...config } = schema;
const wrapper = {
  $schema,
  title: 'package.json with a blameless-lint configuration',
  type: 'object',
  properties: {
    blameless: { ...config, description: 'blameless-lint configuration (same keys as .blamelessrc.json).' },
  },
};
writeFileSync(join(dist, 'package-json.schema.json'), `${JSON.stringify(wrapper, null, 2)}\n`);

// Rule docs for Explain Rule: rules/<id>.md from the repository.
const rulesDir = join(repo, 'rules');
const docs = existsSync(rulesDir) ? readdirSync(rulesDir).filter((f) => f.endsWith('.md')) : [];
if (docs.length === 0) fail(`no rule docs in ${rulesDir}`);
for (const file of docs) copyFileSync(join(rulesDir, file), join(dist, 'rules', file));
console.log(`build vscode-extension: ${docs.length} rule docs, schema.json, package-json.schema.json`);
