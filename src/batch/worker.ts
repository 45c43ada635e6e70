import { parentPort } from 'node:worker_threads';
import type { BatchTask } from './protocol.js';
import { runTask } from './run-task.js';

// A worker of a batch build: builds each program it is sent, one at a time.
parentPort?.on('message', (task: BatchTask) => {
  void runTask(task).then((result) => parentPort?.postMessage(result));
});
