/** What a command may touch of the process: its streams and environment. Tests pass their own. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether stderr is a terminal (colors, progress). */
  errIsTTY: boolean;
}

export function processIo(): CliIo {
  return {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    env: process.env,
    errIsTTY: Boolean(process.stderr.isTTY),
  };
}

/** Colors only on a terminal, and never with NO_COLOR (https://no-color.org) or in CI. */
export function useColor(io: CliIo): boolean {
  return io.errIsTTY && !io.env.NO_COLOR && !io.env.CI && io.env.TERM !== 'dumb';
}
