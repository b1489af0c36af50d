// FreshRead: a caller may share only a read that started after it arrived. Reads are held open by
// hand, so which caller gets which read is exact.
import { describe, expect, it } from 'vitest';
import { FreshRead } from '../../server/work/index.ts';

describe('FreshRead', () => {
  it('makes callers arriving during a read wait for the next one, and runs at most one at a time', async () => {
    const pending: Array<(v: number) => void> = [];
    let inFlight = 0;
    let most = 0;
    let reads = 0;
    const fresh = new FreshRead(
      () =>
        new Promise<number>((resolve) => {
          reads += 1;
          inFlight += 1;
          most = Math.max(most, inFlight);
          const n = reads;
          pending.push(() => {
            inFlight -= 1;
            resolve(n);
          });
        }),
    );
    const first = fresh.get();
    await Promise.resolve();
    const during = [fresh.get(), fresh.get(), fresh.get()];
    await Promise.resolve();
    expect(reads).toBe(1);
    pending.shift()!(0);
    expect(await first).toBe(1);
    // The three that arrived during read 1 share read 2.
    await new Promise((r) => setTimeout(r, 0));
    expect(reads).toBe(2);
    pending.shift()!(0);
    expect(await Promise.all(during)).toEqual([2, 2, 2]);
    expect(most).toBe(1);
    // Idle: a new caller starts a read at once.
    const later = fresh.get();
    await new Promise((r) => setTimeout(r, 0));
    expect(reads).toBe(3);
    pending.shift()!(0);
    expect(await later).toBe(3);
  });

  it('lets callers arriving in the same tick share one read (it has not been sent when they arrive)', async () => {
    let reads = 0;
    const fresh = new FreshRead(async () => ++reads);
    // Health asks for counts and provenance at once: one version read, not two in a row.
    const [a, b] = await Promise.all([fresh.get(), fresh.get()]);
    expect([a, b, reads]).toEqual([1, 1, 1]);
    // Once the read has been sent, a newcomer waits for the next one.
    const first = fresh.get();
    await Promise.resolve();
    await Promise.resolve();
    const after = fresh.get();
    expect(await first).toBe(2);
    expect(await after).toBe(3);
  });

  it('passes a failed read to its callers and reads again for the next', async () => {
    let fail = true;
    const fresh = new FreshRead(async () => {
      if (fail) throw new Error('down');
      return 'up';
    });
    await expect(fresh.get()).rejects.toThrow('down');
    fail = false;
    expect(await fresh.get()).toBe('up');
  });
});
