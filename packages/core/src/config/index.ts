/** Configuration: find, parse, validate and merge config files; presets; the shipped JSON schema. */
export { ConfigError } from './errors.js';
export { configSchema, type JsonSchema } from './schema.js';
export { validateConfig, type ValidateOptions } from './validate.js';
export { resolveConfig, isResolvedConfig, presetRules, type PresetName } from './resolve.js';
export {
  loadConfig,
  findConfigFiles,
  readConfigFile,
  clearConfigCache,
  CONFIG_FILE_NAMES,
  type LoadConfigOptions,
  type LoadedConfig,
} from './load.js';
