// Single flight: concurrent requests for the same key share one computation. Each caller stops
// waiting when its own signal aborts; the computation itself is aborted only when no caller is
// left waiting for it, and a caller arriving after that starts a fresh one.
import { ClientGoneError } from './errors.ts';

interface Run<T> {
  readonly promise: Promise<T>;
  readonly controller: AbortController;
  waiters: number;
}

export class SharedRuns<T> {
  private readonly runs = new Map<string, Run<T>>();

  get size(): number {
    return this.runs.size;
  }

  /**
   * The result of the run for `key`, started with `start` when none is in flight. `shared` says
   * whether this caller joined a run another caller had started.
   */
  join(key: string, signal: AbortSignal, start: (signal: AbortSignal) => Promise<T>): { result: Promise<T>; shared: boolean } {
    let run = this.runs.get(key);
    const shared = run !== undefined;
    if (!run) {
      const controller = new AbortController();
      const created: Run<T> = { controller, waiters: 0, promise: Promise.resolve().then(() => start(controller.signal)) };
      const forget = () => {
        if (this.runs.get(key) === created) this.runs.delete(key);
      };
      created.promise.then(forget, forget);
      this.runs.set(key, created);
      run = created;
    }
    const joined = run;
    joined.waiters += 1;
    const result = new Promise<T>((resolve, reject) => {
      const leave = () => {
        joined.waiters -= 1;
        if (joined.waiters === 0) {
          if (this.runs.get(key) === joined) this.runs.delete(key);
          joined.controller.abort(new ClientGoneError());
        }
        reject(signal.reason);
      };
      if (signal.aborted) return leave();
      signal.addEventListener('abort', leave, { once: true });
      joined.promise.then(
        (value) => {
          signal.removeEventListener('abort', leave);
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', leave);
          reject(error);
        },
      );
    });
    return { result, shared };
  }
}
