import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const binPath = path.join(repoRoot, 'dist', 'bin.js');
export const fixturesDir = path.join(repoRoot, 'test', 'fixtures');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built binary as a user would (a real process), without color. */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string>; nodeArgs?: readonly string[] } = {},
): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [...(options.nodeArgs ?? []), binPath, ...args],
      {
        cwd: options.cwd ?? repoRoot,
        env: { ...process.env, NO_COLOR: '1', ...options.env },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A stack trace line, which must never reach a user for a mistake of theirs. */
export const STACK_LINE = /^\s+at .+[:(]\d+/m;
