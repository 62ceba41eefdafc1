/**
 * Validates a user config against the schema (compiled once per rule set) and turns the first problem
 * into a ConfigError whose message a user can act on without reading a schema.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { ruleData } from '../rules/generated.js';
import type { RuleData } from '../rules/types.js';
import type { UserConfig } from '../types.js';
import { ConfigError, keyFromPointer } from './errors.js';
import { problemOf } from './messages.js';
import { configSchema } from './schema.js';
import { configFormats } from './formats.js';
import validateBuiltin from './validate-builtin.generated.js';
import { isRealIsoDate } from './iso-date.js';
import { patternProblem } from '../checks/patterns.js';

/** Options of `validateConfig`. */
export interface ValidateOptions {
  /** Rules the config may name (default: the built-in rules). */
  rules?: readonly RuleData[];
  /** Prefix of every key in messages, e.g. `blameless` for the package.json key. */
  keyPrefix?: string;
  /** How the file is named in the message (default: `file`). */
  displayFile?: string;
  /** Finds a key's line and column in the file's text (see locate.ts), for `file:line:col` messages. */
  locate?: (path: string[], atKey: boolean) => { line: number; column: number } | undefined;
}

const compiled = new WeakMap<readonly RuleData[], ValidateFunction>([
  [ruleData, validateBuiltin as unknown as ValidateFunction],
]);

function validatorFor(rules: readonly RuleData[]): ValidateFunction {
  let validate = compiled.get(rules);
  if (!validate) {
    // The built-in rules' validator is compiled at build time (scripts/gen-validator.mjs); another rule set
    // (house rules) is compiled here once, with the same options.
    // strict: false because rule option schemas are authored data and may carry annotation keywords;
    // allErrors: false so the first failing key (with its anyOf alternatives) is what we explain.
    const ajv = new Ajv({ strict: false, allErrors: false, formats: configFormats });
    validate = ajv.compile(configSchema(rules));
    compiled.set(rules, validate);
  }
  return validate;
}

/**
 * Of ajv's errors, keep those of the anyOf alternative whose type fits the value (a string is judged as a
 * severity, a list as `[severity, options]`); when no alternative fits, the anyOf error itself explains.
 */
function pickError(errors: ErrorObject[]): ErrorObject {
  let remaining = errors;
  for (const anyOf of errors.filter((e) => e.keyword === 'anyOf')) {
    const branches = new Map<string, ErrorObject[]>();
    for (const e of remaining) {
      const m = e.schemaPath.startsWith(`${anyOf.schemaPath}/`)
        ? /^\d+/.exec(e.schemaPath.slice(anyOf.schemaPath.length + 1))
        : null;
      if (m) branches.set(m[0], [...(branches.get(m[0]) ?? []), e]);
    }
    const misfits = [...branches.values()].filter((b) =>
      b.some((e) => e.keyword === 'type' && e.instancePath === anyOf.instancePath),
    );
    const drop = new Set(misfits.flat());
    if (misfits.length < branches.size) drop.add(anyOf);
    else for (const b of branches.values()) for (const e of b) drop.add(e);
    remaining = remaining.filter((e) => !drop.has(e));
  }
  // The most specific problem: the deepest key.
  return remaining.reduce(
    (best, e) => (e.instancePath.length > best.instancePath.length ? e : best),
    remaining[0] ?? errors[0],
  );
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Checks the schema cannot express: real time zones, real dates. */
function semanticProblem(config: UserConfig): { key: string; problem: string } | undefined {
  const zoneHint = 'use an IANA name such as UTC or Europe/Berlin';
  if (config.timezone !== undefined && !isTimeZone(config.timezone)) {
    return { key: 'timezone', problem: `unknown time zone "${config.timezone}" (${zoneHint})` };
  }
  for (const [abbr, zone] of Object.entries(config.zones ?? {})) {
    if (!isTimeZone(zone)) return { key: `zones.${abbr}`, problem: `unknown time zone "${zone}" (${zoneHint})` };
  }
  if (config.now !== undefined && !isRealIsoDate(config.now)) {
    return { key: 'now', problem: `"${config.now}" is not a real date` };
  }
  const ids = new Set<string>();
  for (const [i, rule] of (config.house ?? []).entries()) {
    if (ids.has(rule.id)) return { key: `house.${i}.id`, problem: `"${rule.id}" is declared twice` };
    ids.add(rule.id);
    for (const [k, pattern] of (rule.patterns ?? []).entries()) {
      const problem = patternProblem(pattern);
      if (problem) return { key: `house.${i}.patterns.${k}`, problem };
    }
  }
  return undefined;
}

/** Returns `value` as a UserConfig, or throws a ConfigError naming `file`, the key and what is wrong. */
export function validateConfig(value: unknown, file: string, options: ValidateOptions = {}): UserConfig {
  const rules = options.rules ?? ruleData;
  const prefix = options.keyPrefix ?? '';
  const fail = (pointer: string, problem: string, atKey = false): never => {
    const segments =
      pointer === ''
        ? []
        : pointer
            .slice(1)
            .split('/')
            .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    const place = options.locate?.([...(prefix ? [prefix] : []), ...segments], atKey);
    throw new ConfigError(file, keyFromPointer(pointer, prefix), problem, {
      displayFile: options.displayFile,
      ...place,
    });
  };
  const validate = validatorFor(rules);
  if (!validate(value)) {
    const error = pickError(validate.errors ?? []);
    const { pointer, problem, atKey } = problemOf(error, rules);
    fail(pointer, problem, atKey);
  }
  const semantic = semanticProblem(value as UserConfig);
  if (semantic) fail(`/${semantic.key.replace(/\./g, '/')}`, semantic.problem);
  return value as UserConfig;
}
