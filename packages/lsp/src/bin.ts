import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { startServer } from './server.js';
import { VERSION } from './version.js';

const HELP = `Usage: blameless-lint-lsp [--stdio | --node-ipc | --socket=<port> | --pipe=<name>]

The blameless-lint language server. Editors start it and talk LSP over the chosen transport
(default: --stdio). Settings live under "blameless-lint" in the editor's configuration.
`;

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

startServer(createConnection(ProposedFeatures.all));
