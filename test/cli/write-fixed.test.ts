import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFixed } from '../../packages/core/src/node/write-fixed.js';
import { tempTree } from './run-cli.js';

let remove = () => {};
afterEach(() => remove());

describe('writeFixed (--fix)', () => {
  it('leaves a file that changed on disk since it was linted as it is, and says so', () => {
    const t = tempTree({ 'a.md': 'edited in the editor meanwhile\n' });
    remove = t.remove;
    const problem = writeFixed(join(t.dir, 'a.md'), Buffer.from('what was linted\n'), 'the fixed text\n');
    expect(problem).toBe('not fixed: the file changed on disk while it was linted');
    expect(readFileSync(join(t.dir, 'a.md'), 'utf8')).toBe('edited in the editor meanwhile\n');
  });

  it('reports a file that is gone, and leaves no temporary file behind', () => {
    const t = tempTree({ 'keep.md': 'x\n' });
    remove = t.remove;
    expect(writeFixed(join(t.dir, 'gone.md'), Buffer.from('x\n'), 'y\n')).toBe(
      'not fixed: cannot read it again (no such file (or a symlink to a missing file))',
    );
    expect(readdirSync(t.dir)).toEqual(['keep.md']);
  });

  it('writes UTF-16BE back as UTF-16BE', () => {
    const be = (s: string) => Buffer.from(s, 'utf16le').swap16();
    const t = tempTree({ 'w.md': be('\uFEFFa 06:05 PST\r\n') });
    remove = t.remove;
    expect(writeFixed(join(t.dir, 'w.md'), be('\uFEFFa 06:05 PST\r\n'), '\uFEFFa 14:05 UTC\r\n')).toBeUndefined();
    expect(readFileSync(join(t.dir, 'w.md'))).toEqual(be('\uFEFFa 14:05 UTC\r\n'));
  });
});
