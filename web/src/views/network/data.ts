// Fetches what the network view draws: the focused network of /api/graph (with the recommended
// links touching the focus, and the selected recommended link pinned), the chosen size measure,
// and turns them into a scene (positions come from the layout).
import type { GraphLinkOut, GraphOut } from '../../../../server/store/shapes.ts';
import { ApiError, getCached, getJson } from '../../app/api.ts';
import { nodeName } from '../../app/countries.ts';
import { MISSING_COLOUR, SUPPLY_COLOUR } from '../../app/palette.ts';
import { graphFilters, type AppState } from '../../app/state.ts';
import { RIM } from '../../graph/layout-types.ts';
import { shortName } from '../../graph/labels.ts';
import { isGrouped, memberRadius, overviewName } from '../../graph/overview.ts';
import type { Scene, SceneLink, SceneNode } from '../../graph/scene.ts';
import { colourOf, shapeOf } from '../../graph/symbols.ts';

export interface NetworkData extends LoadedGraph {
  measure: Map<string, number>;
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

/** The graph a view draws, and what of it could not be had. */
export interface LoadedGraph {
  graph: GraphOut;
  /** Why the selected link could not be drawn (an unknown or stale `sel`), or null. */
  pinError: string | null;
  /** Why the recommended links are left out (the server could not rank them: busy, or past its time or memory budget), or null. */
  linksError: string | null;
}

/**
 * The view's graph: /api/graph for the state's view and filters, with links=recommended when the
 * recommended links are shown and pin=<sel> when a recommended link is selected, so the chosen
 * link is drawn whatever the focus. A pin the server rejects is dropped (and reported).
 * `group=auto`: past OVERVIEW_FIRMS firms the unfocused view is an overview (graph/overview.ts);
 * the seed and every focused view stay firm by firm, up to the server's limit or the `groupPast`
 * a view passes in `extra` (the Tiers view draws at most TIERS_VIEW_ROWS rows).
 * Recommended links need the missing-links ranking of the whole dataset (25 million candidates
 * at national scale); when the server answers 503 for it, the view is still worth drawing, so
 * the graph is fetched again without them and the reason is reported instead of a blank view.
 */
export async function loadGraph(view: 'network' | 'tiers' | 'map', state: AppState, extra: Record<string, string> = {}): Promise<LoadedGraph> {
  const params = { view, ...graphFilters(state), group: 'auto', ...extra };
  if (!state.missing) return { ...(await loadPinned(params, state)), linksError: null };
  try {
    return { ...(await loadPinned({ ...params, links: 'recommended' }, state)), linksError: null };
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 503) throw error;
    return { graph: await getJson<GraphOut>('graph', params), pinError: null, linksError: error.message };
  }
}

async function loadPinned(params: Record<string, string>, state: AppState): Promise<Omit<LoadedGraph, 'linksError'>> {
  if (!state.sel.includes('|')) return { graph: await getJson<GraphOut>('graph', params), pinError: null };
  try {
    return { graph: await getJson<GraphOut>('graph', { ...params, pin: state.sel }), pinError: null };
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 400) throw error;
    return { graph: await getJson<GraphOut>('graph', params), pinError: error.message };
  }
}

export async function loadNetwork(state: AppState): Promise<NetworkData> {
  const loaded = await loadGraph('network', state);
  return { ...loaded, measure: await loadMeasure(state, loaded.graph) };
}

export async function loadMeasure(state: AppState, graph: GraphOut): Promise<Map<string, number>> {
  if (state.measure === 'import') return importValues(await getCached<GraphOut>('graph', { view: 'tiers', group: 'auto' }));
  if (state.measure === 'betweenness') {
    const m = await getCached<MetricsOut>('analysis/metrics');
    return new Map(m.firms.map((f) => [f.id, f.betweenness]));
  }
  if (state.measure === 'capacity') {
    return new Map(graph.nodes.filter((n) => typeof n.capacityTonnes === 'number').map((n) => [n.id, n.capacityTonnes as number]));
  }
  return new Map();
}

export type RecommendedLinkOut = GraphLinkOut & { type: 'RECOMMENDED' };
export const recommendedLinks = (graph: GraphOut): RecommendedLinkOut[] => graph.links.filter((l): l is RecommendedLinkOut => l.type === 'RECOMMENDED');

/**
 * How much a node's label matters (higher is placed first, 0: no label unless selected):
 * an overview's province nodes, clusters, then OEMs, then the firms around a focus (the story of a focused view), then buyers
 * and tier-1 firms; other firms only in a focused view.
 */
export function labelPriority(n: { label: string; tier?: string | undefined; role?: 'focus' | 'context' | undefined }, focused: boolean): number {
  // A province node (an overview's tier 1 or tier 2 in one province) is labelled first: there are
  // few of them and, unlabelled, nothing tells them apart; then the clusters.
  if (n.label === 'Group') return 90;
  if (n.label === 'Cluster') return 80;
  if (n.tier === 'OEM') return 70;
  if (n.role === 'context') return 60;
  if (n.tier === 'BUYER' || n.tier === 'TIER1') return 40;
  return focused ? 20 : 0;
}

/**
 * The layout group of each node (the layout pulls a group towards its anchor on a ring; '' is the
 * middle). Firms group by cluster, and the firms around a focus form a group of their own beside
 * it. In an overview the clusters group by province, and the province's tier 1 and tier 2 nodes
 * sit just outside them (RIM, where their labels name the province), so the national picture
 * reads as provinces around the OEMs and large buyers in the middle (one anchor per cluster drew
 * 416 clusters as one ball).
 */
export function layoutGroups(nodes: ReadonlyArray<{ id: string; label: string; tier?: string | undefined; role?: string | undefined; cluster?: string | undefined; province?: unknown }>, overview: boolean): string[] {
  return nodes.map((n) => {
    if (overview && (n.label === 'Cluster' || n.label === 'Group') && typeof n.province === 'string' && n.province !== '') return `province:${n.province}${n.label === 'Group' ? RIM : ''}`;
    if (n.label === 'Cluster') return n.id;
    if (n.label === 'Group') return `~${n.tier ?? ''}`;
    return n.role === 'context' ? '~context' : (n.cluster ?? '');
  });
}

/** Each node's drawn radius (layout units), by index: the scene's, and the overview layout's collision room. */
export function nodeRadii(data: NetworkData): number[] {
  let max = 0;
  for (const v of data.measure.values()) max = Math.max(max, v);
  // In an overview a cluster or province node is sized by the firms it stands for.
  let largest = 0;
  for (const n of data.graph.nodes) if (isGrouped(n)) largest = Math.max(largest, n.members ?? 0);
  return data.graph.nodes.map((n) => {
    // At most 12 px: an overview's 416 clusters of similar size at the default 18 px covered each
    // other in one blob (the layout places them as points).
    const base = isGrouped(n) ? memberRadius(n.members ?? 0, largest, 4, 12) : n.label === 'Cluster' ? 9 : 5;
    return data.measure.size > 0 && n.label === 'Firm' ? 3 + 13 * Math.sqrt(max > 0 ? (data.measure.get(n.id) ?? 0) / max : 0) : base;
  });
}

/**
 * The scene; nodes without a position yet sit at 0,0 until the layout fills them in. `focusCluster`:
 * the cluster filter's id, whose node is labelled whatever crowds it (a province's clusters are not:
 * fifty names kept over each other's circles hid the picture).
 */
export function buildScene(data: NetworkData, positions: Map<string, [number, number]>, focusCluster = ''): Scene {
  const radii = nodeRadii(data);
  const nodes: SceneNode[] = data.graph.nodes.map((n, i) => {
    const [x, y] = positions.get(n.id) ?? [0, 0];
    const r = radii[i]!;
    const name = isGrouped(n) ? overviewName(n) : nodeName(n);
    return { id: n.id, label: n.label, name, tier: n.tier, x, y, r, shape: shapeOf(n), colour: colourOf(n), role: n.role, labelText: isGrouped(n) ? overviewName(n, shortName(n.name, 30)) : shortName(name), labelPriority: labelPriority(n, data.graph.focused), labelKeep: focusCluster !== '' && n.id === focusCluster };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const links: SceneLink[] = [];
  for (const l of data.graph.links) {
    const s = byId.get(l.source);
    const t = byId.get(l.target);
    if (!s || !t) continue;
    if (l.type === 'RECOMMENDED') links.push({ id: l.id, s, t, kind: 'missing', width: 1.8, colour: MISSING_COLOUR, role: l.role });
    else if (l.type === 'MEMBER_OF') links.push({ id: l.id, s, t, kind: 'member', width: 0.6, colour: '#bbbbbb', role: l.role });
    else links.push({ id: l.id, s, t, kind: 'supply', width: 1.4, colour: SUPPLY_COLOUR, role: l.role });
  }
  return { nodes, links };
}
