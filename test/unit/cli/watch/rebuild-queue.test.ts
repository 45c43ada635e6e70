import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RebuildQueue } from '../../../../src/cli/watch/rebuild-queue.js';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A queue whose rebuilds are recorded and finish only when the test says so (also when stopped by a newer change). */
function queue() {
  const runs: string[][] = [];
  const finish: (() => void)[] = [];
  const signals: AbortSignal[] = [];
  const failures: unknown[] = [];
  const q = new RebuildQueue<'data'>(
    200,
    (changed, restart) => {
      runs.push([...changed.keys()].sort());
      signals.push(restart);
      return new Promise<void>((resolve) => finish.push(resolve));
    },
    (e) => failures.push(e),
  );
  return { q, runs, finish, signals, failures };
}

describe('RebuildQueue', () => {
  it('gives a burst of changes one rebuild, once they settle', async () => {
    const { q, runs } = queue();
    q.add('a.yaml', 'data');
    await vi.advanceTimersByTimeAsync(150);
    q.add('b.yaml', 'data');
    q.add('a.yaml', 'data');
    await vi.advanceTimersByTimeAsync(150);
    expect(runs).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    expect(runs).toEqual([['a.yaml', 'b.yaml']]);
  });

  it('holds changes made during the first build (run now, outside the wait) for one rebuild after it', async () => {
    const { q, runs } = queue();
    let endFirst: () => void = () => undefined;
    const first = q.runNow(() => new Promise<void>((resolve) => (endFirst = resolve)));
    q.add('a.yaml', 'data');
    await vi.advanceTimersByTimeAsync(500);
    expect(runs).toEqual([]);
    endFirst();
    await first;
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toEqual([['a.yaml']]);
  });

  it('stops a rebuild when a change comes, then builds its changes with the new ones, never two at once', async () => {
    const { q, runs, finish, signals } = queue();
    q.add('a.yaml', 'data');
    await vi.advanceTimersByTimeAsync(200);
    expect(runs).toEqual([['a.yaml']]);
    q.add('b.yaml', 'data');
    q.add('c.yaml', 'data');
    await vi.advanceTimersByTimeAsync(199);
    expect(signals[0]?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    // Stopped, but not over yet (a build stops at its next stage): the next one waits for it.
    expect(signals[0]?.aborted).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toEqual([['a.yaml']]);
    finish[0]?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toEqual([['a.yaml'], ['a.yaml', 'b.yaml', 'c.yaml']]);
    expect(signals[1]?.aborted).toBe(false);
    finish[1]?.();
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toHaveLength(2);
  });

  it('builds once more, with only the new changes, after a rebuild that ended before it could be stopped', async () => {
    const { q, runs, finish, signals } = queue();
    q.add('a.yaml', 'data');
    await vi.advanceTimersByTimeAsync(200);
    q.add('b.yaml', 'data');
    finish[0]?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toEqual([['a.yaml']]);
    await vi.advanceTimersByTimeAsync(200);
    expect(signals[0]?.aborted).toBe(false);
    expect(runs).toEqual([['a.yaml'], ['b.yaml']]);
  });

  it('stops after the rebuild under way, and rebuilds no more', async () => {
    const { q, runs, finish } = queue();
    q.add('a.yaml', 'data');
    await vi.advanceTimersByTimeAsync(200);
    q.add('b.yaml', 'data');
    let stopped = false;
    const stopping = q.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    finish[0]?.();
    await stopping;
    q.add('c.yaml', 'data');
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toEqual([['a.yaml']]);
  });

  it('reports a rebuild that throws, and goes on', async () => {
    const failures: unknown[] = [];
    let calls = 0;
    const q = new RebuildQueue<'data'>(
      200,
      () => (++calls === 1 ? Promise.reject(new Error('bug')) : Promise.resolve()),
      (e) => failures.push(e),
    );
    q.add('a.yaml', 'data');
    await vi.advanceTimersByTimeAsync(200);
    expect(failures).toHaveLength(1);
    q.add('a.yaml', 'data');
    await vi.advanceTimersByTimeAsync(200);
    expect(calls).toBe(2);
  });
});
