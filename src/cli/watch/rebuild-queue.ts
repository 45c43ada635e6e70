/**
 * When to rebuild: a change is built once `settleMs` pass without another (the
 * few events of one save, or an editor's "save all", give one rebuild). A
 * change while a rebuild runs stops that rebuild (its signal aborts: it writes
 * nothing) and, once it has stopped, starts one with its changes and the new
 * ones: the outputs follow the last save without waiting for a build of data
 * already out of date. Rebuilds never overlap. The first build (runNow) is not
 * stopped: changes made during it give one rebuild after it.
 */
export class RebuildQueue<Kind> {
  private readonly pending = new Map<string, Kind>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  /** The rebuild under way: its changes, and what stops it when a newer change comes. */
  private current: { changed: Map<string, Kind>; restart: AbortController } | undefined;
  private stopped = false;

  constructor(
    private readonly settleMs: number,
    /** Rebuilds after these files changed (each with what it is); `restart` aborts when a newer change stops it. */
    private readonly rebuild: (changed: Map<string, Kind>, restart: AbortSignal) => Promise<void>,
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
      this.current?.restart.abort();
      this.flush();
    }, this.settleMs);
  }

  /** Runs a build now, outside the wait (the first build): changes made meanwhile give a rebuild after it. */
  async runNow(build: () => Promise<void>): Promise<void> {
    const running = build().finally(() => this.settled());
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
    // While a rebuild runs (stopping, when a change came), changes wait for it to end (see settled).
    if (this.running || this.stopped || this.pending.size === 0) return;
    const current = { changed: new Map(this.pending), restart: new AbortController() };
    this.pending.clear();
    this.current = current;
    this.running = this.rebuild(current.changed, current.restart.signal)
      .catch((e: unknown) => this.failed(e))
      .finally(() => {
        this.current = undefined;
        // Stopped by a newer change: its changes are built with the new ones (the newer kind of a file wins).
        if (current.restart.signal.aborted) {
          const newer = new Map(this.pending);
          this.pending.clear();
          for (const [file, kind] of [...current.changed, ...newer]) this.pending.set(file, kind);
        }
        this.settled();
      });
  }

  private settled(): void {
    this.running = undefined;
    if (this.pending.size > 0 && !this.stopped && !this.timer) this.flush();
  }
}
