/** Files above which a progress line is worth showing. */
export const PROGRESS_THRESHOLD = 20;

interface TtyStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

/**
 * A single self-overwriting line on stderr, only when stderr is a terminal and the run is long enough to
 * wonder about. Redrawn at most every 100 ms; erased before the report so nothing is left behind.
 */
export function createProgress(stderr: TtyStream): { update(done: number, total: number): void; clear(): void } {
  let shown = false;
  let last = 0;
  return {
    update(done, total) {
      if (!stderr.isTTY || total <= PROGRESS_THRESHOLD) return;
      const now = Date.now();
      if (done < total && now - last < 100) return;
      last = now;
      shown = true;
      stderr.write(`\r\u001b[2KLinting ${done}/${total} files`);
    },
    clear() {
      if (shown) stderr.write('\r\u001b[2K');
      shown = false;
    },
  };
}
