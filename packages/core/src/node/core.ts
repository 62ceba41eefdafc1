// The engine functions the Node layer and the CLI stand on, imported in one place from their own modules (not
// the package entries, which re-export this layer: no import cycle).

export { lint } from '../engine/lint.js';
export { autoFix, fixStep, lintAndFix, MAX_FIX_PASSES } from '../engine/fix.js';
export { rules } from '../rules/index.js';
export { ConfigError } from '../config/index.js';
export { configChain, loadConfig, readConfigFile } from './config-files.js';
