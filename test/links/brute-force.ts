// The reference the ranking of missing links is tested against: the implementation before the
// ranking index (select.ts) existed — every candidate's full facts listed (embeddedCandidateRows,
// the rows missing-links.cypher returns without $candidates) and all of them ranked by recommend().
// It is slow (minutes and gigabytes at national scale) but has no bounds, heaps or blocking that
// could drop a candidate. Likewise for the clusters without an OEM path.
import {
  embeddedCandidateRows,
  embeddedRowsOf,
  indexGraph,
  isCapable,
  nameOf,
  tierOf,
  normaliseCandidate,
  normaliseNoOem,
  missingLinksLabels,
  recommend,
  type GraphIndex,
  type MissingLinksOptions,
  type MissingLinksOut,
  type NoOemRow,
} from '../../server/analysis/links/index.ts';
import type { GraphStore } from '../../server/store/index.ts';

export async function bruteForceMissingLinks(store: GraphStore, options: MissingLinksOptions = {}): Promise<MissingLinksOut> {
  const snap = await store.snapshot();
  const index = indexGraph(snap);
  const filter = { buyer: options.buyer ?? null, cluster: options.cluster ?? null, component: options.component ?? null };
  const lang = options.lang ?? 'en';
  // touching: the candidates with an end among the firms (what a focused view's links keep); a tier
  // or province keeps the firms of the snapshot with those properties (both: a firm of both).
  const tier = options.tier ?? null;
  const province = options.province ?? null;
  const narrowed = tier !== null || province !== null;
  const touching =
    options.touching ??
    (narrowed ? new Set(snap.nodes.filter((n) => n.label === 'Firm' && (tier === null || n.props.tier === tier) && (province === null || n.props.province === province)).map((n) => n.id)) : undefined);
  const rows = embeddedCandidateRows(index, filter).filter((r) => !touching || touching.has(r.supplier) || touching.has(r.buyer));
  const { total, recommendations } = recommend(rows.map(normaliseCandidate), options.limit, undefined, lang);
  return { filters: { ...filter, tier, province, limit: options.limit ?? null }, total, recommendations, clustersWithoutOemPath: normaliseNoOem(noOemRowsFromIndex(index)), lang, labels: missingLinksLabels(lang) };
}

/** Clusters without an OEM path as computed before (over the whole graph index): no member reaches an OEM upward. */
function noOemRowsFromIndex(index: GraphIndex): NoOemRow[] {
  const reached = new Set(index.firms.filter((f) => tierOf(index, f) === 'OEM'));
  const queue = [...reached];
  for (let head = 0; head < queue.length; head++) {
    for (const r of index.suppliesIn.get(queue[head]!) ?? []) {
      if (!reached.has(r.from)) {
        reached.add(r.from);
        queue.push(r.from);
      }
    }
  }
  const clusters = [...index.nodes.values()].filter((n) => n.label === 'Cluster').map((n) => n.id);
  return clusters
    .filter((c) => !(index.membersOf.get(c) ?? []).some((m) => reached.has(m)))
    .map((c) => {
      const members = index.membersOf.get(c) ?? [];
      const buyers = new Set(members.flatMap((m) => (index.suppliesOut.get(m) ?? []).map((r) => r.to)));
      return {
        cluster: c,
        name: nameOf(index, c),
        members: members.length,
        suppliers: members.filter((m) => (index.suppliesOut.get(m) ?? []).length > 0).length,
        buyers: [...buyers].map((id) => ({ id, name: nameOf(index, id), tier: tierOf(index, id) as NoOemRow['buyers'][number]['tier'] })),
      };
    });
}

/**
 * Every candidate whose supplier is one of `suppliers` (and, when given, whose buyer or component is
 * the one named), found by testing each supplier against each demand pair with the requirement rule
 * of requirements.ts, ranked by recommend(): a brute force restricted to a sample of suppliers,
 * cheap enough for a large dataset.
 */
export function bruteForceForSuppliers(index: GraphIndex, suppliers: readonly string[], only: { buyer?: string; component?: string } = {}, limit?: number) {
  const candidates: Array<{ supplier: string; buyer: string; component: string }> = [];
  for (const buyer of index.firms) {
    if (only.buyer !== undefined && buyer !== only.buyer) continue;
    const demand = new Set<string>(index.needs.get(buyer)?.keys() ?? []);
    for (const p of index.imports.get(buyer)?.keys() ?? []) if (index.nodes.get(p)?.label === 'Component') demand.add(p);
    for (const component of demand) {
      if (only.component !== undefined && component !== only.component) continue;
      for (const supplier of suppliers) {
        if (supplier === buyer || index.supplyTriples.has(`${supplier}|${buyer}|${component}`)) continue;
        if (index.makers.get(component)?.has(supplier) || isCapable(index, supplier, component)) candidates.push({ supplier, buyer, component });
      }
    }
  }
  return recommend(embeddedRowsOf(index, candidates).map(normaliseCandidate), limit);
}
