// Admission: at most `concurrency` analyses run at once; up to `queue` more wait, first come first
// served, each at most `queueWaitMs`; beyond that a request is refused at once with 503
// over_capacity and a Retry-After estimated from how long analyses have been taking. A waiter
// whose signal aborts (its clients all went away) leaves the queue without taking a place.
import { overCapacity } from './errors.ts';

export interface GateLimits {
  concurrency: number;
  queue: number;
  queueWaitMs: number;
}

interface Waiter {
  grant: () => void;
}

/** Average of recent run times (exponentially weighted), for Retry-After. */
const SMOOTHING = 0.2;

export class Gate {
  private running = 0;
  private readonly waiting: Waiter[] = [];
  private averageMs = 100;

  constructor(private readonly limits: GateLimits) {}

  get inFlight(): number {
    return this.running;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /** Seconds until a place is likely free for a request arriving now (1 to 60). */
  retryAfterSeconds(): number {
    const ahead = this.running + this.waiting.length;
    const seconds = Math.ceil(((ahead / this.limits.concurrency) * this.averageMs) / 1000);
    return Math.min(60, Math.max(1, seconds));
  }

  /**
   * Waits for a place and returns the function that gives it back (call it exactly once). Throws
   * over_capacity when the queue is full or the wait too long, or the signal's reason on abort.
   */
  async acquire(signal: AbortSignal): Promise<() => void> {
    signal.throwIfAborted();
    if (this.running < this.limits.concurrency && this.waiting.length === 0) return this.take();
    if (this.waiting.length >= this.limits.queue) {
      throw overCapacity({ reason: 'queue_full', inFlight: this.running, queued: this.waiting.length, retryAfterSeconds: this.retryAfterSeconds() });
    }
    const started = Date.now();
    await new Promise<void>((resolve, reject) => {
      const leave = (error: unknown) => {
        const at = this.waiting.indexOf(waiter);
        if (at >= 0) this.waiting.splice(at, 1);
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        reject(error);
      };
      const onAbort = () => leave(signal.reason);
      const waiter: Waiter = {
        grant: () => {
          clearTimeout(timer);
          signal.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const timer = setTimeout(
        () => leave(overCapacity({ reason: 'queue_wait', inFlight: this.running, queued: this.waiting.length - 1, waitedMs: Date.now() - started, retryAfterSeconds: this.retryAfterSeconds() })),
        this.limits.queueWaitMs,
      );
      signal.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(waiter);
    });
    // The place was handed over by release() (running was not decreased for us).
    return this.releaser(performance.now());
  }

  private take(): () => void {
    this.running += 1;
    return this.releaser(performance.now());
  }

  private releaser(started: number): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.averageMs += SMOOTHING * (performance.now() - started - this.averageMs);
      const next = this.waiting.shift();
      // Hand the place straight to the next waiter, so no newcomer can slip in between.
      if (next) next.grant();
      else this.running -= 1;
    };
  }
}
