import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// The layers point one way: the engine (every folder but node/ and cli/) imports no Node built-in and nothing
// from the layers above it; the Node layer (node/) does not import the CLI (cli/).
const src = fileURLToPath(new URL('../../packages/core/src', import.meta.url));
const ENGINE = ['actions', 'checks', 'config', 'document', 'engine', 'grammar', 'people', 'report', 'rules'];

function imports(folder: string): Array<{ file: string; spec: string }> {
  const out: Array<{ file: string; spec: string }> = [];
  for (const entry of readdirSync(join(src, folder), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const file = join(entry.parentPath, entry.name);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]/g)) {
      if (/^\s*(?:import|export)\s+type\b/.test(m[0].trimStart())) continue; // types leave no code behind
      out.push({ file: relative(src, file), spec: m[1]! });
    }
  }
  return out;
}

describe('layers', () => {
  it('the engine imports no Node built-in and nothing from node/ or cli/', () => {
    const bad = ENGINE.flatMap(imports).filter(({ spec }) => spec.startsWith('node:') || /(^|\/)(node|cli)\//.test(spec));
    expect(bad).toEqual([]);
  });

  it('the Node layer does not import the CLI', () => {
    expect(imports('node').filter(({ spec }) => /(^|\/)cli\//.test(spec))).toEqual([]);
  });
});
