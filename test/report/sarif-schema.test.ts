import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { format } from '../../packages/core/src/report/index.js';
import { rules } from '../../packages/core/src/rules/index.js';
import { CLEAN_DOC, WARNING_DOC, runCli, tempTree } from '../cli/run-cli.js';
import { RESULTS } from './results.js';

// The vendored SARIF 2.1.0 schema (see fixtures/README.md) is draft-04; ajv 8 speaks draft-07, which reads the
// same keywords this schema uses once `id` is spelled `$id` (it uses no draft-04-only exclusiveMinimum/Maximum).
const schema = JSON.parse(readFileSync(new URL('fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
delete schema.$schema;
schema.$id = schema.id;
delete schema.id;
// Its patterns are ECMAScript regexes written for non-unicode mode (one has a lone `]`).
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
const addFormats = addFormatsModule as unknown as (a: Ajv) => Ajv;
addFormats(ajv);
const validate = ajv.compile(schema);

function expectValid(log: unknown): void {
  const ok = validate(log);
  expect(ok ? [] : validate.errors).toEqual([]);
}

let tree: ReturnType<typeof tempTree>;
beforeAll(() => {
  tree = tempTree({ 'docs/cache.md': WARNING_DOC, 'docs/ok.md': CLEAN_DOC, 'docs/with space.md': WARNING_DOC });
});
afterAll(() => tree.remove());

describe('SARIF 2.1.0', () => {
  it('the schema rejects a broken log (the validator is live)', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
  });

  it('the built CLI output validates, with every rule listed and a region per result', () => {
    const r = runCli(['-f', 'sarif', '.'], { cwd: tree.dir });
    expect(r.code).toBe(0);
    const log = JSON.parse(r.stdout);
    expectValid(log);
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((x: { id: string }) => x.id)).toEqual(rules.map((x) => x.id));
    expect(run.results).toHaveLength(2);
    expect(
      run.results.map(
        (x: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) =>
          x.locations[0]!.physicalLocation.artifactLocation.uri,
      ),
    ).toEqual(['docs/cache.md', 'docs/with%20space.md']);
    for (const rule of run.tool.driver.rules) {
      expect(rule.help.markdown.length).toBeGreaterThan(0);
      expect(rule.helpUri).toMatch(
        /^https:\/\/github\.com\/blameless-lint\/blameless-lint\/blob\/main\/rules\/.+\.md$/,
      );
    }
  });

  it('a log with every severity, a file that failed and no rule metadata validates too', () => {
    expectValid(JSON.parse(format(RESULTS, 'sarif', { cwd: '/repo', rules: [] })));
    expectValid(JSON.parse(format([], 'sarif')));
  });

  it('lists the built-in rules by default', () => {
    const log = JSON.parse(format([], 'sarif'));
    expect(log.runs[0].tool.driver.rules.map((x: { id: string }) => x.id)).toEqual(rules.map((x) => x.id));
  });
});
