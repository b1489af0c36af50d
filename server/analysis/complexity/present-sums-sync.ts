// The meeting points of present-sums-pool.ts's two parts (main thread and worker), on an
// Int32Array over a SharedArrayBuffer: a reusable two-party barrier (a count and a generation,
// Atomics.wait/notify) and the claim of a job (the worker takes it unless the main thread gave up
// waiting and does it alone; compare-and-exchange decides). A failed part sets FAILED, and a part
// waiting at the barrier throws instead of waiting for ever. A job the worker does alone (one part)
// ends with STATE 2, which the main thread waits for.

const COUNT = 0;
const GENERATION = 1;
const STATE = 2;
const FAILED = 3;
export const CONTROL_SLOTS = 4;
/** Longest wait at a barrier; far above a level's work (milliseconds). */
const BARRIER_TIMEOUT_MS = 30_000;

export class PartFailed extends Error {}

export const newControl = (): Int32Array => new Int32Array(new SharedArrayBuffer(4 * CONTROL_SLOTS));

/** A barrier for `parties` threads. */
export const barrier = (ctl: Int32Array, parties: number) => (): void => {
  const generation = Atomics.load(ctl, GENERATION);
  if (Atomics.add(ctl, COUNT, 1) === parties - 1) {
    Atomics.store(ctl, COUNT, 0);
    Atomics.add(ctl, GENERATION, 1);
    Atomics.notify(ctl, GENERATION);
    return;
  }
  const deadline = Date.now() + BARRIER_TIMEOUT_MS;
  while (Atomics.load(ctl, GENERATION) === generation) {
    if (Atomics.load(ctl, FAILED) !== 0 || Date.now() > deadline) throw new PartFailed('the other part of the complexity sums stopped');
    Atomics.wait(ctl, GENERATION, generation, 50);
  }
};

/** Marks the job failed and wakes the other part. */
export const fail = (ctl: Int32Array): void => {
  Atomics.store(ctl, FAILED, 1);
  Atomics.notify(ctl, GENERATION);
  Atomics.notify(ctl, STATE);
};

/** Worker side: true when it takes the job (state 0 → 1). */
export const claim = (ctl: Int32Array): boolean => {
  const taken = Atomics.compareExchange(ctl, STATE, 0, 1) === 0;
  Atomics.notify(ctl, STATE);
  return taken;
};

/** Worker side: the job is done (state 1 → 2). */
export const done = (ctl: Int32Array): void => {
  Atomics.store(ctl, STATE, 2);
  Atomics.notify(ctl, STATE);
};

/**
 * Main side, for a job the worker took alone: waits until it is done; false if it failed or took
 * longer than BARRIER_TIMEOUT_MS (the main thread then computes it itself).
 */
export const waitDone = (ctl: Int32Array): boolean => {
  const deadline = Date.now() + BARRIER_TIMEOUT_MS;
  while (Atomics.load(ctl, STATE) === 1) {
    if (Atomics.load(ctl, FAILED) !== 0 || Date.now() > deadline) return false;
    Atomics.wait(ctl, STATE, 1, 50);
  }
  return Atomics.load(ctl, STATE) === 2 && Atomics.load(ctl, FAILED) === 0;
};

/** Main side: waits up to `ms` for the worker's claim; false (and the job withdrawn) if none came. */
export const claimed = (ctl: Int32Array, ms: number): boolean => {
  Atomics.wait(ctl, STATE, 0, ms);
  // Taken (1), or already done (2) by a worker that had it alone.
  return Atomics.compareExchange(ctl, STATE, 0, -1) !== 0 && Atomics.load(ctl, STATE) >= 1;
};
