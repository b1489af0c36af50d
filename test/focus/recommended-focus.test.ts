// The recommended links of a view focused by tier or province (server/focus/recommended.ts) are
// asked of the ranking for the candidates touching the focus firms, not filtered from the whole
// ranking (25 million candidates at national scale, which ran the server out of memory). The
// reference is the definition the view had before: the whole ranking under the cluster and
// component filters (missingLinks without a limit), kept where the supplier or the buyer passes
// the firm filters, counted, and cut at the view's limit.
import { describe, expect, it } from 'vitest';
import { missingLinks } from '../../server/analysis/links/index.ts';
import { graphView, RECOMMENDED_LIMIT } from '../../server/focus/index.ts';
import type { Dataset } from '../../server/model/index.ts';
import { EmbeddedStore, type GraphQuery } from '../../server/store/index.ts';
import { SEED_AND_GENERATED } from '../helpers/datasets.ts';

function queries(d: Dataset): GraphQuery[] {
  const provinces = [...new Set(d.firms.map((f) => f.province).filter((p) => p !== undefined))].slice(0, 2);
  const component = d.needs[0]!.component;
  const out: GraphQuery[] = [];
  for (const tier of ['IKM', 'TIER2', 'OEM'] as const) out.push({ view: 'network', tier, links: 'recommended' });
  for (const province of provinces) out.push({ view: 'tiers', province, links: 'recommended' }, { view: 'map', province, tier: 'IKM', links: 'recommended' });
  out.push({ view: 'network', tier: 'IKM', cluster: d.clusters[0]!.id, links: 'recommended' }, { view: 'tiers', tier: 'TIER1', component, links: 'recommended' });
  return out;
}

describe('a view focused by tier or province draws the best recommended links touching its focus', () => {
  it.each(SEED_AND_GENERATED)('on the %s dataset', async (_name, load) => {
    const dataset = await load();
    const store = new EmbeddedStore(dataset);
    const byId = new Map(dataset.firms.map((f) => [f.id, f]));
    const clusterOf = new Map(dataset.firms.map((f) => [f.id, f.cluster]));
    let drawn = 0;
    for (const q of queries(dataset)) {
      const passes = (id: string): boolean => {
        const f = byId.get(id)!;
        return (q.tier === undefined || f.tier === q.tier) && (q.province === undefined || f.province === q.province) && (q.cluster === undefined || clusterOf.get(id) === q.cluster);
      };
      const whole = await missingLinks(store, { cluster: q.cluster, component: q.component });
      const touching = whole.recommendations.filter((r) => passes(r.supplier.id) || passes(r.buyer.id));
      const answer = await graphView(store, q);
      const links = answer.links.filter((l) => l.type === 'RECOMMENDED');
      expect(answer.recommended, JSON.stringify(q)).toEqual({ shown: Math.min(RECOMMENDED_LIMIT, touching.length), total: touching.length, limit: RECOMMENDED_LIMIT, pinned: null });
      const expected = touching.slice(0, RECOMMENDED_LIMIT).map((r) => `${r.supplier.id}>${r.buyer.id}:${r.component.id}:${r.score}`);
      expect(links.map((l) => `${l.source}>${l.target}:${l.component}:${l.score}`).sort(), JSON.stringify(q)).toEqual(expected.sort());
      drawn += links.length;
    }
    // The queries draw links at all (a reference of empty lists would prove nothing).
    expect(drawn).toBeGreaterThan(50);
  }, 120_000);
});
