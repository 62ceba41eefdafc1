import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: the build script is plain JavaScript without declarations
import { checkParams, loadParamSchemas, loadRules, paramTypes } from '../../packages/core/scripts/gen-rules.mjs';
import { checkKinds } from '../../packages/core/src/checks/index.js';

const script = fileURLToPath(new URL('../../packages/core/scripts/gen-rules.mjs', import.meta.url));
const rulesDir = fileURLToPath(new URL('../../rules', import.meta.url));
const generatedTypes = fileURLToPath(new URL('../../packages/core/src/checks/schemas/generated.ts', import.meta.url));

/** Runs the rules build over a copy of one rule whose yml text is changed by `edit`. */
function buildWith(id: string, edit: (yml: string) => string): { status: number | null; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'blameless-rules-'));
  try {
    writeFileSync(join(dir, `${id}.yml`), edit(readFileSync(join(rulesDir, `${id}.yml`), 'utf8')));
    copyFileSync(join(rulesDir, `${id}.md`), join(dir, `${id}.md`));
    const r = spawnSync(process.execPath, [script], {
      env: { ...process.env, BLAMELESS_LINT_RULES_DIR: dir },
      encoding: 'utf8',
    });
    return { status: r.status, stderr: r.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('check kinds declare their params; the build validates every rule against them', () => {
  it("every built-in rule passes its kind's schema, and every kind has one", async () => {
    const schemas = await loadParamSchemas();
    expect(() => checkParams(loadRules(), schemas)).not.toThrow();
    expect(Object.keys(schemas).sort()).toEqual(checkKinds.map((k) => k.name).sort());
    for (const kind of checkKinds) expect(kind.params).toEqual(schemas[kind.name]);
  });

  it('a list entry of the wrong type stops the build, naming the file and the field', () => {
    const r = buildWith('human-error', (y) => y.replace('    - human error\n', '    - 42\n'));
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('rules/human-error.yml: params.phrases[0] must be string');
  });

  it('an unknown parameter stops the build', () => {
    const r = buildWith('human-error', (y) => y.replace('params:\n', 'params:\n  phrasez: [oops]\n'));
    expect(r.stderr).toContain(
      'rules/human-error.yml: params.phrasez is not a parameter of the person-error check kind',
    );
  });

  it('a missing required parameter and a value outside an enum stop the build', () => {
    expect(buildWith('timeline-order', (y) => y.replace(/problem: order/, 'problem: sequence')).stderr).toContain(
      'rules/timeline-order.yml: params.problem must be one of timezone, order, timestamp',
    );
    expect(buildWith('counterfactual', (y) => y.replace(/\n {2}advice:[^\n]*/, '')).stderr).toContain(
      "rules/counterfactual.yml: params must have required property 'advice'",
    );
  });

  it('an unknown check kind stops the build', () => {
    expect(buildWith('human-error', (y) => y.replace('check: person-error', 'check: person-eror')).stderr).toContain(
      'rules/human-error.yml: check "person-eror" is not a check kind',
    );
  });

  it('the generated params types are those of the current schemas', async () => {
    expect(readFileSync(generatedTypes, 'utf8')).toBe(paramTypes(await loadParamSchemas()));
    expect(readFileSync(generatedTypes, 'utf8')).toMatch(
      /export type TimelineParams = \{\n[^}]*readonly problem: "timezone" \| "order" \| "timestamp";/,
    );
  });
});
