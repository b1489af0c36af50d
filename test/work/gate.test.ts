// The gate's admission rules, with computations held open by hand so every count is exact:
// `concurrency` run, `queue` wait first come first served, the rest are refused with 503
// over_capacity and a Retry-After; a waiter whose client leaves frees its place in the queue.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../server/errors.ts';
import { Gate } from '../../server/work/index.ts';

const never = new AbortController().signal;

describe('Gate', () => {
  it('runs at most `concurrency` at once and hands places out first come first served', async () => {
    const gate = new Gate({ concurrency: 2, queue: 10, queueWaitMs: 10_000 });
    const a = await gate.acquire(never);
    const b = await gate.acquire(never);
    expect(gate.inFlight).toBe(2);
    const order: string[] = [];
    const c = gate.acquire(never).then((release) => (order.push('c'), release));
    const d = gate.acquire(never).then((release) => (order.push('d'), release));
    await Promise.resolve();
    expect(gate.queued).toBe(2);
    expect(order).toEqual([]);
    a();
    const releaseC = await c;
    expect(order).toEqual(['c']);
    expect(gate.inFlight).toBe(2);
    b();
    const releaseD = await d;
    expect(order).toEqual(['c', 'd']);
    releaseC();
    releaseD();
    expect(gate.inFlight).toBe(0);
    // Releasing twice gives back one place only.
    releaseD();
    expect(gate.inFlight).toBe(0);
  });

  it('refuses at once with over_capacity and a Retry-After when the queue is full', async () => {
    const gate = new Gate({ concurrency: 1, queue: 1, queueWaitMs: 10_000 });
    const release = await gate.acquire(never);
    const waiting = gate.acquire(never);
    const refused = await gate.acquire(never).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('over_capacity');
    expect((refused as AppError).status).toBe(503);
    expect((refused as AppError).details).toMatchObject({ reason: 'queue_full', inFlight: 1, queued: 1 });
    const seconds = (refused as AppError).details as { retryAfterSeconds: number };
    expect(seconds.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(seconds.retryAfterSeconds).toBeLessThanOrEqual(60);
    release();
    (await waiting)();
  });

  it('refuses a request that waited longer than queueWaitMs', async () => {
    const gate = new Gate({ concurrency: 1, queue: 5, queueWaitMs: 30 });
    const release = await gate.acquire(never);
    const started = Date.now();
    const error = await gate.acquire(never).then(
      () => null,
      (e: unknown) => e as AppError,
    );
    expect(error?.code).toBe('over_capacity');
    expect(error?.details).toMatchObject({ reason: 'queue_wait' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
    expect(gate.queued).toBe(0);
    release();
  });

  it('lets a waiter whose signal aborts leave the queue without taking a place', async () => {
    const gate = new Gate({ concurrency: 1, queue: 5, queueWaitMs: 10_000 });
    const release = await gate.acquire(never);
    const leaving = new AbortController();
    const gone = gate.acquire(leaving.signal);
    const staying = gate.acquire(never);
    await Promise.resolve();
    expect(gate.queued).toBe(2);
    leaving.abort(new Error('client gone'));
    await expect(gone).rejects.toThrow('client gone');
    expect(gate.queued).toBe(1);
    release();
    const next = await staying;
    expect(gate.inFlight).toBe(1);
    next();
    expect(gate.inFlight).toBe(0);
  });
});
