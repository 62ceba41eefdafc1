/** Configuration: validate and merge configs; presets; the shipped JSON schema. Finding and reading config files is the Node layer's (./load.js, exported by node.ts). */
export { ConfigError } from './errors.js';
export { configSchema, type JsonSchema } from './schema.js';
export { validateConfig, type ValidateOptions } from './validate.js';
export { resolveConfig, isResolvedConfig, presetRules, type PresetName } from './resolve.js';
