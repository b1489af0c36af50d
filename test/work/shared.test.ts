// Single flight: callers of one key share one computation; one caller leaving does not stop it
// for the others; when the last one leaves the computation is aborted, and a later caller starts
// a fresh one.
import { describe, expect, it } from 'vitest';
import { ClientGoneError, SharedRuns } from '../../server/work/index.ts';

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('SharedRuns', () => {
  it('starts one computation for concurrent callers of a key, another for another key', async () => {
    const runs = new SharedRuns<number>();
    let started = 0;
    const gate = deferred<number>();
    const start = async () => {
      started += 1;
      return gate.promise;
    };
    const callers = Array.from({ length: 50 }, () => runs.join('k', new AbortController().signal, start));
    const other = runs.join('other', new AbortController().signal, async () => 7);
    expect(callers.filter((c) => c.shared)).toHaveLength(49);
    gate.resolve(42);
    expect(await Promise.all(callers.map((c) => c.result))).toEqual(Array(50).fill(42));
    expect(await other.result).toBe(7);
    expect(started).toBe(1);
    expect(runs.size).toBe(0);
  });

  it('aborts the computation only when every caller has left', async () => {
    const runs = new SharedRuns<string>();
    let computationSignal: AbortSignal | undefined;
    const start = (signal: AbortSignal) => {
      computationSignal = signal;
      return new Promise<string>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
    };
    const a = new AbortController();
    const b = new AbortController();
    const first = runs.join('k', a.signal, start);
    const second = runs.join('k', b.signal, start);
    await Promise.resolve();
    a.abort(new ClientGoneError());
    await expect(first.result).rejects.toBeInstanceOf(ClientGoneError);
    expect(computationSignal?.aborted).toBe(false);
    b.abort(new ClientGoneError());
    await expect(second.result).rejects.toBeInstanceOf(ClientGoneError);
    expect(computationSignal?.aborted).toBe(true);
    expect(computationSignal?.reason).toBeInstanceOf(ClientGoneError);
    // A caller arriving afterwards does not join the aborted run.
    const later = runs.join('k', new AbortController().signal, async () => 'fresh');
    expect(later.shared).toBe(false);
    expect(await later.result).toBe('fresh');
  });

  it('gives every caller the error of a failed computation, and does not keep it', async () => {
    const runs = new SharedRuns<number>();
    const failing = async () => {
      throw new Error('boom');
    };
    const a = runs.join('k', new AbortController().signal, failing);
    const b = runs.join('k', new AbortController().signal, failing);
    await expect(a.result).rejects.toThrow('boom');
    await expect(b.result).rejects.toThrow('boom');
    expect(runs.join('k', new AbortController().signal, async () => 1).shared).toBe(false);
  });
});
