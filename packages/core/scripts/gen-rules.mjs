// Reads rules/<id>.yml and rules/<id>.md, checks them, and emits src/rules/generated.ts.
// Phrase lists are data: this is where a duplicate, a stray key or a missing doc stops the build.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { Ajv } from 'ajv';
import { buildSync } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
// BLAMELESS_LINT_RULES_DIR: another folder of rule files (a test builds a broken one to see the build refuse it).
const rulesDir = process.env.BLAMELESS_LINT_RULES_DIR ?? join(here, '..', '..', '..', 'rules');
const out = join(here, '..', 'src', 'rules', 'generated.ts');
const schemasEntry = join(here, '..', 'src', 'checks', 'schemas', 'index.ts');
const typesOut = join(here, '..', 'src', 'checks', 'schemas', 'generated.ts');

const KEYS = new Set([
  'id',
  'scope',
  'check',
  'severity',
  'description',
  'message',
  'note',
  'triggers',
  'params',
  'options',
  'fixable',
  'preset',
]);
const REQUIRED = ['id', 'scope', 'check', 'severity', 'description', 'message', 'note'];

function fail(file, why) {
  throw new Error(`blameless-lint rules: ${file}: ${why}`);
}

/**
 * Fenced blocks under a `## Incorrect` / `## Correct` heading, or after an `Incorrect:` / `Correct:` line in a
 * frame's subsection (up to the next heading), are the rule's checked examples.
 */
export function examples(markdown, heading) {
  const found = [];
  const lines = markdown.split('\n');
  let inSection = false;
  let fence = null;
  let buf = [];
  for (const line of lines) {
    if (fence) {
      if (line.startsWith(fence)) {
        if (inSection) found.push(buf.join('\n'));
        fence = null;
        buf = [];
      } else buf.push(line);
      continue;
    }
    const h = /^#{2,}\s+(.*)$/.exec(line);
    if (h) inSection = h[1].trim().toLowerCase() === heading;
    const label = /^(Incorrect|Correct):$/.exec(line.trim());
    if (label) inSection = label[1].toLowerCase() === heading;
    const f = /^(```+|~~~+)/.exec(line);
    if (f) fence = f[1];
  }
  return found;
}

function checkVocabularies(file, value, path) {
  if (Array.isArray(value)) {
    const seen = new Set();
    for (const item of value) {
      if (typeof item === 'string') {
        const key = item.toLowerCase();
        if (seen.has(key)) fail(file, `duplicate entry "${item}" in ${path}`);
        seen.add(key);
        if (item !== item.trim()) fail(file, `stray whitespace in "${item}" at ${path}`);
      } else checkVocabularies(file, item, path);
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) checkVocabularies(file, v, `${path}.${k}`);
  }
}

export function loadRules() {
  const files = readdirSync(rulesDir)
    .filter((f) => f.endsWith('.yml'))
    .sort();
  const rules = [];
  for (const file of files) {
    const id = file.slice(0, -4);
    const data = parse(readFileSync(join(rulesDir, file), 'utf8'));
    for (const key of Object.keys(data)) if (!KEYS.has(key)) fail(file, `unknown key "${key}"`);
    for (const key of REQUIRED) if (data[key] === undefined) fail(file, `missing key "${key}"`);
    if (data.id !== id) fail(file, `id "${data.id}" does not match the file name`);
    if (!['language', 'structure'].includes(data.scope)) fail(file, `scope must be language or structure`);
    if (!['error', 'warning', 'info'].includes(data.severity)) fail(file, `severity must be error, warning or info`);
    if (data.preset !== undefined && !['recommended', 'strict'].includes(data.preset))
      fail(file, `preset must be recommended or strict`);
    const mdPath = join(rulesDir, `${id}.md`);
    if (!existsSync(mdPath)) fail(file, `rules/${id}.md (the rule's docs) is missing`);
    const markdown = readFileSync(mdPath, 'utf8');
    const triggers = data.triggers ?? [];
    for (const t of triggers)
      if (t !== t.toLowerCase() || /\s/.test(t)) fail(file, `trigger "${t}" must be one lower-case word`);
    checkVocabularies(file, data.params ?? {}, 'params');
    checkVocabularies(file, triggers, 'triggers');
    // A trained model beside the rule (rules/<id>.model.json, written by its training script) is one of its params.
    const modelPath = join(rulesDir, `${id}.model.json`);
    if (existsSync(modelPath)) {
      const { about: _about, ...model } = JSON.parse(readFileSync(modelPath, 'utf8'));
      data.params = { ...(data.params ?? {}), model };
    }
    rules.push({
      id,
      scope: data.scope,
      preset: data.preset ?? 'recommended',
      check: data.check,
      severity: data.severity,
      description: data.description.trim(),
      message: data.message.trim(),
      note: data.note.trim(),
      triggers,
      params: data.params ?? {},
      options: { type: 'object', properties: data.options?.properties ?? {}, additionalProperties: false },
      fixable: Boolean(data.fixable),
      docs: { markdown, incorrect: examples(markdown, 'incorrect'), correct: examples(markdown, 'correct') },
    });
  }
  for (const md of readdirSync(rulesDir).filter((f) => f.endsWith('.md'))) {
    if (!files.includes(md.replace(/\.md$/, '.yml'))) fail(md, 'docs without rule data');
  }
  return rules;
}

/**
 * The check kinds' parameter schemas (src/checks/schemas), bundled on the fly: they are TypeScript data with
 * no imports outside their folder, read here before anything is compiled.
 */
export async function loadParamSchemas() {
  const { outputFiles } = buildSync({
    entryPoints: [schemasEntry],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const code = outputFiles[0].text;
  const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return mod.paramSchemas;
}

/** `/phrases/2` -> `params.phrases[2]`. */
function paramPath(pointer) {
  let key = 'params';
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    key += /^\d+$/.test(part) ? `[${part}]` : `.${part}`;
  }
  return key;
}

/** Every rule's `params` against its check kind's schema: a bad rules/*.yml stops the build naming file and field. */
export function checkParams(rules, schemas) {
  const ajv = new Ajv({ allErrors: true, strict: true });
  const validators = new Map(Object.entries(schemas).map(([kind, schema]) => [kind, ajv.compile(schema)]));
  for (const rule of rules) {
    const file = `rules/${rule.id}.yml`;
    const validate = validators.get(rule.check);
    if (!validate)
      fail(file, `check "${rule.check}" is not a check kind (known: ${[...validators.keys()].join(', ')})`);
    if (validate(rule.params)) continue;
    const e = validate.errors[0];
    const where =
      e.keyword === 'additionalProperties'
        ? `${paramPath(e.instancePath)}.${e.params.additionalProperty}`
        : paramPath(e.instancePath);
    const what =
      e.keyword === 'additionalProperties'
        ? `is not a parameter of the ${rule.check} check kind`
        : e.keyword === 'enum'
          ? `must be one of ${e.params.allowedValues.join(', ')}`
          : e.message;
    fail(file, `${where} ${what}`);
  }
}

const pascal = (name) => name.replace(/(^|-)([a-z])/g, (_, _d, c) => c.toUpperCase());
const propKey = (k) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k));
const doc = (text, pad) => (text ? `${pad}/** ${text.replace(/\*\//g, '*\\/')} */\n` : '');

/** The TypeScript type of a parameter schema (the subset the kinds use: objects, lists, strings, enums, booleans). */
export function tsType(schema, pad = '') {
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  switch (schema.type) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'boolean';
    case 'integer':
    case 'number':
      return 'number';
    case 'array': {
      const item = tsType(schema.items, pad);
      return `readonly ${/[ |]/.test(item) ? `(${item})` : item}[]`;
    }
    case 'object': {
      if (schema.properties && Object.keys(schema.properties).length === 0) return 'Record<string, never>';
      if (!schema.properties) return `Readonly<Record<string, ${tsType(schema.additionalProperties, pad)}>>`;
      const required = new Set(schema.required ?? []);
      const inner = `${pad}  `;
      const lines = Object.entries(schema.properties).map(
        ([k, s]) =>
          `${doc(s.description, inner)}${inner}readonly ${propKey(k)}${required.has(k) ? '' : '?'}: ${tsType(s, inner)};`,
      );
      return `{\n${lines.join('\n')}\n${pad}}`;
    }
  }
  throw new Error(
    `blameless-lint rules: a parameter schema uses ${JSON.stringify(schema)}, which the type generator does not know`,
  );
}

export function paramTypes(schemas) {
  const names = Object.keys(schemas);
  return `// Generated by packages/core/scripts/gen-rules.mjs from src/checks/schemas. Do not edit.
// The parameters of each check kind, as its schema declares them (the build validated every rule's params).
${names.map((k) => `\n${doc(schemas[k].description ?? `Parameters of the \`${k}\` check kind.`, '')}export type ${pascal(k)}Params = ${tsType(schemas[k])};\n`).join('')}
/** Check kind name -> its parameters. */
export interface ParamsByKind {
${names.map((k) => `  ${propKey(k)}: ${pascal(k)}Params;`).join('\n')}
}

export type CheckKindName = keyof ParamsByKind;
`;
}

function writeIfChanged(path, body) {
  const previous = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (previous !== body) writeFileSync(path, body);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rules = loadRules();
  const schemas = await loadParamSchemas();
  checkParams(rules, schemas);
  writeIfChanged(typesOut, paramTypes(schemas));
  const body = `// Generated by packages/core/scripts/gen-rules.mjs from rules/*.yml and rules/*.md. Do not edit.
import type { RuleData } from './types.js';

export const ruleData: RuleData[] = ${JSON.stringify(rules, null, 2)} as RuleData[];

/** A hash of all the rule data: part of the --cache key, computed here rather than on every CLI start. */
export const ruleDataHash = '${createHash('sha1').update(JSON.stringify(rules)).digest('base64url')}';
`;
  writeIfChanged(out, body);
}
