/**
 * Entry of dist/server.cjs, the language server the extension bundles. The client forks it with
 * `--node-ipc`; createConnection reads the transport from argv, and the server package does the rest.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { startServer } from '@blameless-lint/language-server';

startServer(createConnection(ProposedFeatures.all));
