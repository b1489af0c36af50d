// Builds the D3 views from the part of the graph they show. Both stores fetch their nodes and
// relationships and call this, so filters mean exactly the same thing on either store.
//
// network: firms and clusters; SUPPLIES and MEMBER_OF links.
// tiers:   firms and countries; SUPPLIES and IMPORTS links (import flows enter from the side).
// Filters: tier, province keep matching firms; cluster keeps its members and the cluster itself;
// component keeps SUPPLIES/IMPORTS links of that component and firms that make, need, supply,
// buy or import it. Links are kept when both ends are kept; countries and clusters are kept when
// a kept link reaches them (or, for a cluster filter, when named).
import type { GraphNode, GraphRel } from '../model/index.ts';
import { UnknownIdError } from '../errors.ts';
import type { GraphLinkOut, GraphNodeOut, GraphOut, GraphQuery } from './shapes.ts';

export const VIEW_LABELS = { network: ['Firm', 'Cluster'], tiers: ['Firm', 'Country'] } as const;
export const VIEW_REL_TYPES = {
  network: ['SUPPLIES', 'MEMBER_OF'],
  tiers: ['SUPPLIES', 'IMPORTS'],
} as const;
/** Extra relationships needed only to apply the component filter and the cluster grouping. */
export const FILTER_REL_TYPES = ['MAKES', 'NEEDS', 'MEMBER_OF'] as const;

export interface ViewInput {
  nodes: GraphNode[];
  rels: GraphRel[];
  /** All component ids and cluster ids, to tell an unknown filter value from an empty answer. */
  componentIds: ReadonlySet<string>;
  clusterIds: ReadonlySet<string>;
}

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function nodeOut(node: GraphNode, cluster?: string): GraphNodeOut {
  const out: GraphNodeOut = { ...node.props, id: node.id, label: node.label, name: String(node.props.name ?? node.id) };
  if (cluster !== undefined) out.cluster = cluster;
  return out;
}

export function linkOut(rel: GraphRel): GraphLinkOut {
  return { ...rel.props, id: rel.key, source: rel.from, target: rel.to, type: rel.type };
}

export function buildView(input: ViewInput, query: GraphQuery): GraphOut {
  const view = query.view;
  if (query.cluster !== undefined && !input.clusterIds.has(query.cluster)) throw new UnknownIdError('cluster', query.cluster, 'cluster');
  if (query.component !== undefined && !input.componentIds.has(query.component)) {
    throw new UnknownIdError('component', query.component, 'component');
  }
  const labels = new Set<string>(VIEW_LABELS[view]);
  const types = new Set<string>(VIEW_REL_TYPES[view]);
  const clusterOf = new Map<string, string>();
  const touchesComponent = new Set<string>();
  for (const r of input.rels) {
    if (r.type === 'MEMBER_OF') clusterOf.set(r.from, r.to);
    if (query.component !== undefined) {
      if ((r.type === 'MAKES' || r.type === 'NEEDS') && r.to === query.component) touchesComponent.add(r.from);
      if ((r.type === 'SUPPLIES' || r.type === 'IMPORTS') && r.props.component === query.component) {
        touchesComponent.add(r.from);
        touchesComponent.add(r.to);
      }
    }
  }
  const keepFirm = (n: GraphNode): boolean =>
    (query.tier === undefined || n.props.tier === query.tier) &&
    (query.province === undefined || n.props.province === query.province) &&
    (query.cluster === undefined || clusterOf.get(n.id) === query.cluster) &&
    (query.component === undefined || touchesComponent.has(n.id));

  const kept = new Map<string, GraphNode>();
  const others = new Map<string, GraphNode>();
  for (const n of input.nodes) {
    if (!labels.has(n.label)) continue;
    if (n.label === 'Firm') {
      if (keepFirm(n)) kept.set(n.id, n);
    } else others.set(n.id, n);
  }
  const links: GraphLinkOut[] = [];
  for (const r of input.rels) {
    if (!types.has(r.type)) continue;
    if (query.component !== undefined && r.type !== 'MEMBER_OF' && r.props.component !== query.component) continue;
    if (!kept.has(r.from)) continue;
    const other = others.get(r.to);
    if (other) kept.set(other.id, other);
    else if (!kept.has(r.to)) continue;
    links.push(linkOut(r));
  }
  if (query.cluster !== undefined && others.has(query.cluster)) kept.set(query.cluster, others.get(query.cluster)!);
  // Without firm filters every cluster/country of the view is shown, linked or not.
  const unfiltered = query.tier === undefined && query.province === undefined && query.cluster === undefined && query.component === undefined;
  if (unfiltered) for (const n of others.values()) kept.set(n.id, n);

  const nodes = [...kept.values()].map((n) => nodeOut(n, n.label === 'Firm' ? clusterOf.get(n.id) : undefined)).sort(byId);
  links.sort(byId);
  return { view, nodes, links };
}
