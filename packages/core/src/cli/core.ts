// The library functions the CLI layer stands on, imported in one place (and from their own modules, not the
// package entry, which re-exports this layer's lintFiles: no import cycle).
export { lint } from '../engine/lint.js';
export { rules } from '../rules/index.js';
export { ConfigError } from '../config/index.js';
export { loadConfig, readConfigFile } from '../config/load.js';
