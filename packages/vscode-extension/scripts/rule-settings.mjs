// The `blameless-lint.rules` setting lists every rule (so VS Code completes rule ids and flags typos), and
// the list is the rule data's: exactly the `rules` properties of core's config schema, which core builds
// from rules/*.yml. VS Code reads contributions from package.json only, so the list lives there; the build
// fails when it has drifted from the rules, and `npm run sync-settings` rewrites it (nothing else in the
// file is touched).
//   node scripts/rule-settings.mjs           exit 1 when package.json is out of date
//   node scripts/rule-settings.mjs --write   bring package.json up to date
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const RULES_SETTING = 'blameless-lint.rules';
export const packageJsonPath = join(dirname(fileURLToPath(import.meta.url)), '..', 'package.json');

/** One property per rule id: severity or [severity, options], described by the rule (core's config schema). */
export function ruleProperties(configSchema) {
  return configSchema.properties.rules.properties;
}

/** The setting as package.json should hold it: its hand-written keys, then the generated rule list. */
function setting(current, properties) {
  const { properties: _p, additionalProperties: _a, ...handWritten } = current;
  return { ...handWritten, additionalProperties: false, properties };
}

/** End of the JSON value that starts at `start` (an object), skipping braces inside strings. */
function endOfObject(text, start) {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  throw new Error(`package.json: unterminated "${RULES_SETTING}"`);
}

/** package.json's text with the setting regenerated; one rule per line keeps the file readable. */
export function withRuleProperties(text, properties) {
  const current = JSON.parse(text).contributes.configuration.properties[RULES_SETTING];
  const key = text.indexOf(`"${RULES_SETTING}":`);
  if (!current || key < 0) throw new Error(`package.json has no "${RULES_SETTING}" setting`);
  const start = text.indexOf('{', key);
  const indent = text.slice(text.lastIndexOf('\n', key) + 1, key);
  const inner = `${indent}  `;
  const lines = Object.entries(setting(current, properties)).map(([name, value]) => {
    if (name !== 'properties') return `${inner}${JSON.stringify(name)}: ${JSON.stringify(value)}`;
    const rules = Object.entries(value).map(
      ([id, schema]) => `${inner}  ${JSON.stringify(id)}: ${JSON.stringify(schema)}`,
    );
    return `${inner}"properties": {\n${rules.join(',\n')}\n${inner}}`;
  });
  return `${text.slice(0, start)}{\n${lines.join(',\n')}\n${indent}}${text.slice(endOfObject(text, start))}`;
}

/** Core's built config schema (packages/core/dist/schema.json). */
export function builtConfigSchema() {
  const require = createRequire(import.meta.url);
  try {
    return JSON.parse(readFileSync(require.resolve('@blameless-lint/core/schema.json'), 'utf8'));
  } catch {
    throw new Error('packages/core/dist/schema.json is missing: run `npm run build -w packages/core` first');
  }
}

/** Whether package.json's rule list matches the rules; with `write`, makes it so. */
export function syncRuleSettings(configSchema, { write = false } = {}) {
  const text = readFileSync(packageJsonPath, 'utf8');
  const expected = withRuleProperties(text, ruleProperties(configSchema));
  if (expected === text) return true;
  if (write) writeFileSync(packageJsonPath, expected);
  return write;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const write = process.argv.includes('--write');
  try {
    const ok = syncRuleSettings(builtConfigSchema(), { write });
    if (!ok) {
      console.error(
        `package.json: "${RULES_SETTING}" does not list the rules in rules/*.yml; run \`npm run sync-settings -w packages/vscode-extension\``,
      );
      process.exit(1);
    }
    console.log(`package.json: "${RULES_SETTING}" ${write ? 'written' : 'up to date'}`);
  } catch (error) {
    console.error(String(error.message ?? error));
    process.exit(1);
  }
}
