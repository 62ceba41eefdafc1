import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HELP } from '../../packages/core/src/cli/help.js';

const readme = readFileSync(new URL('../../packages/core/README.md', import.meta.url), 'utf8');
const args = readFileSync(new URL('../../packages/core/src/cli/args.ts', import.meta.url), 'utf8');

/** Every long flag the parser accepts (the keys of its OPTIONS table). */
const parserFlags = [
  ...args.slice(args.indexOf('const OPTIONS'), args.indexOf('} as const;')).matchAll(/^\s+'?([a-z-]+)'?: \{ type/gm),
].map((m) => `--${m[1]}`);

describe('CLI docs stay in step with the parser', () => {
  it('finds the parser flags', () => {
    expect(parserFlags).toContain('--max-file-size');
    expect(parserFlags.length).toBeGreaterThanOrEqual(16);
  });

  it.each(parserFlags)('%s is in --help and in packages/core/README.md', (flag) => {
    expect(HELP).toContain(flag);
    expect(readme).toContain(`\`${flag}`);
  });

  it('documents the five formats and the three exit codes', () => {
    for (const name of ['stylish', 'json', 'sarif', 'github', 'compact']) expect(readme).toContain(`### ${name}`);
    expect(readme).toMatch(/\| 0 \| no errors/);
    expect(readme).toMatch(/\| 1 \| lint errors/);
    expect(readme).toMatch(/\| 2 \| usage, config or fatal error/);
  });
});
