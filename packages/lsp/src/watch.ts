import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  type Connection,
} from 'vscode-languageserver/node.js';
import type { ClientFeatures } from './capabilities.js';

/** Files the library reads config from (see the config loader): a change to any of them may change findings. */
const CONFIG_GLOBS = ['**/.blamelessrc.json', '**/.blamelessrc.yml', '**/.blamelessrc.yaml', '**/package.json'];

export function isConfigFile(uri: string): boolean {
  return /\/(\.blamelessrc\.(json|ya?ml)|package\.json)$/.test(uri);
}

/** Dynamic registrations, made after `initialized` as the protocol requires. */
export async function registerWatchers(
  connection: Connection,
  features: ClientFeatures,
  log: (m: string) => void,
): Promise<void> {
  try {
    if (features.watchedFilesRegistration) {
      await connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: CONFIG_GLOBS.map((globPattern) => ({ globPattern })),
      });
    }
    if (features.configurationChangeRegistration) {
      await connection.client.register(DidChangeConfigurationNotification.type, { section: 'blameless-lint' });
    }
  } catch (error) {
    // A client that refuses still gets diagnostics; it just has to save to pick up config changes.
    log(`blameless-lint: could not register watchers: ${String(error)}`);
  }
}
