// The pieces of the substitution analysis on their own: density against numpy on a generated
// dataset (density_reference.py), the top-k selection against a full sort, the capacity shortfall
// that closes its gap, and the haversine distance against a published figure.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  capabilitiesOf,
  capacityShortfall,
  clusterDensities,
  densityIndex,
  embeddedFactSource,
  evaluate,
  evaluateInSlices,
  evaluateSteps,
  geoPoint,
  haversineKm,
  topK,
} from '../../server/analysis/substitution/index.ts';
import { gapsOf } from '../../server/analysis/substitution/opportunity.ts';
import { madeRows } from '../../server/analysis/substitution/density.ts';
import { datasetToGraph, readDataset } from '../../server/model/index.ts';
import { smallDataset } from '../helpers/datasets.ts';

const SCRIPT = fileURLToPath(new URL('./density_reference.py', import.meta.url));

describe('product-space density', () => {
  it('equals a numpy matrix computation on a generated dataset (within 1e-12)', async () => {
    const d = smallDataset(7);
    const facts = await embeddedFactSource(datasetToGraph(d)).facts({});
    const components = d.components.map((c) => c.id).sort();
    const clusters = facts.clusters.map((c) => c.id);
    const input = {
      makes: d.makes.map((m) => [m.firm, m.component]),
      members: Object.fromEntries(d.firms.filter((f) => f.cluster).map((f) => [f.id, f.cluster])),
      components,
      clusters,
    };
    const r = spawnSync('python3', [SCRIPT], { input: JSON.stringify(input), encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`);
    const expected = (JSON.parse(r.stdout) as { density: number[][] }).density;

    const index = densityIndex(components, new Map(facts.coProduction.map((c) => [c.component, c])));
    const out = new Float64Array(components.length);
    let nonZero = 0;
    facts.clusters.forEach((k, ki) => {
      clusterDensities(index, madeRows(index, k.makes), out);
      components.forEach((_, ci) => {
        expect(Math.abs(out[ci]! - expected[ki]![ci]!)).toBeLessThan(1e-12);
        if (out[ci]! > 0) nonZero++;
      });
    });
    expect(nonZero).toBeGreaterThan(10);
  });
});

describe('the fast pair loop and the detail of a pair', () => {
  it('agree on score, status and gaps for every pair of the seed and of a generated dataset', async () => {
    for (const dataset of [await readDataset('seed/indonesia'), smallDataset(3)]) {
      const facts = await embeddedFactSource(datasetToGraph(dataset)).facts({});
      const e = evaluate({
        components: facts.components,
        clusters: facts.clusters,
        coProduction: new Map(facts.coProduction.map((c) => [c.component, c])),
        maxImportValueUsd: Math.max(...facts.components.map((c) => c.importValueUsd)),
        strategy: 'balanced',
      });
      const nK = facts.clusters.length;
      expect(e.score.length).toBe(facts.components.length * nK);
      for (let i = 0; i < e.score.length; i++) {
        const p = e.pair(i);
        const k = facts.clusters[i % nK]!;
        const gaps = gapsOf(capabilitiesOf(k), e.requirements[Math.floor(i / nK)]!, k.capacityTonnes, e.importTonnes[Math.floor(i / nK)]!);
        expect(p.score).toBe(e.score[i]);
        expect(gaps.length).toBe(p.gaps);
        expect(e.status[i]).toBe(Math.min(2, gaps.length));
        expect(p.met + gaps.filter((g) => g.kind !== 'capacity').length).toBe(p.total);
      }
    }
  });
});

describe('topK', () => {
  it('gives the first k of a full sort, ties broken the same way', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }), fc.integer({ min: 0, max: 250 }), (scores, k) => {
        const compare = (a: number, b: number) => scores[b]! - scores[a]! || a - b;
        const all = scores.map((_, i) => i).sort(compare);
        expect(topK(scores.length, k, compare)).toEqual(all.slice(0, k));
        const even = (i: number) => i % 2 === 0;
        expect(topK(scores.length, k, compare, even)).toEqual(all.filter(even).slice(0, k));
      }),
    );
  });
});

describe('capacity shortfall', () => {
  it('is whole tonnes that, added, reach the tonnage imported', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e7, noNaN: true }), fc.double({ min: 1e-6, max: 1e7, noNaN: true }), (capacity, needed) => {
        fc.pre(capacity < needed);
        const s = capacityShortfall(capacity, needed);
        expect(Number.isInteger(s)).toBe(true);
        expect(capacity + s).toBeGreaterThanOrEqual(needed);
        expect(s).toBeLessThanOrEqual(Math.max(1, Math.ceil(needed - capacity) + 1));
      }),
    );
    // 330 t for 3,000 t imported: 2,670 t short (the Yogyakarta manhole covers of seed/README.md).
    expect(capacityShortfall(330, 3000)).toBe(2670);
  });
});

describe('haversine distance', () => {
  it('gives the great-circle distance', () => {
    // Equator, 1° of longitude on a 6371.0088 km sphere: 6371.0088 × π / 180 = 111.19508023… km.
    expect(haversineKm(geoPoint(0, 0), geoPoint(0, 1))).toBeCloseTo(111.19508023353292, 9);
    // Antipodes: half the circumference.
    expect(haversineKm(geoPoint(0, 0), geoPoint(0, 180))).toBeCloseTo(Math.PI * 6371.0088, 9);
    expect(haversineKm(geoPoint(-7.679, 110.671), geoPoint(-7.679, 110.671))).toBe(0);
  });
});

describe('the evaluation in slices', () => {
  it('pauses after its set-up and after each cluster, and gives the numbers of the evaluation in one piece', async () => {
    const facts = await embeddedFactSource(datasetToGraph(smallDataset(3))).facts({});
    const input = {
      components: facts.components,
      clusters: facts.clusters,
      coProduction: new Map(facts.coProduction.map((c) => [c.component, c])),
      maxImportValueUsd: Math.max(...facts.components.map((c) => c.importValueUsd)),
      strategy: 'balanced' as const,
    };
    // One pause after the set-up, one after each cluster's pairs: where other requests are answered.
    const steps = evaluateSteps(input);
    let pauses = 0;
    for (let next = steps.next(); !next.done; next = steps.next()) pauses++;
    expect(pauses).toBe(facts.clusters.length + 1);
    const whole = evaluate(input);
    const sliced = await evaluateInSlices(input);
    expect(Array.from(sliced.score)).toEqual(Array.from(whole.score));
    expect(Array.from(sliced.status)).toEqual(Array.from(whole.status));
  });
});
