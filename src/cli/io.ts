/** What a command may touch of the process: its streams and environment. Tests pass their own. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether stderr is a terminal (colors, progress). */
  errIsTTY: boolean;
  /**
   * Calls `stop` on Ctrl-C (SIGINT) or SIGTERM instead of ending the process,
   * until the returned function is called; for `build --watch`, which ends by it.
   * The process ends at most INTERRUPT_EXIT_MS later whatever is still running.
   */
  onInterrupt?(stop: () => void): () => void;
}

/** How long after Ctrl-C a process that asked to handle it may still run. */
export const INTERRUPT_EXIT_MS = 1000;

export function processIo(): CliIo {
  return {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    env: process.env,
    errIsTTY: Boolean(process.stderr.isTTY),
    onInterrupt(stop) {
      let asked = false;
      const handler = () => {
        // A second Ctrl-C does not wait for the command to finish what it is doing.
        if (asked) process.exit(130);
        asked = true;
        // Nor does the process outlive the first by more than a second: a child process or a thread that does
        // not end (a build left behind) would keep it alive; it ends with the command's exit code once it has one.
        setTimeout(() => process.exit(process.exitCode ?? 130), INTERRUPT_EXIT_MS).unref();
        stop();
      };
      process.on('SIGINT', handler);
      process.on('SIGTERM', handler);
      return () => {
        process.off('SIGINT', handler);
        process.off('SIGTERM', handler);
      };
    },
  };
}

/** Colors only on a terminal, and never with NO_COLOR (https://no-color.org) or in CI. */
export function useColor(io: CliIo): boolean {
  return io.errIsTTY && !io.env.NO_COLOR && !io.env.CI && io.env.TERM !== 'dumb';
}
