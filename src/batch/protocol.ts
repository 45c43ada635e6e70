import type { OutputFormat } from '../pipeline/outputs.js';
import type { Problem } from '../problems/problem.js';
import type { ErrorKind } from '../problems/user-error.js';

/** One program to build, as the main thread sends it to a worker. */
export interface BatchTask {
  index: number;
  dataDir: string;
  outDir: string;
  /** Named on the command line; else the program's or template's formats:, else the default set. */
  formats?: OutputFormat[];
  template?: string;
  deck?: string;
  since?: string;
  check: boolean;
}

/** What a worker sends back: the program's outcome, never an exception. */
export type BatchResult =
  | { index: number; ok: true; files: string[]; slides: number; charts: number; warnings: Problem[]; seconds: number }
  | { index: number; ok: false; problems: Problem[]; kind: ErrorKind; seconds: number }
  | { index: number; ok: false; bug: string; seconds: number };
