// Fetches what the network view draws: the filtered network, the chosen size measure and the
// recommended missing links, and turns them into a scene (positions come from the layout).
import type { MissingLinksOut } from '../../../../server/analysis/links/index.ts';
import type { GraphOut } from '../../../../server/store/shapes.ts';
import { getCached, getJson } from '../../app/api.ts';
import { MISSING_COLOUR, SUPPLY_COLOUR } from '../../app/palette.ts';
import { graphFilters, type AppState } from '../../app/state.ts';
import type { Scene, SceneLink, SceneNode } from '../../graph/scene.ts';
import { colourOf, shapeOf } from '../../graph/symbols.ts';

export type Recommendation = MissingLinksOut['recommendations'][number];

export interface NetworkData {
  graph: GraphOut;
  measure: Map<string, number>;
  missing: Recommendation[];
}

interface MetricsOut {
  firms: Array<{ id: string; betweenness: number }>;
}

/** A firm's imports: the latest year of each (component, origin) flow, summed. */
function importValues(tiers: GraphOut): Map<string, number> {
  const latest = new Map<string, { year: number; value: number }>();
  for (const l of tiers.links) {
    if (l.type !== 'IMPORTS') continue;
    const key = `${l.source}|${String(l.component)}|${l.target}`;
    const year = Number(l.year ?? 0);
    const prev = latest.get(key);
    if (!prev || year > prev.year) latest.set(key, { year, value: Number(l.valueUsd ?? 0) });
  }
  const out = new Map<string, number>();
  for (const [key, { value }] of latest) {
    const firm = key.split('|')[0]!;
    out.set(firm, (out.get(firm) ?? 0) + value);
  }
  return out;
}

export async function loadNetwork(state: AppState): Promise<NetworkData> {
  const graph = await getJson<GraphOut>('graph', { view: 'network', ...graphFilters(state) });
  const [measure, missing] = await Promise.all([loadMeasure(state, graph), state.missing ? loadMissing() : Promise.resolve([])]);
  return { graph, measure, missing };
}

export async function loadMeasure(state: AppState, graph: GraphOut): Promise<Map<string, number>> {
  if (state.measure === 'import') return importValues(await getCached<GraphOut>('graph', { view: 'tiers' }));
  if (state.measure === 'betweenness') {
    const m = await getCached<MetricsOut>('analysis/metrics');
    return new Map(m.firms.map((f) => [f.id, f.betweenness]));
  }
  if (state.measure === 'capacity') {
    return new Map(graph.nodes.filter((n) => typeof n.capacityTonnes === 'number').map((n) => [n.id, n.capacityTonnes as number]));
  }
  return new Map();
}

export async function loadMissing(): Promise<Recommendation[]> {
  try {
    return (await getCached<MissingLinksOut>('analysis/missing-links', { limit: 50 })).recommendations;
  } catch {
    return []; // the picture still works without recommendations; the links panel shows the error
  }
}

export const missingId = (r: Pick<Recommendation, 'supplier' | 'buyer' | 'component'>): string => `${r.supplier.id}|${r.buyer.id}|${r.component.id}`;

/** The scene; nodes without a position yet sit at 0,0 until the layout fills them in. */
export function buildScene(data: NetworkData, positions: Map<string, [number, number]>): Scene {
  let max = 0;
  for (const v of data.measure.values()) max = Math.max(max, v);
  const nodes: SceneNode[] = data.graph.nodes.map((n) => {
    const [x, y] = positions.get(n.id) ?? [0, 0];
    const v = data.measure.get(n.id) ?? 0;
    const base = n.label === 'Cluster' ? 9 : 5;
    const r = data.measure.size > 0 && n.label === 'Firm' ? 3 + 13 * Math.sqrt(max > 0 ? v / max : 0) : base;
    return { id: n.id, label: n.label, name: n.name, tier: n.tier, x, y, r, shape: shapeOf(n), colour: colourOf(n) };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const links: SceneLink[] = [];
  for (const l of data.graph.links) {
    const s = byId.get(l.source);
    const t = byId.get(l.target);
    if (!s || !t) continue;
    const member = l.type === 'MEMBER_OF';
    links.push({ id: l.id, s, t, kind: member ? 'member' : 'supply', width: member ? 0.6 : 1.4, colour: member ? '#bbbbbb' : SUPPLY_COLOUR });
  }
  for (const r of data.missing) {
    const s = byId.get(r.supplier.id);
    const t = byId.get(r.buyer.id);
    if (s && t) links.push({ id: missingId(r), s, t, kind: 'missing', width: 1.8, colour: MISSING_COLOUR });
  }
  return { nodes, links };
}
