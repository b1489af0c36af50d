// The facts of chosen candidates from the dataset's shared index (built once per load, in chunks)
// with the candidates' own relationships added (indexForCandidates) must be the facts the whole
// graph's index gives (indexGraph, the reference every missing-links test compares with): for all
// candidates at once, and for each candidate alone, where only its own supplier's and buyer's
// relationships are added. And a replaced dataset is answered from its own shared index.
import { beforeAll, describe, expect, it } from 'vitest';
import { embeddedCandidateRows, embeddedRowsOf, indexGraph, missingLinks } from '../../server/analysis/links/index.ts';
import { indexForCandidates, indexShared } from '../../server/analysis/links/graph-index.ts';
import { datasetFromJsonText, readDataset, type Dataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { bruteForceMissingLinks } from './brute-force.ts';
import { HAND_BUNDLE, handDataset } from './hand-dataset.ts';

const NO_FILTER = { buyer: null, cluster: null, component: null };

let seed: Dataset;
beforeAll(async () => {
  seed = await readDataset('seed/indonesia');
});

describe('candidate facts from the shared index', () => {
  for (const [name, dataset] of [
    ['hand dataset', () => handDataset()],
    ['seed', () => seed],
  ] as const) {
    it(`equal those of the whole graph's index on the ${name}, all at once and one by one`, async () => {
      const snap = await new EmbeddedStore(dataset()).snapshot();
      const whole = indexGraph(snap);
      const candidates = embeddedCandidateRows(whole, NO_FILTER).map(({ supplier, buyer, component }) => ({ supplier, buyer, component }));
      expect(candidates.length).toBeGreaterThan(name === 'seed' ? 100 : 5);
      const shared = await indexShared(snap);
      expect(embeddedRowsOf(indexForCandidates(shared, candidates), candidates)).toEqual(embeddedRowsOf(whole, candidates));
      for (const c of candidates) expect(embeddedRowsOf(indexForCandidates(shared, [c]), [c])).toEqual(embeddedRowsOf(whole, [c]));
    });
  }

  it('is not reused after the dataset is replaced', async () => {
    const store = new EmbeddedStore(handDataset());
    const before = await missingLinks(store, { component: 'c-drum' });
    // f-e gains what the drum needs (both processes within 0.05 mm, iron, ISO 9001): it becomes a
    // drum candidate, which only the new dataset's shared index can know.
    const changed = {
      ...HAND_BUNDLE,
      firms: HAND_BUNDLE.firms.map((f) => (f.id === 'f-e' ? { ...f, certifications: 'ISO 9001' } : f)),
      capabilities: [
        ...HAND_BUNDLE.capabilities,
        { firm: 'f-e', process: 'p-cast', material: 'm-iron', tolerance_mm: 0.05 },
        { firm: 'f-e', process: 'p-mach', material: 'm-iron', tolerance_mm: 0.05 },
      ],
    };
    await store.replace(datasetFromJsonText('changed.json', JSON.stringify(changed)));
    const after = await missingLinks(store, { component: 'c-drum' });
    const fromE = (out: typeof after) => out.recommendations.filter((r) => r.supplier.id === 'f-e').length;
    expect(fromE(before)).toBe(0);
    expect(fromE(after)).toBeGreaterThan(0);
    expect(after).toEqual(await bruteForceMissingLinks(store, { component: 'c-drum' }));
  });
});
