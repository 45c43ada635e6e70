import { spawn } from 'node:child_process';

export interface ProcessResult {
  /** The exit code, null when a signal ended it. */
  code: number | null;
  /** Its standard output and error together, cut at a limit. */
  output: string;
  timedOut: boolean;
  /** The error of a program that could not be started (ENOENT, EACCES). */
  startError?: string;
}

const OUTPUT_LIMIT = 16 * 1024;

/**
 * Runs a program without a shell and waits for it, at most timeoutMs: then it
 * and every process it started (its own process group) are killed.
 */
export function runProcess(
  file: string,
  args: readonly string[],
  options: { timeoutMs: number; env?: NodeJS.ProcessEnv; cwd?: string },
): Promise<ProcessResult> {
  return new Promise((resolve) => {
    const child = spawn(file, args, {
      env: options.env ?? process.env,
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so a timeout stops what it started too (soffice starts soffice.bin).
      detached: process.platform !== 'win32',
      windowsHide: true,
    });
    let output = '';
    const collect = (chunk: Buffer) => {
      if (output.length < OUTPUT_LIMIT) output += chunk.toString('utf8');
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid, () => child.kill('SIGKILL'));
    }, options.timeoutMs);
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve({ code: null, output, timedOut, startError: e.code ?? e.message });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output: output.slice(0, OUTPUT_LIMIT), timedOut });
    });
  });
}

function killGroup(pid: number | undefined, fallback: () => void): void {
  if (pid === undefined || process.platform === 'win32') return fallback();
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    fallback();
  }
}

/** The last lines of a program's output, for a message: at most `max` characters. */
export function quoteOutput(output: string, max = 600): string {
  const text = output.replace(/\r\n?/g, '\n').trim();
  if (!text) return '(no output)';
  return text.length > max ? `…${text.slice(text.length - max)}` : text;
}
