// writeJsonInSlices (server/util/json-in-slices.ts) against JSON.stringify itself, the independent
// reference: the text must be the same, byte for byte, for the seed dataset and for the cases
// where a hand-made join goes wrong (empty arrays, undefined keys and elements, holes, an array
// just past a piece's size). It must also let the event loop run while writing a large record.
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATASET } from '../../server/config.ts';
import { readDataset } from '../../server/model/index.ts';
import { writeJsonInSlices } from '../../server/util/json-in-slices.ts';

async function written(record: Record<string, unknown>): Promise<{ text: string; writes: number }> {
  const parts: string[] = [];
  await writeJsonInSlices(record, async (t) => parts.push(t));
  return { text: parts.join(''), writes: parts.length };
}

describe('writeJsonInSlices', () => {
  it('writes the seed dataset as JSON.stringify does', async () => {
    const dataset = (await readDataset(DEFAULT_DATASET)) as unknown as Record<string, unknown>;
    expect((await written(dataset)).text).toBe(JSON.stringify(dataset));
  });

  it('agrees with JSON.stringify on empty, undefined, holes and a piece boundary', async () => {
    const long = Array.from({ length: 4_001 }, (_, i) => (i % 997 === 0 ? undefined : { i, s: `r${i}`, n: i % 3 === 0 ? null : i / 7 }));
    // eslint-disable-next-line no-sparse-arrays
    const holes = [1, , 3];
    const cases: Array<Record<string, unknown>> = [
      {},
      { a: [] },
      { a: undefined, b: [1], c: undefined },
      { f: () => 1, b: [] },
      { obj: { x: [1, { y: 'é"\\\n' }] }, n: 3, s: 'x', t: true, z: null },
      { holes, long, tail: [] },
    ];
    for (const c of cases) expect((await written(c)).text).toBe(JSON.stringify(c));
  });

  it('hands a large record over in several writes, and lets other callbacks run meanwhile', async () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => ({ id: `f-${i}`, name: `Firm number ${i}`, lat: -6 - i / 1e5, lon: 106 + i / 1e5 }));
    let ranMeanwhile = false;
    let done = false;
    const probe = setImmediate(() => {
      ranMeanwhile = !done;
    });
    const out = await written({ rows });
    done = true;
    clearImmediate(probe);
    expect(out.text).toBe(JSON.stringify({ rows }));
    expect(out.writes).toBeGreaterThan(1);
    expect(ranMeanwhile).toBe(true);
  });
});
