// Issue 16: a store builds what the analyses derive from the whole graph after each load
// (server/store/warm.ts, server/analysis/warm.ts), so the first request after a load does not pay
// for it. Checked on the embedded store: after replace() the substitution facts are there before
// any request asks (a build that throws is never called), they are the new dataset's, and a failing
// warmer neither fails the load nor leaves anything behind. The trade statistics the national
// basis and the strategic strategy read are built too, under the keys their readers use, and the
// missing links' ranking index, the clusters' economic complexity and the risk facts.
import { describe, expect, it } from 'vitest';
import { ANALYSIS_WARMERS } from '../../server/analysis/warm.ts';
import { clusterComplexity } from '../../server/analysis/cluster-complexity/index.ts';
import { missingLinks } from '../../server/analysis/links/index.ts';
import { risk } from '../../server/analysis/risk/index.ts';
import { substitution, type FactSource } from '../../server/analysis/substitution/index.ts';
import type { NationalFacts, WorldRow, WorldYear } from '../../server/analysis/trade/index.ts';
import { EmbeddedStore, wholeGraph, type Warmer } from '../../server/store/index.ts';
import { generateDataset } from '../../seed/generator/index.ts';
import { smallDataset } from '../helpers/datasets.ts';
import { handDataset } from '../substitution/hand-dataset.ts';

const never = (): never => {
  throw new Error('built on request: the warm-up did not build it');
};

describe('warming the embedded store after a load', () => {
  it('has the substitution facts of the new dataset ready when replace() returns', async () => {
    const store = new EmbeddedStore(smallDataset(3), 'small', { warmers: ANALYSIS_WARMERS });
    await store.warm();
    const before = await wholeGraph<FactSource>(store, 'substitution-facts', never);
    await store.replace(handDataset(), 'hand');
    const after = await wholeGraph<FactSource>(store, 'substitution-facts', never);
    expect(after).not.toBe(before);
    // Hand dataset (test/substitution/hand-dataset.ts): c-case and c-drum are imported; cl-a, cl-b.
    const facts = await after.facts({});
    expect(facts.components.map((c) => c.id)).toEqual(['c-case', 'c-drum']);
    expect(facts.clusters.map((c) => c.id)).toEqual(['cl-a', 'cl-b']);
    // And the answer is the one a store without warmers gives.
    expect(await substitution(store, { strategy: 'balanced', limit: 10 })).toEqual(await substitution(new EmbeddedStore(handDataset()), { strategy: 'balanced', limit: 10 }));
    // The missing links' ranking index and OEM paths (the Network view's recommended links) too.
    await wholeGraph(store, 'links-ranking', never);
    await wholeGraph(store, 'links-no-oem', never);
    expect(await missingLinks(store, {})).toEqual(await missingLinks(new EmbeddedStore(handDataset()), {}));
    // The clusters' economic complexity (the Complexity view), the same answer as built on request.
    await wholeGraph(store, 'cluster-complexity', never);
    const query = { limit: 10, lang: 'en' } as const;
    expect(await clusterComplexity(store, query)).toEqual(await clusterComplexity(new EmbeddedStore(handDataset()), query));
    // The risk facts (the Risk view), the new dataset's: the same answer as built on request.
    await wholeGraph(store, 'risk-facts', never);
    expect(await risk(store, 'id')).toEqual(await risk(new EmbeddedStore(handDataset()), 'id'));
  });

  it('has the trade statistics of the national basis and the strategic strategy ready as well', async () => {
    const store = new EmbeddedStore(smallDataset(3), 'small', { warmers: ANALYSIS_WARMERS });
    const withTrade = generateDataset({ clusters: 4, firms: 120, components: 20, seed: 3, trade: true });
    await store.replace(withTrade, 'trade');
    // The keys server/analysis/trade/index.ts keeps them under; a build on request would throw.
    const national = await wholeGraph<NationalFacts>(store, 'trade-national-facts', never);
    expect(national.years.length).toBeGreaterThan(0);
    const years = await wholeGraph<WorldYear[]>(store, 'trade-world-years', never);
    const latest = Math.max(...years.map((y) => y.year));
    expect((await wholeGraph<WorldRow[]>(store, `trade-world-rows:${latest}`, never)).length).toBeGreaterThan(0);
    await wholeGraph(store, 'trade-concordance', never);
    // And the national and strategic rankings are the ones a store without warmers gives.
    for (const query of [{ strategy: 'balanced', importBasis: 'national', limit: 20 }, { strategy: 'strategic', limit: 20 }] as const) {
      expect(await substitution(store, query)).toEqual(await substitution(new EmbeddedStore(withTrade), query));
    }
  });

  it('builds nothing ahead without warmers', async () => {
    const store = new EmbeddedStore(smallDataset(3));
    await store.replace(handDataset());
    await expect(wholeGraph(store, 'substitution-facts', never)).rejects.toThrow('built on request');
  });

  it('reports a failing warmer, keeps the load, and runs the warmers after it', async () => {
    const logged: string[] = [];
    const ran: string[] = [];
    const failing: Warmer = async () => {
      throw new Error('no memory left');
    };
    const counting: Warmer = async (s) => ran.push((await s.info()).name);
    const store = new EmbeddedStore(smallDataset(3), 'small', { warmers: [failing, counting], log: (t) => logged.push(t) });
    await store.replace(handDataset(), 'hand');
    expect((await store.info()).name).toBe('hand');
    expect(ran).toEqual(['hand']);
    expect(logged).toEqual(['preparing the analyses after the load failed (the first request will prepare them instead): no memory left']);
  });

  it('reports a failing warmer in the language the server was started in', async () => {
    const logged: string[] = [];
    const failing: Warmer = async () => {
      throw new Error('memori habis');
    };
    const store = new EmbeddedStore(smallDataset(3), 'small', { warmers: [failing], log: (t) => logged.push(t), lang: 'id' });
    await store.replace(handDataset(), 'hand');
    expect(logged).toEqual(['penyiapan analisis setelah pemuatan data gagal (analisis akan disiapkan pada permintaan pertama): memori habis']);
  });
});
