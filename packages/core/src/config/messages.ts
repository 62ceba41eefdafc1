/**
 * Plain-words explanations of schema errors. ajv's own messages ("must match a schema in anyOf",
 * "must NOT have additional properties") say what the schema wants, not what the user should write.
 */
import type { ErrorObject } from 'ajv';
import type { RuleData } from '../rules/types.js';
import { CONFIG_KEYS, PRESET_NAMES, SECTION_KINDS, SEVERITY_LEVELS } from './schema.js';

const RULE_SETTING = /^\/rules\/[^/]+$/;
const HOUSE_RULE = /^\/house\/\d+$/;
/** A house rule's setting: its id holds a slash, escaped as ~1 in a JSON pointer. */
const HOUSE_SETTING = /^\/rules\/[^/]*~1[^/]*$/;
const RULE_OPTIONS = /^\/rules\/([^/]+)\/1$/;
const EXTENDS_POINTER = /^\/extends(\/\d+)?$/;

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object (key: value pairs)',
  number: 'a number',
  integer: 'a whole number',
  null: 'null',
};

const COMPARISONS: Record<string, string> = {
  '>=': 'at least',
  '<=': 'at most',
  '>': 'greater than',
  '<': 'less than',
};

function quoteList(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}

/** ` (did you mean "x"?)` when one known name is close to the unknown one. */
export function didYouMean(name: string, known: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of known) {
    const d = distance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best === undefined ? '' : ` (did you mean "${best}"?)`;
}

function unknownProperty(pointer: string, name: string, rules: readonly RuleData[]): string {
  if (pointer === '')
    return `unknown key${didYouMean(name, CONFIG_KEYS) || ` (known keys: ${CONFIG_KEYS.join(', ')})`}`;
  if (pointer === '/rules')
    return `unknown rule${didYouMean(
      name,
      rules.map((r) => r.id),
    )}`;
  if (pointer === '/sections') return `unknown section kind (known kinds: ${SECTION_KINDS.join(', ')})`;
  const options = RULE_OPTIONS.exec(pointer);
  if (options) {
    const rule = rules.find((r) => r.id === options[1]);
    const known = Object.keys(rule?.options.properties ?? {});
    return known.length === 0
      ? `unknown option: rule ${options[1]} has no options`
      : `unknown option of rule ${options[1]} (its options: ${known.join(', ')})`;
  }
  if (pointer === '/vocabulary') return 'unknown key (known keys: accept)';
  return 'unknown key';
}

function anyOfProblem(pointer: string): string {
  if (RULE_SETTING.test(pointer)) return `must be a severity (${SEVERITY_LEVELS.join(', ')}) or [severity, options]`;
  if (pointer === '/extends')
    return `must be a preset (${PRESET_NAMES.join(', ')}), an npm package name, or a list of them`;
  return 'has the wrong type';
}

/** The key an error is about (as a JSON pointer) and what is wrong with it, in plain words. */
export function problemOf(
  error: ErrorObject,
  rules: readonly RuleData[],
): { pointer: string; problem: string; atKey?: boolean } {
  const pointer = error.instancePath;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      return {
        pointer: `${pointer}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`,
        problem: unknownProperty(pointer, name, rules),
        atKey: true,
      };
    }
    case 'propertyNames':
    case 'pattern':
      if (error.propertyName !== undefined || error.keyword === 'propertyNames') {
        const name = String(error.propertyName ?? params.propertyName);
        const problem = 'must be a zone abbreviation such as IST (letters, digits, + and -)';
        return { pointer: `${pointer}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`, problem, atKey: true };
      }
      if (pointer === '/now')
        return { pointer, problem: 'must be an ISO date such as 2026-11-27 or 2026-11-27T09:30:00Z' };
      if (/^\/house\/\d+\/id$/.test(pointer))
        return {
          pointer,
          problem: 'must be namespaced, e.g. acme/no-war-room (lower-case letters, digits, . _ and -, one slash)',
        };
      if (/^\/house\/\d+\/url$/.test(pointer)) return { pointer, problem: 'must be an http(s) URL' };
      if (EXTENDS_POINTER.test(pointer))
        return {
          pointer,
          problem: `must be a preset (${PRESET_NAMES.join(', ')}) or an npm package name such as @acme/blameless-config`,
        };
      return { pointer, problem: `must match the pattern ${String(params.pattern)}` };
    case 'format':
      return {
        pointer,
        problem:
          params.format === 'regex'
            ? 'must be a valid regular expression (JavaScript syntax)'
            : `must be a valid ${String(params.format)}`,
      };
    case 'anyOf':
      return { pointer, problem: anyOfProblem(pointer) };
    case 'type': {
      if (pointer === '') return { pointer, problem: 'the config must be an object (key: value pairs)' };
      const types = String(params.type).split(',');
      return { pointer, problem: `must be ${types.map((t) => TYPE_WORDS[t] ?? t).join(' or ')}` };
    }
    case 'enum':
      return { pointer, problem: `must be one of ${quoteList(params.allowedValues as unknown[])}` };
    case 'const':
      return { pointer, problem: `must be ${quoteList([params.allowedValue])}` };
    case 'minItems':
    case 'maxItems':
      if (HOUSE_SETTING.test(pointer))
        return { pointer, problem: 'is a house rule, which takes no options: write its severity alone' };
      if (RULE_SETTING.test(pointer)) return { pointer, problem: 'must be [severity] or [severity, options]' };
      return {
        pointer,
        problem: `must have ${error.keyword === 'minItems' ? 'at least' : 'at most'} ${String(params.limit)} item(s)`,
      };
    case 'minLength':
      return {
        pointer,
        problem: params.limit === 1 ? 'must not be empty' : `must be at least ${String(params.limit)} characters long`,
      };
    case 'maxLength':
      return { pointer, problem: `must be at most ${String(params.limit)} characters long` };
    case 'uniqueItems': {
      const [a, b] = [Number(params.i), Number(params.j)].sort((x, y) => x - y);
      return { pointer, problem: `lists the same entry twice (items ${a} and ${b})` };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return {
        pointer,
        problem: `must be ${COMPARISONS[String(params.comparison)] ?? String(params.comparison)} ${String(params.limit)}`,
      };
    case 'required':
      // The house rule's anyOf: it needs something to match.
      if (HOUSE_RULE.test(pointer) && /^(phrases|patterns)$/.test(String(params.missingProperty)))
        return { pointer, problem: 'needs `phrases` or `patterns` (or both)' };
      return { pointer: `${pointer}/${String(params.missingProperty)}`, problem: 'is required' };
    default:
      return { pointer, problem: error.message ?? 'is not valid' };
  }
}
