import { fileURLToPath } from 'node:url';
import { isMainThread, workerData } from 'node:worker_threads';
import {
  createConnection,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node.js';
import { FramingGuard } from './framing.js';
import { reusedBufferJson } from './message-encoder.js';
import { headStartScript } from './head-start.js';
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
  let shutdownReceived = false;
  // The lint worker: the one the launcher started (its own bundle), else this same file.
  const options = {
    workerScript: headStartScript() ?? fileURLToPath(import.meta.url),
    onShutdown: () => (shutdownReceived = true),
  };
  if (args.some((a) => /^--(node-ipc|socket|pipe)\b/.test(a))) {
    // vscode-languageserver reads these transports from argv.
    startServer(createConnection(ProposedFeatures.all), options);
    return;
  }
  // stdio (the default): through a guard that survives badly framed input.
  const guard = new FramingGuard();
  process.stdin.pipe(guard);
  const connection = createConnection(
    ProposedFeatures.all,
    new StreamMessageReader(guard),
    new StreamMessageWriter(process.stdout, { charset: 'utf-8', contentTypeEncoder: reusedBufferJson() }),
  );
  // Nothing may write to stdout but the connection; stray console output goes to the client's log.
  console.log = console.info = console.debug = (...a: unknown[]) => connection.console.log(a.map(String).join(' '));
  console.warn = (...a: unknown[]) => connection.console.warn(a.map(String).join(' '));
  console.error = (...a: unknown[]) => connection.console.error(a.map(String).join(' '));
  guard.on('garbage', () => connection.console.warn('blameless-lint: dropped badly framed input'));
  // With its own reader the connection does not watch stdin: when the client goes away, so does the server.
  const exit = () => process.exit(shutdownReceived ? 0 : 1);
  process.stdin.on('end', exit);
  process.stdin.on('close', exit);
  startServer(connection, options);
}

if (!isMainThread && (workerData as { blamelessLintWorker?: boolean } | null)?.blamelessLintWorker) runLintWorker();
else main();
