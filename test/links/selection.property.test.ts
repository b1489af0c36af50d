// Property: the missing-links answer (counted total, best k chosen with bounds from the ranking
// index, select.ts) equals the brute force of test/links/brute-force.ts (every candidate's facts
// listed and ranked: the implementation before the ranking index) — the same total, the same
// recommendations in the same order with the same scores, evidence and sentences, the same clusters
// without an OEM path — for every filter and limit. The datasets are random and small, built to hit
// the edge cases: firms without coordinates, CANs without tolerance and several CANs to one process,
// components without requirements or with a certification only, imports over several years and of
// components nobody needs, buyers that are also possible suppliers, firms supplied by their own
// suppliers' buyers (cycles).
// Then the same on generated datasets (rantai generate's code) large enough for the bounds to prune.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { missingLinks, type MissingLinksOptions } from '../../server/analysis/links/index.ts';
import { datasetFromJsonText, type Dataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { mulberry32, pick, randInt, type Rng } from '../../server/util/random.ts';
import { generateDataset } from '../../seed/generator/index.ts';
import { bruteForceMissingLinks } from './brute-force.ts';

const TIERS = ['OEM', 'TIER1', 'TIER2', 'IKM', 'BUYER'] as const;
const CERTS = ['ISO 9001', 'IATF 16949', 'SNI'];

const maybe = <T>(rng: Rng, p: number, value: () => T): T | undefined => (rng() < p ? value() : undefined);
const subset = <T>(rng: Rng, items: readonly T[], p: number): T[] => items.filter(() => rng() < p);

/** A random valid dataset with the edge cases named above (checked by the dataset reader). */
function randomDataset(seed: number): Dataset {
  const rng = mulberry32(seed);
  const firms = Array.from({ length: randInt(rng, 4, 36) }, (_, i) => `f${i}`);
  const clusters = Array.from({ length: randInt(rng, 1, 4) }, (_, i) => `k${i}`);
  const processes = ['q0', 'q1', 'q2'];
  const materials = ['m0', 'm1', 'm2'];
  const countries = ['JPN', 'CHN', 'THA'];
  const components = Array.from({ length: randInt(rng, 1, 8) }, (_, i) => `p${i}`);
  const tolerance = () => pick(rng, [0.01, 0.05, 0.1, 0.5]);
  const unique = <T extends object>(rows: T[], key: (r: T) => string) => [...new Map(rows.map((r) => [key(r), r])).values()];
  const bundle = {
    clusters: clusters.map((id, i) => ({ id, name: `Cluster ${i}`, lat: -7 + i * 0.3, lon: 110 + i * 0.4 })),
    firms: firms.map((id, i) => ({
      id,
      name: `Firm ${i}`,
      tier: pick(rng, TIERS),
      cluster: maybe(rng, 0.6, () => pick(rng, clusters)),
      ...(rng() < 0.85 ? { lat: -8 + rng() * 2, lon: 106 + rng() * 8 } : {}),
      certifications: subset(rng, CERTS, 0.3).join(';'),
    })),
    processes: processes.map((id) => ({ id, name: `Process ${id}` })),
    materials: materials.map((id) => ({ id, name: `Material ${id}` })),
    countries: countries.map((id) => ({ id, name: `Country ${id}` })),
    components: components.map((id, i) => ({
      id,
      name: `Component ${i}`,
      processes: subset(rng, processes, 0.4).join(';'),
      material: maybe(rng, 0.7, () => pick(rng, materials)),
      tolerance_mm: maybe(rng, 0.7, tolerance),
      certification: maybe(rng, 0.5, () => pick(rng, CERTS)),
    })),
    capabilities: unique(
      Array.from({ length: randInt(rng, 0, firms.length * 3) }, () => ({
        firm: pick(rng, firms),
        process: pick(rng, processes),
        material: maybe(rng, 0.8, () => pick(rng, materials)),
        tolerance_mm: maybe(rng, 0.7, tolerance),
      })),
      (r) => `${r.firm}|${r.process}|${r.material ?? ''}`,
    ),
    makes: unique(
      Array.from({ length: randInt(rng, 0, firms.length * 2) }, () => ({ firm: pick(rng, firms), component: pick(rng, components), units_per_year: maybe(rng, 0.8, () => randInt(rng, 10, 5000)) })),
      (r) => `${r.firm}|${r.component}`,
    ),
    needs: unique(
      Array.from({ length: randInt(rng, 1, firms.length * 2) }, () => ({ firm: pick(rng, firms), component: pick(rng, components), units_per_year: maybe(rng, 0.8, () => randInt(rng, 0, 5000)) })),
      (r) => `${r.firm}|${r.component}`,
    ),
    supplies: unique(
      Array.from({ length: randInt(rng, 0, firms.length * 2) }, () => ({
        supplier: pick(rng, firms),
        buyer: pick(rng, firms),
        component: pick(rng, components),
        units_per_year: maybe(rng, 0.8, () => randInt(rng, 1, 3000)),
        value_usd: maybe(rng, 0.8, () => randInt(rng, 1, 90000)),
      })).filter((r) => r.supplier !== r.buyer),
      (r) => `${r.supplier}|${r.buyer}|${r.component}`,
    ),
    imports: unique(
      Array.from({ length: randInt(rng, 0, firms.length) }, () => ({
        buyer: pick(rng, firms),
        component: pick(rng, components),
        country: pick(rng, countries),
        year: pick(rng, [2021, 2022, 2023]),
        value_usd: randInt(rng, 0, 2_000_000),
      })),
      (r) => `${r.buyer}|${r.component}|${r.country}|${r.year}`,
    ),
    programs: [],
    enrolments: [],
  };
  return datasetFromJsonText('random.json', JSON.stringify(bundle));
}

/**
 * Filters over the dataset's own ids, none to all three, and sometimes `touching` (a view's focus
 * firms: a random share of the firms, an unknown id among them).
 */
const filterFor = (d: Dataset, rng: Rng): MissingLinksOptions => {
  const touching = maybe(rng, 0.4, () => new Set([...subset(rng, d.firms, rng()).map((f) => f.id), 'not-a-firm']));
  return {
    buyer: maybe(rng, 0.3, () => pick(rng, d.firms).id),
    cluster: maybe(rng, 0.3, () => pick(rng, d.clusters).id),
    component: maybe(rng, 0.3, () => pick(rng, d.components).id),
    ...(touching ? { touching } : {}),
  };
};

/** A set as JSON writes it (for the failure message). */
const described = (o: object): string => JSON.stringify(o, (_k, v: unknown) => (v instanceof Set ? [...(v as Set<unknown>)] : v));

describe('missing links: the bounded top-k equals the brute force', () => {
  it('on random small datasets, for any filter and at every limit', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 2 ** 31 - 1 }), async (seed) => {
        const dataset = randomDataset(seed);
        const store = new EmbeddedStore(dataset);
        const rng = mulberry32(seed ^ 0x5bd1e995);
        for (const filter of [{}, filterFor(dataset, rng), filterFor(dataset, rng), filterFor(dataset, rng)]) {
          const all = await bruteForceMissingLinks(store, filter);
          expect(await missingLinks(store, filter), described({ seed, filter })).toEqual(all);
          // Every cut of the ranking: each limit puts the k-th score, below which bounds prune, elsewhere.
          for (let limit = 1; limit <= Math.min(all.total, 25); limit++) {
            const expected = { ...all, filters: { ...all.filters, limit }, recommendations: all.recommendations.slice(0, limit) };
            expect(await missingLinks(store, { ...filter, limit }), described({ seed, filter, limit })).toEqual(expected);
          }
        }
      }),
      { numRuns: 300, seed: 20261130 },
    );
  }, 180_000);

  it.each([
    ['3,000 firms, 200 components', { clusters: 20, firms: 3000, components: 200, seed: 3 }],
    ['5,000 firms, 100 components', { clusters: 40, firms: 5000, components: 100, seed: 11 }],
  ])('on a generated dataset of %s', async (_name, size) => {
    const dataset = generateDataset(size);
    const store = new EmbeddedStore(dataset);
    const everything = await bruteForceMissingLinks(store);
    expect(everything.total).toBeGreaterThan(10_000);
    // touching: a province's firms, as a view filtered to it passes them (server/focus/recommended.ts).
    const province = dataset.firms[0]!.province;
    const inProvince = new Set(dataset.firms.filter((f) => f.province === province).map((f) => f.id));
    const options: MissingLinksOptions[] = [{ limit: 1 }, { limit: 50 }, { limit: 1000 }, { cluster: dataset.clusters[1]!.id, limit: 50 }, { buyer: dataset.needs[0]!.firm, limit: 20 }, { touching: inProvince, limit: 50 }];
    // The route's own tier and province (the brute force reads them from the snapshot's firm properties).
    options.push({ province, limit: 50 }, { tier: 'TIER2', limit: 50 }, { tier: 'IKM', province, component: dataset.needs[0]!.component, limit: 50 });
    for (const o of options) {
      const unfiltered = o.cluster === undefined && o.buyer === undefined && o.touching === undefined && o.tier === undefined && o.province === undefined;
      // Without a filter, the brute force is ranked once and cut at each limit.
      const expected = unfiltered ? { ...everything, filters: { ...everything.filters, limit: o.limit! }, recommendations: everything.recommendations.slice(0, o.limit) } : await bruteForceMissingLinks(store, o);
      expect(await missingLinks(store, o), described(o)).toEqual(expected);
    }
  }, 120_000);
});
