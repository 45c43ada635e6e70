import type { OutputFormat } from '../build.js';
import type { Problem } from '../report/problem.js';

/** One program to build, as the main thread sends it to a worker. */
export interface BatchTask {
  index: number;
  dataDir: string;
  outDir: string;
  formats: OutputFormat[];
  template?: string;
  deck?: string;
  since?: string;
  check: boolean;
}

/** What a worker sends back: the program's outcome, never an exception. */
export type BatchResult =
  | { index: number; ok: true; files: string[]; slides: number; charts: number; warnings: Problem[]; seconds: number }
  | { index: number; ok: false; problems: Problem[]; exitCode: number; seconds: number }
  | { index: number; ok: false; bug: string; exitCode: number; seconds: number };
