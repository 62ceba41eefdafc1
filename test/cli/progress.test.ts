import { describe, expect, it } from 'vitest';
import { PROGRESS_THRESHOLD, createProgress } from '../../packages/core/src/cli/progress.js';

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
    for (const [tty, total] of [[false, 100], [true, PROGRESS_THRESHOLD]] as const) {
      const s = stream(tty);
      const p = createProgress(s);
      for (let i = 1; i <= total; i++) p.update(i, total);
      p.clear();
      expect(s.writes).toEqual([]);
    }
  });
});
