/**
 * Debounced, serialised lint runs per document. A change restarts its document's timer, so 1,000
 * keystrokes in a second cost one run; runs go one at a time through a queue, and a run whose document
 * moved on (newer version, or closed) while it waited is dropped by the runner before publishing.
 */
export class Scheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly queued = new Set<string>();
  private tail: Promise<void> = Promise.resolve();

  constructor(
    private readonly run: (uri: string) => Promise<void>,
    private readonly onError: (error: unknown) => void,
  ) {}

  schedule(uri: string, delayMs: number): void {
    this.clearTimer(uri);
    if (delayMs <= 0) return this.enqueue(uri);
    const timer = setTimeout(() => {
      this.timers.delete(uri);
      this.enqueue(uri);
    }, delayMs);
    this.timers.set(uri, timer);
  }

  /** A queued run is not duplicated: it reads the document's latest text when its turn comes. */
  private enqueue(uri: string): void {
    if (this.queued.has(uri)) return;
    this.queued.add(uri);
    this.tail = this.tail.then(async () => {
      if (!this.queued.delete(uri)) return; // cancelled while waiting
      try {
        await this.run(uri);
      } catch (error) {
        this.onError(error);
      }
    });
  }

  cancel(uri: string): void {
    this.clearTimer(uri);
    this.queued.delete(uri);
  }

  private clearTimer(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
  }

  /** Resolves when every run queued so far has finished (used before answering a request that needs results). */
  idle(): Promise<void> {
    return this.tail;
  }
}
