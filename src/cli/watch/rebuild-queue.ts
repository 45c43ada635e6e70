/**
 * When to rebuild: a change waits `delayMs` for more (a burst of saves, a git
 * checkout, gives one rebuild); changes made while a rebuild runs give one
 * more rebuild after it, with all of them. Rebuilds never overlap.
 */
export class RebuildQueue<Kind> {
  private readonly pending = new Map<string, Kind>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly delayMs: number,
    /** Rebuilds after these files changed (each with what it is). */
    private readonly rebuild: (changed: Map<string, Kind>) => Promise<void>,
    /** A rebuild that threw (a bug: the failures of a build are its own to report). */
    private readonly failed: (e: unknown) => void,
  ) {}

  /** A file changed. */
  add(file: string, kind: Kind): void {
    if (this.stopped) return;
    this.pending.set(file, kind);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush();
    }, this.delayMs);
  }

  /** Runs a build now, outside the wait (the first build): changes made meanwhile give a rebuild after it. */
  async runNow(build: () => Promise<void>): Promise<void> {
    const running = build().finally(() => {
      this.running = undefined;
      if (this.pending.size > 0 && !this.stopped && !this.timer) this.flush();
    });
    this.running = running;
    await running;
  }

  /** No more rebuilds; resolves once the one under way (if any) is done. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private flush(): void {
    // While a rebuild runs, changes wait for it to end (see below).
    if (this.running || this.stopped || this.pending.size === 0) return;
    const changed = new Map(this.pending);
    this.pending.clear();
    this.running = this.rebuild(changed)
      .catch((e: unknown) => this.failed(e))
      .finally(() => {
        this.running = undefined;
        if (this.pending.size > 0 && !this.stopped && !this.timer) this.flush();
      });
  }
}
