/** While changes keep coming, a document still gets a run this often (ms; or twice its debounce, if longer). */
const MAX_WAIT_MS = 400;

/**
 * Debounced lint runs per document. A change restarts its document's timer, so 1,000 keystrokes in a
 * second cost one run; but no later than MAX_WAIT_MS after the first change not yet linted, so squiggles
 * keep up with someone typing faster than the debounce (a key every 90 ms against 100 ms of quiet). A document never has two runs at once: a run requested while one is going
 * starts when it ends (and reads the text as it is then). Different documents run independently; the
 * runner decides how many lint at the same time.
 */
export class Scheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Set<string>();
  private readonly again = new Set<string>();
  /** When each document's first change not yet handed to a run came (ms). */
  private readonly pendingSince = new Map<string, number>();

  constructor(
    private readonly run: (uri: string) => Promise<void>,
    private readonly onError: (error: unknown) => void,
  ) {}

  schedule(uri: string, delayMs: number): void {
    this.clearTimer(uri);
    if (delayMs <= 0) return this.start(uri);
    const now = Date.now();
    const since = this.pendingSince.get(uri) ?? now;
    this.pendingSince.set(uri, since);
    const wait = Math.max(0, Math.min(delayMs, since + Math.max(MAX_WAIT_MS, 2 * delayMs) - now));
    const timer = setTimeout(() => {
      this.timers.delete(uri);
      this.start(uri);
    }, wait);
    this.timers.set(uri, timer);
  }

  private start(uri: string): void {
    this.pendingSince.delete(uri);
    if (this.running.has(uri)) {
      this.again.add(uri);
      return;
    }
    this.running.add(uri);
    void this.run(uri)
      .catch(this.onError)
      .finally(() => {
        this.running.delete(uri);
        if (this.again.delete(uri)) this.start(uri);
      });
  }

  cancel(uri: string): void {
    this.clearTimer(uri);
    this.pendingSince.delete(uri);
    this.again.delete(uri);
  }

  private clearTimer(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
  }
}
