// The substitution cases the seed was designed for (seed/README.md, "Cases designed for the
// analyses"): its author lists which component × cluster pairs are ready, which are one gap away
// (and of which kind) and which are far. Those lists are the independent reference here.
import { beforeAll, describe, expect, it } from 'vitest';
import { substitution, type Opportunity } from '../../server/analysis/substitution/index.ts';
import { readDataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';

let byPair: Map<string, Opportunity>;
let all: Opportunity[];
beforeAll(async () => {
  const out = await substitution(new EmbeddedStore(await readDataset('seed/indonesia')), { strategy: 'balanced', limit: 1000 });
  all = out.opportunities;
  byPair = new Map(all.map((o) => [`${o.component.id} × ${o.cluster.id}`, o]));
});
const get = (component: string, cluster: string): Opportunity => {
  const o = byPair.get(`c-${component} × cl-${cluster}`);
  if (!o) throw new Error(`no opportunity c-${component} × cl-${cluster}`);
  return o;
};

const READY: Array<[string, string]> = [
  ['cylinder-sleeve', 'ceper'],
  ['gate-valve-body', 'ceper'],
  ['manhole-cover', 'ceper'],
  ['brake-drum', 'pasuruan'],
  ['brake-disc', 'pasuruan'],
  ['wheel-hub', 'pasuruan'],
  ['coupler-knuckle', 'pasuruan'],
  ['pump-injector', 'tegal'],
  ['sprocket-mc', 'tegal'],
  ['bracket-mc', 'tegal'],
  ['bracket-mc', 'waru'],
  ['exhaust-muffler-mc', 'purbalingga'],
  ['crankcase-mc', 'jabodetabek'],
  ['pump-shaft', 'jabodetabek'],
  ['machined-bushing', 'tegal'],
  ['machined-bushing', 'semarang'],
  ['machined-bushing', 'jabodetabek'],
];

const NEAR: Array<[string, string, string, string]> = [
  ['brake-drum', 'ceper', 'certification', 'IATF 16949'],
  ['brake-disc', 'ceper', 'certification', 'IATF 16949'],
  ['wheel-hub', 'ceper', 'certification', 'IATF 16949'],
  ['exhaust-muffler-car', 'purbalingga', 'certification', 'IATF 16949'],
  ['chassis-bracket', 'waru', 'certification', 'IATF 16949'],
  ['piston-rod', 'semarang', 'certification', 'IATF 16949'],
  ['pump-injector', 'ceper', 'tolerance', 'p-machining-cnc'],
  ['pump-injector', 'pasuruan', 'tolerance', 'p-machining-cnc'],
  ['brake-block-composite', 'ceper', 'tolerance', 'p-compression-moulding'],
  ['piston-rod', 'tegal', 'tolerance', 'p-grinding'],
  ['oil-pump-body', 'jabodetabek', 'tolerance', 'p-machining-cnc'],
  ['machined-bushing', 'pasuruan', 'tolerance', 'p-machining-cnc'],
  ['machined-bushing', 'sukabumi', 'tolerance', 'p-machining-cnc'],
  ['bracket-mc', 'purbalingga', 'tolerance', 'p-stamping'],
  ['brake-drum', 'tegal', 'material', 'm-fc250'],
  ['brake-disc', 'tegal', 'material', 'm-fc250'],
  ['pump-shaft', 'semarang', 'material', 'm-sus304'],
  ['line-clamp', 'ceper', 'process', 'p-plating'],
  ['chassis-bracket', 'tegal', 'process', 'p-painting'],
  ['exhaust-muffler-mc', 'waru', 'process', 'p-pipe-bending'],
  ['cylinder-sleeve', 'pasuruan', 'process', 'p-casting-centrifugal'],
  ['sprocket-mc', 'pasuruan', 'process', 'p-stamping'],
  ['manhole-cover', 'yogyakarta', 'capacity', ''],
  ['transmission-case', 'jabodetabek', 'capacity', ''],
];

const FAR = ['ball-bearing', 'taper-bearing', 'crankshaft', 'connecting-rod', 'gear-transmission', 'fuel-injector', 'piston-ring', 'ecu', 'cylinder-head', 'brake-caliper'];

describe('the seed’s designed substitution cases (seed/README.md)', () => {
  it.each(READY)('%s × %s is ready: every requirement met, capacity enough', (component, cluster) => {
    const o = get(component, cluster);
    expect(o.status).toBe('ready');
    expect(o.coverage).toBe(1);
    expect(o.gaps).toEqual([]);
    expect(o.capacityRatio).toBeGreaterThanOrEqual(1);
  });

  it.each(NEAR)('%s × %s is one %s gap away (%s)', (component, cluster, kind, what) => {
    const o = get(component, cluster);
    expect(o.status).toBe('near');
    expect(o.gaps).toHaveLength(1);
    const gap = o.gaps[0]!;
    expect(gap.kind).toBe(kind);
    if (kind === 'certification') expect(gap.certification).toBe(what);
    if (kind === 'tolerance' || kind === 'process') expect(gap.process).toBe(what);
    if (kind === 'material') expect(gap.material).toBe(what);
    if (kind === 'capacity') expect(o.capacityRatio).toBeLessThan(1);
  });

  it('names the capacity figures of the README: Yogyakarta 330 t for 3,000 t; Jabodetabek 1,210 t for 1,350 t', () => {
    const yog = get('manhole-cover', 'yogyakarta');
    expect([yog.capacityTonnes, yog.importTonnes]).toEqual([330, 3000]);
    expect(yog.gaps[0]).toEqual({ kind: 'capacity', lever: 'investment-pooling', capacityTonnes: 2670 });
    const jab = get('transmission-case', 'jabodetabek');
    expect([jab.capacityTonnes, jab.importTonnes]).toEqual([1210, 1350]);
  });

  it.each(FAR)('%s is far away: several gaps in every cluster', (component) => {
    const rows = all.filter((o) => o.component.id === `c-${component}`);
    expect(rows).toHaveLength(9);
    for (const o of rows) {
      expect(o.status).toBe('stretch');
      expect(o.gaps.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('the ECU is two gaps away even in Jabodetabek, and cylinder heads in Sukabumi lack tolerance, IATF and capacity', () => {
    expect(get('ecu', 'jabodetabek').gaps).toHaveLength(2);
    expect(get('cylinder-head', 'sukabumi').gaps.map((g) => g.kind).filter((k) => ['tolerance', 'certification', 'capacity'].includes(k))).toEqual([
      'tolerance',
      'certification',
      'capacity',
    ]);
  });
});
