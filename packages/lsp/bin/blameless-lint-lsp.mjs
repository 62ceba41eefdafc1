#!/usr/bin/env node
// The `blameless-lint-lsp` command. It is always there: npm links a package's bins at install time, before
// `prepare` has built dist/, and skips a bin whose file is missing, so `npm ci` in a fresh clone left no
// `blameless-lint-lsp` behind. It loads the bundled server, dist/bin.js, which is also the lint worker's script.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const server = new URL('../dist/bin.js', import.meta.url);
if (!existsSync(server)) {
  process.stderr.write(
    'blameless-lint-lsp: the language server is not built yet; run `npm run build -w packages/lsp` (or `npm ci`, which builds).\n',
  );
  process.exit(2);
}
// The lint worker starts loading now, beside the server rather than after it (src/head-start.ts), from its own
// bundle (bin/lint-worker.cjs) when the build made one, else from the server's.
if (!process.argv.slice(2).some((a) => /^(-h|--help|-v|--version)$/.test(a))) {
  const { headStart } = await import('../dist/head-start.js');
  const worker = new URL('./lint-worker.cjs', import.meta.url);
  headStart(fileURLToPath(existsSync(new URL('../dist/lint-worker.cjs', import.meta.url)) ? worker : server));
}
await import(server.href);
