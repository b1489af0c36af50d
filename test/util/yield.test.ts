// Long main-thread work cut into steps (server/util/yield.ts): yieldToEventLoop lets callbacks that
// are already waiting run before the work goes on; a Slicer yields only once its slice is used up.
// And the embedded store's replace(), which builds its graph in slices, gives the graph a store
// built at once gives (the snapshot compared whole).
import { describe, expect, it } from 'vitest';
import { mapInChunks, Slicer, yieldToEventLoop } from '../../server/util/yield.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { smallDataset } from '../helpers/datasets.ts';

describe('yielding to the event loop', () => {
  it('yieldToEventLoop runs an immediate queued before it', async () => {
    const seen: string[] = [];
    setImmediate(() => seen.push('waiting callback'));
    await yieldToEventLoop();
    seen.push('work goes on');
    expect(seen).toEqual(['waiting callback', 'work goes on']);
  });

  it('a Slicer yields once its slice is used up, and not before', async () => {
    const seen: string[] = [];
    const long = new Slicer(60_000);
    setImmediate(() => seen.push('waiting callback'));
    await long.maybeYield();
    seen.push('slice not used up');
    const spent = new Slicer(0);
    await spent.maybeYield();
    seen.push('slice used up');
    expect(seen).toEqual(['slice not used up', 'waiting callback', 'slice used up']);
  });

  it('mapInChunks maps in order, and lets waiting callbacks run once a slice is used up', async () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    expect(await mapInChunks(items, (x) => x * x, 3)).toEqual([0, 1, 4, 9, 16, 25, 36, 49, 64, 81]);
    expect(await mapInChunks([], (x: number) => x)).toEqual([]);
    // Ten items of 5 ms each, one per chunk: 50 ms, past the Slicer's 30 ms slice, so the work
    // yields at least once and a callback waiting since the start runs before it ends.
    const seen: string[] = [];
    setImmediate(() => seen.push('waiting callback'));
    const slow = (x: number) => {
      const until = performance.now() + 5;
      while (performance.now() < until);
      return x;
    };
    const done = mapInChunks(items, slow, 1).then(() => seen.push('mapped'));
    await done;
    expect(seen).toEqual(['waiting callback', 'mapped']);
  });

  it('replace() builds in slices the graph a store built at once has', async () => {
    const next = smallDataset(2);
    const replaced = new EmbeddedStore(smallDataset(1));
    await replaced.replace(next, 'next');
    const direct = new EmbeddedStore(next, 'next');
    expect(await replaced.snapshot()).toEqual(await direct.snapshot());
    expect(await replaced.counts()).toEqual(await direct.counts());
    expect((await replaced.info()).hash).toBe((await direct.info()).hash);
  });
});
