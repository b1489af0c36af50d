// The score and status buffers of an evaluation are reused by the next one (pair-buffers.ts, issue
// 16: fresh ones per request made V8 collect its whole heap every few what-ifs at national scale).
// What could go wrong is an answer built from what an earlier request left in them: each answer
// below is checked against the same request on a fresh store, after other requests of the same
// size have used the buffers, and the buffers are checked to be reused at all.
import { beforeAll, describe, expect, it } from 'vitest';
import { substitution, whatIf, type SubstitutionQuery, type WhatIfInput } from '../../server/analysis/substitution/index.ts';
import { givePairBuffers, takePairBuffers } from '../../server/analysis/substitution/pair-buffers.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { generateDataset } from '../../seed/generator/index.ts';

// 240 clusters × the imported components: over 65,536 pairs, the smallest size the pool keeps.
const dataset = () => generateDataset({ clusters: 240, firms: 4000, components: 800, seed: 5 });

describe('reused pair buffers', () => {
  let store: EmbeddedStore;
  let pairs: number;
  beforeAll(async () => {
    store = new EmbeddedStore(dataset());
    pairs = (await substitution(store, { strategy: 'balanced', limit: 1 })).total;
  });

  it('are reused for large evaluations and not for small ones', () => {
    expect(pairs).toBeGreaterThanOrEqual(65_536);
    const large = takePairBuffers(pairs);
    givePairBuffers(large);
    expect(takePairBuffers(pairs)).toBe(large);
    const small = takePairBuffers(416);
    givePairBuffers(small);
    expect(takePairBuffers(416)).not.toBe(small);
  });

  it('give every answer as a fresh store does, whatever ran before', async () => {
    const ranking: SubstitutionQuery = { strategy: 'balanced', limit: 30 };
    // Two pairs one gap short of ready: closing each gap changes at least that pair's status.
    const near = (await substitution(store, { ...ranking, limit: 1000 })).opportunities.filter((o) => o.status === 'near');
    const [a, b] = [near[0]!, near.at(-1)!];
    const asks: WhatIfInput[] = [
      { strategy: 'balanced', limit: 20, interventions: a.gaps.map((g) => ({ target: a.cluster.id, add: g })) },
      { strategy: 'ready-now', limit: 20, interventions: b.gaps.map((g) => ({ target: b.cluster.id, add: g })), importBasis: 'buyers' },
    ];
    // Interleaved: each request takes the buffers the one before it released.
    const answers = [];
    for (const ask of [...asks, ...asks]) answers.push(await whatIf(store, ask));
    const rankingAfter = await substitution(store, { ...ranking, strategy: 'ready-now' });
    const fresh = async () => new EmbeddedStore(dataset());
    expect(answers[0]).toEqual(await whatIf(await fresh(), asks[0]!));
    expect(answers[1]).toEqual(await whatIf(await fresh(), asks[1]!));
    expect(answers[2]).toEqual(answers[0]);
    expect(answers[3]).toEqual(answers[1]);
    expect(rankingAfter).toEqual(await substitution(await fresh(), { ...ranking, strategy: 'ready-now' }));
    // And the interventions changed something, so the comparison is not of two empty lists.
    expect(answers[0]!.changedTotal).toBeGreaterThan(0);
    expect(answers[1]!.changedTotal).toBeGreaterThan(0);
  });
});
