// The location-space sums on two threads (server/analysis/complexity/present-sums-pool.ts), split
// between both or computed by the worker alone, give bit for bit what one thread gives (the split
// changes who computes an entry, not how), and the
// one-thread sums are checked against φ built the obvious way in density-kernel.test.ts. The
// worker boots asynchronously: the first calls run on the main thread alone, so the test calls
// until two parts did the work (or fails after a few seconds).
import { describe, expect, it } from 'vitest';
import { ubiquityLevels } from '../../server/analysis/complexity/levels.ts';
import { buildPresence } from '../../server/analysis/complexity/presence.ts';
import { beginPresentSums, presentProximitySums } from '../../server/analysis/complexity/present-sums-pool.ts';
import { mulberry32 } from '../../server/util/random.ts';

describe('present-sums pool', () => {
  it('splits the work between the main thread and a worker with the same results', async () => {
    const nc = 37;
    const np = 150;
    const rng = mulberry32(16);
    const m = Uint8Array.from({ length: nc * np }, () => (rng() < 0.35 ? 1 : 0));
    const pr = buildPresence(m, nc, np);
    const levels = ubiquityLevels(pr);
    const w = Float64Array.from({ length: np }, () => rng() - 0.5);
    const one = presentProximitySums(pr, levels, w, { threads: 1 });
    const onePlain = presentProximitySums(pr, levels, null, { threads: 1 });
    expect(one.parts).toBe(1);
    let two = presentProximitySums(pr, levels, w, { threads: 2, minWork: 0 });
    for (let tries = 0; two.parts !== 2 && tries < 100; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      two = presentProximitySums(pr, levels, w, { threads: 2, minWork: 0 });
    }
    expect(two.parts).toBe(2);
    expect(Array.from(two.out)).toEqual(Array.from(one.out));
    expect(Array.from(presentProximitySums(pr, levels, null, { threads: 2, minWork: 0 }).out)).toEqual(Array.from(onePlain.out));
    // The worker alone, while this thread goes on (computeYear's plain sums during the eigenvector).
    const pending = beginPresentSums(pr, levels, null, { threads: 2, minWork: 0 });
    const background = pending.result();
    expect(background.parts).toBe(2);
    expect(Array.from(background.out)).toEqual(Array.from(onePlain.out));
    // The plain sums are not the weighted ones (the comparison above could not pass by accident).
    expect(Array.from(onePlain.out)).not.toEqual(Array.from(one.out));
    // Arrays given back are reused by the next job of the same size, which clears what it reads:
    // the plain sums after the weighted ones in the same arrays are the plain sums again.
    const kept = Array.from(two.out);
    two.release();
    const again = presentProximitySums(pr, levels, null, { threads: 2, minWork: 0 });
    expect(again.out).toBe(two.out);
    expect(Array.from(again.out)).toEqual(Array.from(onePlain.out));
    expect(kept).toEqual(Array.from(one.out));
    const oneOut = Array.from(one.out);
    one.release();
    const localAgain = presentProximitySums(pr, levels, w, { threads: 1 });
    expect(localAgain.out).toBe(one.out);
    expect(Array.from(localAgain.out)).toEqual(oneOut);
    // A small table stays on the main thread (no worker start for it).
    expect(presentProximitySums(pr, levels, w, { threads: 2 }).parts).toBe(1);
  }, 20_000);
});
