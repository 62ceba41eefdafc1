import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROGRESS_THRESHOLD, createProgress } from '../../packages/core/src/cli/progress.js';
import { CLEAN_DOC, CLI, runCli, tempTree } from './run-cli.js';

function stream(isTTY: boolean) {
  const writes: string[] = [];
  return { isTTY, writes, write: (t: string) => writes.push(t) };
}

describe('progress line', () => {
  it('is drawn on a terminal for more than 20 files, ends on the final count and is erased', () => {
    const s = stream(true);
    const p = createProgress(s);
    const total = PROGRESS_THRESHOLD + 5;
    for (let i = 1; i <= total; i++) p.update(i, total);
    p.clear();
    expect(s.writes[0]).toContain(`Linting 1/${total} files`);
    expect(s.writes.at(-2)).toContain(`Linting ${total}/${total} files`);
    expect(s.writes.at(-1)).toBe('\r\u001b[2K');
  });

  it('stays silent when stderr is not a terminal, or for a few files', () => {
    for (const [tty, total] of [
      [false, 100],
      [true, PROGRESS_THRESHOLD],
    ] as const) {
      const s = stream(tty);
      const p = createProgress(s);
      for (let i = 1; i <= total; i++) p.update(i, total);
      p.clear();
      expect(s.writes).toEqual([]);
    }
  });
});

// End to end on a real terminal: util-linux `script` runs the built CLI on a pseudo-terminal.
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

describe('progress line of the built CLI', () => {
  let tree: ReturnType<typeof tempTree>;
  beforeAll(() => {
    const files: Record<string, string> = {};
    for (let i = 0; i < PROGRESS_THRESHOLD + 5; i++) files[`d/${i}.md`] = CLEAN_DOC;
    tree = tempTree(files);
  });
  afterAll(() => tree.remove());

  it.runIf(hasScript)('is drawn on a terminal and erased before the report', () => {
    const r = spawnSync('script', ['-qec', `'${process.execPath}' '${CLI}' -j 1 d`, '/dev/null'], {
      cwd: tree.dir,
      encoding: 'utf8',
      input: '',
      timeout: 20_000,
    });
    expect(r.stdout).toContain(`Linting ${PROGRESS_THRESHOLD + 5}/${PROGRESS_THRESHOLD + 5} files`);
    expect(r.stdout.endsWith('\r\u001b[2K')).toBe(true);
  });

  it('is never drawn when stderr is a pipe', () => {
    expect(runCli(['d'], { cwd: tree.dir })).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});
