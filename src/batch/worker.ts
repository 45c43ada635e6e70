import { parentPort, workerData } from 'node:worker_threads';
import { shareOfficeLock } from '../output/office/one-at-a-time.js';
import type { BatchTask } from './protocol.js';
import { runTask } from './run-task.js';
import '../schema/zod-setup.js';

// A worker of a batch build: builds each program it is sent, one at a time, and
// converts to PDF only while no other worker does.
shareOfficeLock((workerData as { officeLock?: SharedArrayBuffer } | null)?.officeLock);
parentPort?.on('message', (task: BatchTask) => {
  void runTask(task).then((result) => parentPort?.postMessage(result));
});
