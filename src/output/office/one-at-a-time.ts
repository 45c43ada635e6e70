/**
 * One LibreOffice at a time: LibreOffice is slow and heavy, and a batch of
 * programs would otherwise start one per worker. Conversions of this thread
 * wait in a promise chain; the threads of a batch share one flag in a
 * SharedArrayBuffer (the batch creates it and hands it to each worker).
 */
let shared: Int32Array | undefined;
let chain: Promise<unknown> = Promise.resolve();

/** A lock that the threads given it share (0 free, 1 held). */
export function createOfficeLock(): SharedArrayBuffer {
  return new SharedArrayBuffer(4);
}

/** Makes this thread's conversions wait for the other threads holding the same lock. */
export function shareOfficeLock(buffer: SharedArrayBuffer | undefined): void {
  shared = buffer ? new Int32Array(buffer) : undefined;
}

async function acquire(flag: Int32Array): Promise<void> {
  while (Atomics.compareExchange(flag, 0, 0, 1) !== 0) {
    const waiting = Atomics.waitAsync(flag, 0, 1, 1000);
    if (waiting.async) await waiting.value;
  }
}

function release(flag: Int32Array): void {
  Atomics.store(flag, 0, 0);
  Atomics.notify(flag, 0, 1);
}

/** Runs work when no other conversion of this process (any of its threads) is running. */
export function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const flag = shared;
  const run = chain.then(async () => {
    if (flag) await acquire(flag);
    try {
      return await work();
    } finally {
      if (flag) release(flag);
    }
  });
  chain = run.catch(() => undefined);
  return run;
}
