/**
 * remark-blameless in Node (package.json `exports`, condition `node`): as the browser entry, and a file with
 * a path gets the config files that apply to it, found and merged as the CLI does (nearest wins, `root: true`
 * stops), with `options.config` applied last. A config file that cannot be used fails the file with the
 * core's message (file, key, problem), as the CLI exits 2 on it.
 */
import { ConfigError, clearConfigCache, loadConfig } from '@blameless-lint/core/node';
import type { VFile } from 'vfile';
import { createPlugin } from './plugin.js';
import type { NodeOptions } from './options.js';

export type { Options, NodeOptions } from './options.js';

function configFor(file: VFile, options: NodeOptions) {
  if (!file.path && options.configFile === undefined) return options.config;
  try {
    return loadConfig(file.path ?? file.cwd, {
      cwd: file.cwd,
      configFile: options.configFile,
      overrides: options.config,
    }).config;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return file.fail(error.message, { ruleId: 'config', source: 'blameless-lint', cause: error });
  }
}

// The Node layer keeps config files read for the life of the process. A processor sees them as they are when it
// takes the plugin: remark-cli makes one per file and run (so `--watch` sees an edited .blamelessrc), a long-lived
// host (a docs dev server) one per compiler. Measured: finding and reading them again costs 0.9 ms a file; linting an
// example costs 1-38 ms even with the block caches warm.
const remarkBlameless = createPlugin<NodeOptions>(['config', 'now', 'configFile'], configFor, clearConfigCache);
export default remarkBlameless;
