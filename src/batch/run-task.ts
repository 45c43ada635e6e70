import { build } from '../build.js';
import { exitCodes } from '../cli/exit-codes.js';
import { writeFiles } from '../output/write-files.js';
import { isUserError } from '../report/user-error.js';
import type { BatchResult, BatchTask } from './protocol.js';

/** Builds and writes one program of a batch; every outcome is a result, never a throw. */
export async function runTask(task: BatchTask): Promise<BatchResult> {
  const started = performance.now();
  const seconds = () => Math.round((performance.now() - started) / 100) / 10;
  try {
    const result = await build(task.dataDir, {
      outDir: task.outDir, formats: task.formats,
      ...(task.template ? { template: task.template } : {}), ...(task.deck ? { deck: task.deck } : {}), ...(task.since ? { since: task.since } : {}),
    });
    if (!task.check) await writeFiles(result.files, { overwrite: true, exitCode: exitCodes.outputFailed, ownedFolders: result.folders });
    return { index: task.index, ok: true, files: result.files.map((f) => f.path), slides: result.slides, charts: result.charts, warnings: result.warnings, seconds: seconds() };
  } catch (e) {
    if (isUserError(e)) return { index: task.index, ok: false, problems: [...e.problems], exitCode: e.exitCode, seconds: seconds() };
    return { index: task.index, ok: false, bug: e instanceof Error ? (e.stack ?? e.message) : String(e), exitCode: exitCodes.internal, seconds: seconds() };
  }
}
