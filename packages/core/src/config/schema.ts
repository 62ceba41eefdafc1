/**
 * The JSON schema of the user config (.blamelessrc.*, package.json#blameless).
 * Built from the rule data so that every rule id is a known key and each rule's options are checked
 * against that rule's own closed schema. The build writes it to dist/schema.json; the VS Code extension
 * registers it so editors complete and check config files.
 */
import { ruleData } from '../rules/generated.js';
import type { RuleData } from '../rules/types.js';
import { PHRASE_SCOPES } from '../checks/schemas/phrase.js';

/** A JSON schema (draft-07) as a plain object. */
export type JsonSchema = Record<string, unknown>;

/** Severities as written in config; `off` disables a rule. */
export const SEVERITY_LEVELS = ['error', 'warning', 'info', 'off'] as const;
/** The built-in presets `extends` may name. */
export const PRESET_NAMES = ['recommended', 'strict', 'language'] as const;
/**
 * An `extends` entry: a preset or an npm package name (`@acme/blameless-config`), optionally with the path of a
 * JSON/YAML file inside the package (`@acme/blameless-config/strict.yml`). npm's rules for new names: lower
 * case, no leading dot or underscore; so relative paths (`./base.yml`) and `eslint:recommended` are refused here.
 */
const EXTENDS_ENTRY_PATTERN = '^(@[a-z0-9~-][a-z0-9._~-]*/)?[a-z0-9~-][a-z0-9._~-]*(/[^\\s\\\\]+)?$';
/** Keys of `sections` (the SectionKind type). */
export const SECTION_KINDS = ['summary', 'timeline', 'contributing-factors', 'lessons', 'action-items'] as const;
/** Top-level keys of a user config, in documentation order. */
export const CONFIG_KEYS = [
  'root',
  'extends',
  'rules',
  'people',
  'teams',
  'vocabulary',
  'sections',
  'ignore',
  'timezone',
  'zones',
  'now',
  'house',
] as const;

/** A house rule's id: a namespace and a name (`acme/no-war-room`), so it never clashes with a built-in rule. */
export const HOUSE_ID_PATTERN = '^[a-z0-9][a-z0-9._-]*/[a-z0-9][a-z0-9._-]*$';

/** An ISO 8601 date, optionally with a time (`2026-11-27`, `2026-11-27T09:30:00Z`). */
const ISO_DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?$';
/** A zone abbreviation as written in timelines (`IST`, `CEST`, `GMT+1`); also keeps `__proto__` out. */
const ZONE_ABBREVIATION_PATTERN = '^[A-Za-z][A-Za-z0-9+-]*$';

const strings = (description: string): JsonSchema => ({
  type: 'array',
  items: { type: 'string', minLength: 1 },
  description,
});

// `type` next to `enum` lets validation tell "a misspelt severity" from "not a severity at all".
const severity: JsonSchema = {
  type: 'string',
  enum: [...SEVERITY_LEVELS],
  description: '`off` disables the rule.',
};

// `examples` lets editors complete the presets; the pattern also admits package names.
const extendsEntry: JsonSchema = { type: 'string', pattern: EXTENDS_ENTRY_PATTERN, examples: [...PRESET_NAMES] };

/** `severity` or `[severity]` or `[severity, options]`, options closed by the rule's own schema. */
function ruleSetting(rule: RuleData): JsonSchema {
  return {
    description: `${rule.description} (default: ${rule.preset === 'strict' ? `off; ${rule.severity} in the strict preset` : rule.severity})`,
    anyOf: [
      severity,
      {
        type: 'array',
        minItems: 1,
        maxItems: 2,
        items: [severity, { ...rule.options, additionalProperties: false }],
      },
    ],
  };
}

/** `severity` or `[severity]`: a house rule has no options. */
const houseSetting: JsonSchema = {
  description: 'A house rule declared under `house` (in this config or one it inherits).',
  anyOf: [severity, { type: 'array', minItems: 1, maxItems: 1, items: [severity] }],
};

/** One house rule: the shape of a Vale `existence` rule / textlint prh entry, as data. */
const houseRule: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'message'],
  anyOf: [{ required: ['phrases'] }, { required: ['patterns'] }],
  properties: {
    id: {
      type: 'string',
      pattern: HOUSE_ID_PATTERN,
      description: 'Namespaced id, e.g. `acme/no-war-room`: used in `rules` and suppression comments.',
    },
    phrases: {
      type: 'array',
      minItems: 1,
      items: { type: 'string', minLength: 1, maxLength: 200, pattern: '\\S' },
      description: 'Words or phrases that fire: whole words, any case; `*` stands for one to four words.',
    },
    patterns: {
      type: 'array',
      minItems: 1,
      items: { type: 'string', minLength: 1, maxLength: 500 },
      description: 'Regular expressions in RE2 syntax (no backreferences or lookaround), matched as whole words.',
    },
    matchCase: { type: 'boolean', description: 'Patterns match case as written (default: any case).' },
    message: { type: 'string', minLength: 1, description: 'What is wrong; `{actual}` is the matched text.' },
    rewrite: { type: 'string', description: 'The replacement offered as a fix.' },
    scope: {
      type: 'string',
      enum: [...PHRASE_SCOPES],
      description:
        'Where the rule looks: `prose` (default, any prose), a section kind, `timeline` (timeline entries) or `action-items` (action items).',
    },
    severity: {
      type: 'string',
      enum: ['error', 'warning', 'info'],
      description: 'Default severity (default: warning).',
    },
    url: {
      type: 'string',
      pattern: '^https?://',
      description: "The rule's documentation, shown in editors and SARIF.",
    },
  },
};

/**
 * The config schema for a rule set (default: the built-in rules). Draft-07, so editors that know
 * JSON schema (VS Code, yaml-language-server) understand it. Unknown keys, unknown rule ids and
 * unknown options are errors: a typo must never be silently ignored.
 */
export function configSchema(rules: readonly RuleData[] = ruleData): JsonSchema {
  const ruleProperties: Record<string, JsonSchema> = {};
  for (const rule of rules) ruleProperties[rule.id] = ruleSetting(rule);
  const sectionProperties: Record<string, JsonSchema> = {};
  for (const kind of SECTION_KINDS) sectionProperties[kind] = strings(`Extra heading aliases of the ${kind} section.`);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/blameless-lint/blameless-lint/blob/main/packages/core/docs/configuration.md',
    title: 'blameless-lint configuration',
    type: 'object',
    additionalProperties: false,
    properties: {
      // Editors write `$schema` into JSON files to find this schema; it is accepted and ignored.
      $schema: { type: 'string' },
      root: { type: 'boolean', description: 'Stop looking for config files in parent folders.' },
      extends: {
        description:
          'Preset(s) to start from: `recommended` (the default rules), `strict` (every rule, also the tracker and coverage checks) or `language` (prose rules only); or npm packages holding a shared config (JSON/YAML, never code), applied in order.',
        anyOf: [extendsEntry, { type: 'array', items: extendsEntry, uniqueItems: true }],
      },
      rules: {
        type: 'object',
        description: 'Rule id -> severity, or [severity, options].',
        additionalProperties: false,
        properties: ruleProperties,
        patternProperties: { [HOUSE_ID_PATTERN]: houseSetting },
      },
      people: strings("People's names and @handles: makes person detection exact."),
      teams: strings('Team names and handles: never valid owners, never a person.'),
      vocabulary: {
        type: 'object',
        additionalProperties: false,
        properties: { accept: strings('Words never flagged (product names, jargon).') },
      },
      sections: {
        type: 'object',
        description: 'Extra heading aliases per section kind.',
        additionalProperties: false,
        properties: sectionProperties,
      },
      ignore: strings('Files the CLI skips (gitignore syntax).'),
      timezone: { type: 'string', minLength: 1, description: 'IANA zone timelines should use (default: UTC).' },
      zones: {
        type: 'object',
        description: 'Zone abbreviation -> IANA zone, e.g. { IST: Asia/Kolkata }.',
        propertyNames: { pattern: ZONE_ABBREVIATION_PATTERN },
        additionalProperties: { type: 'string', minLength: 1 },
      },
      now: { type: 'string', pattern: ISO_DATE_PATTERN, description: 'ISO date used as "today".' },
      house: {
        type: 'array',
        items: houseRule,
        description: "The organisation's own phrase rules, reported like built-in ones.",
      },
    },
  };
}
