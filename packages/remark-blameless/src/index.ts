/**
 * remark-blameless, the browser-safe entry (also `remark-blameless/browser`): config comes from the options
 * only. It imports the engine of @blameless-lint/core and no Node built-in, so it bundles for a browser, a
 * worker or Deno. Node gets ./node.js instead (package.json `exports`, condition `node`), which also reads
 * the config files that apply to the file.
 */
import { createPlugin } from './plugin.js';
import type { Options } from './options.js';

export type { Options } from './options.js';

const remarkBlameless = createPlugin<Options>(['config', 'now'], (_file, options) => options.config);
export default remarkBlameless;
