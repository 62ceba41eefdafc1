import { fileURLToPath } from 'node:url';
import { isMainThread, workerData } from 'node:worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { startServer } from './server.js';
import { VERSION } from './version.js';
import { runLintWorker } from './worker.js';

const HELP = `Usage: blameless-lint-lsp [--stdio | --node-ipc | --socket=<port> | --pipe=<name>]

The blameless-lint language server. Editors start it and talk LSP over the chosen transport
(default: --stdio). Settings live under "blameless-lint" in the editor's configuration.
`;

function main(): void {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(HELP);
    process.exit(0);
  }
  if (args.includes('--version') || args.includes('-v')) {
    process.stdout.write(`${VERSION}\n`);
    process.exit(0);
  }
  // vscode-languageserver reads the transport from argv; with none given, stdio is the useful default.
  if (!args.some((a) => /^--(stdio|node-ipc|socket|pipe)\b/.test(a))) process.argv.push('--stdio');

  // This same file is the lint worker (one bundle to ship and to load).
  startServer(createConnection(ProposedFeatures.all), { workerScript: fileURLToPath(import.meta.url) });
}

if (!isMainThread && (workerData as { blamelessLintWorker?: boolean } | null)?.blamelessLintWorker) runLintWorker();
else main();
