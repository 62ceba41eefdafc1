import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// The layers point one way: the engine (every folder but node/ and cli/) imports no Node built-in and nothing
// from the layers above it; the Node layer (node/) does not import the CLI (cli/). The unified plugin
// (packages/remark-blameless) keeps the same line: its browser entry is engine only, its Node entry adds the
// Node layer.
const src = fileURLToPath(new URL('../../packages/core/src', import.meta.url));
const remarkSrc = fileURLToPath(new URL('../../packages/remark-blameless/src', import.meta.url));
const ENGINE = ['actions', 'checks', 'config', 'document', 'engine', 'grammar', 'people', 'report', 'rules'];

/** Code imports of one file: type-only imports leave no code behind. */
function specsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]/g)) {
    if (/^\s*(?:import|export)\s+type\b/.test(m[0].trimStart())) continue;
    out.push(m[1]!);
  }
  return out;
}

/** Every package import reachable from `entry` through the package's own relative imports. */
function closure(entry: string): Array<{ file: string; spec: string }> {
  const seen = new Set<string>();
  const out: Array<{ file: string; spec: string }> = [];
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of specsOf(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) visit(join(file, '..', spec.replace(/\.js$/, '.ts')));
      else out.push({ file: relative(remarkSrc, file), spec });
    }
  };
  visit(join(remarkSrc, entry));
  return out;
}

function imports(folder: string): Array<{ file: string; spec: string }> {
  const out: Array<{ file: string; spec: string }> = [];
  for (const entry of readdirSync(join(src, folder), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const file = join(entry.parentPath, entry.name);
    for (const spec of specsOf(readFileSync(file, 'utf8'))) out.push({ file: relative(src, file), spec });
  }
  return out;
}

describe('layers', () => {
  it('the engine imports no Node built-in and nothing from node/ or cli/', () => {
    const bad = ENGINE.flatMap(imports).filter(
      ({ spec }) => spec.startsWith('node:') || /(^|\/)(node|cli)\//.test(spec),
    );
    expect(bad).toEqual([]);
  });

  it('the Node layer does not import the CLI', () => {
    expect(imports('node').filter(({ spec }) => /(^|\/)cli\//.test(spec))).toEqual([]);
  });

  it("remark-blameless's browser entry imports the engine only; its Node entry adds the Node layer, not the CLI", () => {
    const browser = closure('index.ts');
    expect(browser.filter(({ spec }) => spec !== '@blameless-lint/core')).toEqual([]); // no node:, no core/node
    expect(browser.length).toBeGreaterThan(0);
    const node = closure('node.ts');
    expect(node.filter(({ spec }) => !['@blameless-lint/core', '@blameless-lint/core/node'].includes(spec))).toEqual(
      [],
    );
    expect(node.map(({ spec }) => spec)).toContain('@blameless-lint/core/node');
  });
});
