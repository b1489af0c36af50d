// The overview of an unfocused view (server/store/overview) from the in-process graph: one pass
// over the firms and one over the relationships, summing per drawn node instead of copying 100,000
// firms into a view.
import type { MultiDirectedGraph } from 'graphology';
import type { GraphNode, GraphRel, NodeLabel, Props, RelType, Tier } from '../../model/index.ts';
import type { GraphView } from '../shapes.ts';
import { extraFirmIds, VIEW_REL_TYPES, type ViewExtras } from '../views.ts';
import { drawnAs, emptyStats, type FirmStats, type Grouping, type OverviewCluster, type OverviewGroup, type OverviewImport, type OverviewInput, type OverviewSupply } from '../overview/index.ts';

interface NodeAttrs {
  label: NodeLabel;
  props: Props;
}
interface EdgeAttrs {
  type: RelType;
  props: Props;
}
type Graph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

/** Each firm's cluster (MEMBER_OF; a firm has at most one). */
function clustersOf(g: Graph): Map<string, string> {
  const out = new Map<string, string>();
  g.forEachEdge((_key, a, source, target) => {
    if (a.type === 'MEMBER_OF' && !out.has(source)) out.set(source, target);
  });
  return out;
}

function statsOf(g: Graph, clusterOf: ReadonlyMap<string, string>): FirmStats {
  const stats = emptyStats();
  g.forEachNode((id, a) => {
    if (a.label !== 'Firm') return;
    const s = stats[a.props.tier as Tier];
    if (!s) return;
    s.firms++;
    if (clusterOf.has(id)) s.inCluster++;
  });
  return stats;
}

/**
 * Each firm's cluster and the firms per tier (what group=auto decides on): the same for every
 * overview of a dataset, so the store keeps them per data version (a pass over every relationship,
 * 0.1–0.2 s at national scale, which each overview used to make twice).
 */
export interface FirmClusters {
  readonly clusterOf: ReadonlyMap<string, string>;
  readonly stats: FirmStats;
}

export function embeddedFirmClusters(g: Graph): FirmClusters {
  const clusterOf = clustersOf(g);
  return { clusterOf, stats: statsOf(g, clusterOf) };
}

/**
 * An overview's input without the drawn ends of the extra links (a pin, recommended links): the
 * same for every request of one grouping and one view's relationship types, so the store keeps the
 * last few (a pass over every relationship, about 0.3 s at national scale, which a request with a
 * new pin, links or language used to make again).
 */
export interface OverviewBase {
  readonly input: Omit<OverviewInput, 'drawnAs'>;
  /** Each firm's drawn node: itself, its cluster or its tier's province node. */
  readonly drawn: ReadonlyMap<string, string>;
}

const withImports = (view: GraphView): boolean => (VIEW_REL_TYPES[view] as readonly string[]).includes('IMPORTS');

/** What an OverviewBase depends on besides the data: the grouping's parts and whether imports are drawn. */
export const overviewBaseKey = (grouping: Grouping, view: GraphView): string => `${grouping.clusters}|${grouping.tiers.join(',')}|${withImports(view)}`;

/** The overview's input: its base with the drawn nodes of the extra links' firms. */
export function overviewInputOf(base: OverviewBase, extras: ViewExtras): OverviewInput {
  const ends = new Map<string, string>();
  for (const id of extraFirmIds(extras)) ends.set(id, base.drawn.get(id) ?? id);
  return { ...base.input, drawnAs: ends };
}

export function embeddedOverviewBase(g: Graph, { clusterOf, stats }: FirmClusters, grouping: Grouping, view: GraphView): OverviewBase {
  const drawn = new Map<string, string>();
  const clusters = new Map<string, OverviewCluster>();
  const groups = new Map<string, OverviewGroup>();
  const firms: OverviewInput['firms'] = [];
  const countries: GraphNode[] = [];
  g.forEachNode((id, a) => {
    if (a.label === 'Cluster') clusters.set(id, { id, props: a.props, members: 0, capacityTonnes: 0 });
    else if (a.label === 'Country') countries.push({ id, label: a.label, props: a.props });
  });
  g.forEachNode((id, a) => {
    if (a.label !== 'Firm') return;
    const cluster = clusterOf.get(id) ?? null;
    const as = drawnAs(grouping, { id, tier: a.props.tier, province: a.props.province, cluster });
    drawn.set(id, as);
    if (as === id) return void firms.push({ id, props: a.props, cluster });
    const c = clusters.get(as);
    if (c) {
      c.members++;
      c.capacityTonnes += num(a.props.capacityTonnes);
      return;
    }
    let group = groups.get(as);
    if (!group) groups.set(as, (group = { tier: a.props.tier as Tier, province: typeof a.props.province === 'string' ? a.props.province : '', members: 0, capacityTonnes: 0, latSum: 0, lonSum: 0, placed: 0 }));
    group.members++;
    group.capacityTonnes += num(a.props.capacityTonnes);
    if (typeof a.props.lat === 'number' && typeof a.props.lon === 'number') {
      group.latSum += a.props.lat;
      group.lonSum += a.props.lon;
      group.placed++;
    }
  });

  const imported = withImports(view);
  const supplies = new Map<string, OverviewSupply>();
  const memberOf: GraphRel[] = [];
  /** The latest-year IMPORTS of each (importer, component, origin), and the records behind it. */
  const latest = new Map<string, { importer: string; country: string; year: number; value: number; records: number }>();
  g.forEachEdge((key, a, source, target) => {
    if (a.type === 'SUPPLIES') {
      const s = drawn.get(source) ?? source;
      const t = drawn.get(target) ?? target;
      const component = String(a.props.component ?? '');
      const k = `${s}\u0000${t}\u0000${component}`;
      let row = supplies.get(k);
      if (!row) supplies.set(k, (row = { source: s, target: t, component, links: 0, valueUsd: 0, unitsPerYear: 0 }));
      row.links++;
      row.valueUsd += num(a.props.valueUsd);
      row.unitsPerYear += num(a.props.unitsPerYear);
    } else if (a.type === 'MEMBER_OF') {
      if (drawn.get(source) === source) memberOf.push({ key, type: a.type, from: source, to: target, props: a.props });
    } else if (a.type === 'IMPORTS' && imported) {
      const k = `${source}\u0000${String(a.props.component ?? '')}\u0000${target}`;
      const year = num(a.props.year);
      const prev = latest.get(k);
      if (!prev) latest.set(k, { importer: source, country: target, year, value: num(a.props.valueUsd), records: 1 });
      else {
        prev.records++;
        if (year > prev.year) Object.assign(prev, { year, value: num(a.props.valueUsd) });
      }
    }
  });
  const imports = new Map<string, OverviewImport>();
  for (const f of latest.values()) {
    const s = drawn.get(f.importer) ?? f.importer;
    const k = `${s}\u0000${f.country}`;
    let row = imports.get(k);
    if (!row) imports.set(k, (row = { source: s, target: f.country, flows: 0, records: 0, valueUsd: 0, year: 0 }));
    row.flows++;
    row.records += f.records;
    row.valueUsd += f.value;
    row.year = Math.max(row.year, f.year);
  }

  return { input: { stats, clusters: [...clusters.values()], groups: [...groups.values()], firms, memberOf, supplies: [...supplies.values()], imports: [...imports.values()], countries }, drawn };
}
