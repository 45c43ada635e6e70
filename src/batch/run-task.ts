import { buildAndWrite } from '../pipeline/build.js';
import { isUserError } from '../problems/user-error.js';
import type { BatchResult, BatchTask } from './protocol.js';

/** Builds and writes one program of a batch; every outcome is a result, never a throw. */
export async function runTask(task: BatchTask): Promise<BatchResult> {
  const started = performance.now();
  const seconds = () => Math.round((performance.now() - started) / 100) / 10;
  try {
    const result = await buildAndWrite(task.dataDir, { ...task, chartsInline: true });
    return {
      index: task.index,
      ok: true,
      files: result.files.map((f) => f.path),
      slides: result.slides,
      charts: result.charts,
      warnings: result.warnings,
      seconds: seconds(),
    };
  } catch (e) {
    if (isUserError(e))
      return { index: task.index, ok: false, problems: [...e.problems], kind: e.kind, seconds: seconds() };
    return {
      index: task.index,
      ok: false,
      bug: e instanceof Error ? (e.stack ?? e.message) : String(e),
      seconds: seconds(),
    };
  }
}
