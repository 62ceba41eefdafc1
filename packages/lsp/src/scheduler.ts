/**
 * Debounced lint runs per document. A change restarts its document's timer, so 1,000 keystrokes in a
 * second cost one run. A document never has two runs at once: a run requested while one is going
 * starts when it ends (and reads the text as it is then). Different documents run independently; the
 * runner decides how many lint at the same time.
 */
export class Scheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Set<string>();
  private readonly again = new Set<string>();

  constructor(
    private readonly run: (uri: string) => Promise<void>,
    private readonly onError: (error: unknown) => void,
  ) {}

  schedule(uri: string, delayMs: number): void {
    this.clearTimer(uri);
    if (delayMs <= 0) return this.start(uri);
    const timer = setTimeout(() => {
      this.timers.delete(uri);
      this.start(uri);
    }, delayMs);
    this.timers.set(uri, timer);
  }

  private start(uri: string): void {
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
    this.again.delete(uri);
  }

  private clearTimer(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
  }
}
