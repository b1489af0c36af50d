// What-if interventions: sending an opportunity's gaps back for its cluster closes them (checked for
// every opportunity of the seed), firm-level interventions, the import value that becomes ready,
// and the 400s for what an intervention names (expected values worked out on hand-dataset.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { substitution, whatIf, whatIfRequestShape, type Intervention, type WhatIfRequest } from '../../server/analysis/substitution/index.ts';
import { AppError } from '../../server/errors.ts';
import { readDataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { handDataset } from './hand-dataset.ts';

const request = (interventions: Intervention[], limit = 5): WhatIfRequest => whatIfRequestShape.parse({ interventions, limit });

describe('what-if on the seed', () => {
  let store: EmbeddedStore;
  beforeAll(async () => {
    store = new EmbeddedStore(await readDataset('seed/indonesia'));
  });

  it('closing an opportunity’s gaps in its cluster makes its coverage 1 and its status ready, for every opportunity', async () => {
    const out = await substitution(store, { strategy: 'balanced', limit: 1000 });
    expect(out.opportunities).toHaveLength(out.total);
    let checked = 0;
    for (const o of out.opportunities) {
      if (o.gaps.length === 0) continue;
      // The gap objects are sent back exactly as the analysis gave them (kind and lever included).
      const res = await whatIf(store, request(o.gaps.map((g) => ({ target: o.cluster.id, add: g })), 1));
      const row = res.changed.find((c) => c.component.id === o.component.id && c.cluster.id === o.cluster.id);
      expect(row, `${o.component.id} × ${o.cluster.id}`).toBeDefined();
      expect(row!.before.status).toBe(o.status);
      expect(row!.after.coverage).toBe(1);
      expect(row!.after.gaps).toEqual([]);
      expect(row!.after.status).toBe('ready');
      checked++;
    }
    expect(checked).toBe(out.counts.near + out.counts.stretch);
  });

  it('does not change the stored facts: the same request twice gives the same answer', async () => {
    const req = request([{ target: 'cl-ceper', add: { certification: 'IATF 16949' } }]);
    const first = await whatIf(store, req);
    expect(await whatIf(store, req)).toEqual(first);
    // IATF for Ceper closes the one gap of brake drum, brake disc and wheel hub (seed/README.md).
    const ready = first.changed.filter((c) => c.cluster.id === 'cl-ceper' && c.after.status === 'ready').map((c) => c.component.id);
    expect(ready).toEqual(expect.arrayContaining(['c-brake-drum', 'c-brake-disc', 'c-wheel-hub']));
    const again = await substitution(store, { strategy: 'balanced', cluster: 'cl-ceper', component: 'c-brake-drum', limit: 1 });
    expect(again.opportunities[0]!.status).toBe('near');
  });
});

describe('what-if worked by hand', () => {
  const store = () => new EmbeddedStore(handDataset());

  it('a firm that gains CNC at exactly 0.05 mm makes drum × A ready', async () => {
    // f-a2 holds 0.08 mm; at 0.05 mm it meets the drum's 0.05 mm ("no coarser" includes equal).
    const res = await whatIf(store(), request([{ target: 'f-a2', add: { process: 'p-cnc', toleranceMm: 0.05 } }], 10));
    expect(res.changed.map((c) => [c.component.id, c.cluster.id, c.before.status, c.after.status])).toEqual([['c-drum', 'cl-a', 'near', 'ready']]);
    expect(res.changedTotal).toBe(1);
    // Before, no component had a ready cluster; after, the drum (USD 29,000) has.
    expect(res.readyImportValueUsd).toEqual({ before: 0, after: 29000, gained: 29000 });
    expect(res.readyBasisValueUsd).toEqual({ before: 0, after: 29000, gained: 29000 });
    expect(res.becameReady).toEqual([{ component: { id: 'c-drum', name: 'Drum' }, importValueUsd: 29000, basisValueUsd: 29000, clusters: ['cl-a'] }]);
    expect(res.counts).toEqual({ before: { ready: 0, near: 2, stretch: 2 }, after: { ready: 1, near: 1, stretch: 2 } });
    // f-a2 now meets p-cnc as well as m-fc250 (2); f-a1 still meets 3.
    const top = res.ranking.find((o) => o.component.id === 'c-drum' && o.cluster.id === 'cl-a')!;
    expect(top.candidates.map((c) => [c.id, c.meets])).toEqual([
      ['f-a1', 3],
      ['f-a2', 2],
    ]);
    expect(top.requirements.find((r) => r.process === 'p-cnc')!.metBy).toEqual(['f-a2']);
  });

  it('a pooled capability for a cluster meets the requirement with no member meeting it', async () => {
    const res = await whatIf(store(), request([{ target: 'cl-a', add: { process: 'p-cnc', toleranceMm: 0.02 } }], 10));
    const row = res.ranking.find((o) => o.component.id === 'c-drum' && o.cluster.id === 'cl-a')!;
    expect(row.status).toBe('ready');
    expect(row.requirements.find((r) => r.process === 'p-cnc')).toMatchObject({ met: true, metBy: [] });
  });

  it('capacity for B closes only the capacity gap of drum × B (still stretch: 3 gaps left)', async () => {
    const res = await whatIf(store(), request([{ target: 'cl-b', add: { capacityTonnes: 5 } }], 10));
    // 10 + 5 = 15 t = the 15 t imported: enough; the status stays stretch, so nothing "changed".
    expect(res.changed).toEqual([]);
    const row = res.ranking.find((o) => o.component.id === 'c-drum' && o.cluster.id === 'cl-b')!;
    expect(row.gaps.map((g) => g.kind)).toEqual(['process', 'material', 'certification']);
    expect(row.capacityRatio).toBe(1);
  });

  it.each([
    [{ target: 'cl-nowhere', add: { certification: 'ISO 9001' } }, 'interventions.0.target'],
    [{ target: 'f-buyer', add: { certification: 'ISO 9001' } }, 'interventions.0.target'],
    [{ target: 'cl-a', add: { process: 'p-laser' } }, 'interventions.0.add.process'],
    [{ target: 'cl-a', add: { material: 'm-gold' } }, 'interventions.0.add.material'],
    // No component of the hand dataset requires it and no firm holds it (ISO 9001 and IATF 16949 only).
    [{ target: 'cl-a', add: { certification: 'IATF16949' } }, 'interventions.0.add.certification'],
  ])('refuses %j with a 400 naming %s', async (intervention, field) => {
    const error = await whatIf(store(), request([intervention as Intervention])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(400);
    expect((error as AppError).message.startsWith(`${field}:`)).toBe(true);
  });

  it('the refusal of an unknown certification lists the ones the dataset has, in both languages', async () => {
    const asked = { interventions: [{ target: 'cl-a', add: { capacityTonnes: 5 } }, { target: 'cl-b', add: { certification: 'SNI 09-0025' } }] };
    const en = (await whatIf(store(), request(asked.interventions)).catch((e: unknown) => e)) as AppError;
    expect(en.message).toBe('interventions.1.add.certification: no component of the dataset requires "SNI 09-0025" and no firm holds it; the certifications it has: IATF 16949, ISO 9001');
    expect(en.messageIn('id')).toBe('interventions.1.add.certification: tidak ada komponen dalam data yang mensyaratkan "SNI 09-0025" dan tidak ada perusahaan yang memilikinya; sertifikasi yang ada: IATF 16949, ISO 9001');
    expect(en.details).toEqual({ field: 'interventions.1.add.certification', value: 'SNI 09-0025', known: ['IATF 16949', 'ISO 9001'] });
  });

  it('a certification spelt with other case and spacing is the dataset’s: the same answer as written there', async () => {
    const written = await whatIf(store(), request([{ target: 'cl-b', add: { certification: 'ISO 9001' } }], 10));
    const spelt = await whatIf(store(), request([{ target: 'cl-b', add: { certification: '  iso   9001 ' } }], 10));
    expect(spelt).toEqual(written);
    // And it took effect: B held no ISO 9001, which the drum requires (hand-dataset.ts), so drum × B
    // loses its certification gap and keeps the other three (see the capacity case above).
    const row = spelt.ranking.find((o) => o.component.id === 'c-drum' && o.cluster.id === 'cl-b')!;
    expect(row.gaps.map((g) => g.kind)).toEqual(['process', 'material', 'capacity']);
  });
});
