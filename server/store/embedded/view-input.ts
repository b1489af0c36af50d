// The part of the in-process graph a focused /api/graph query reads (views.ts, "What a store must
// hand to buildView"), gathered through graphology's adjacency instead of copying the whole graph:
// a cluster focus on the national dataset touches a few hundred firms, not 100,000.
import type { MultiDirectedGraph } from 'graphology';
import type { GraphNode, GraphRel, NodeLabel, Props, RelType } from '../../model/index.ts';
import type { GraphQuery } from '../shapes.ts';
import { checkFocusSize, checkViewIds, CONTEXT_FIRM_RELS, extraFirmIds, focusFirmRels, narrowedFocus, type ViewExtras, type ViewInput } from '../views.ts';

interface NodeAttrs {
  label: NodeLabel;
  props: Props;
}
interface EdgeAttrs {
  type: RelType;
  props: Props;
}
type Graph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

/** The firms passing the firm filters (tier, province, cluster: a cluster's members through its MEMBER_OF edges). */
export function passingFirms(g: Graph, query: Pick<GraphQuery, 'tier' | 'province' | 'cluster'>): string[] {
  const candidates = query.cluster !== undefined ? (g.hasNode(query.cluster) ? g.inNeighbors(query.cluster) : []) : g.filterNodes((_, a) => a.label === 'Firm');
  return candidates.filter((id) => {
    const a = g.getNodeAttributes(id);
    return a.label === 'Firm' && (query.tier === undefined || a.props.tier === query.tier) && (query.province === undefined || a.props.province === query.province);
  });
}

/** The firms touching a component (views.ts, narrowedFocus): MAKES or NEEDS of it, either end of a SUPPLIES of it, an importer of it. */
function touchingFirms(g: Graph, component: string): Set<string> {
  const out = new Set<string>();
  if (g.hasNode(component)) {
    g.forEachInEdge(component, (_key, a, source) => {
      if (a.type === 'MAKES' || a.type === 'NEEDS') out.add(source);
    });
  }
  g.forEachEdge((_key, a, source, target) => {
    if (a.props.component !== component) return;
    if (a.type === 'SUPPLIES') out.add(source).add(target);
    else if (a.type === 'IMPORTS') out.add(source);
  });
  return out;
}

export function focusedViewInput(g: Graph, query: GraphQuery, extras: ViewExtras, ids: Pick<ViewInput, 'componentIds' | 'clusterIds'>): ViewInput {
  const nodes = new Map<string, GraphNode>();
  const rels = new Map<string, GraphRel>();
  const addNode = (id: string) => {
    if (nodes.has(id) || !g.hasNode(id)) return;
    const a = g.getNodeAttributes(id);
    nodes.set(id, { id, label: a.label, props: a.props });
  };
  const addRel = (key: string) => {
    if (rels.has(key)) return;
    const a = g.getEdgeAttributes(key);
    rels.set(key, { key, type: a.type, from: g.source(key), to: g.target(key), props: a.props });
  };
  g.forEachNode((id, a) => {
    if (a.label === 'Cluster' || a.label === 'Country') nodes.set(id, { id, label: a.label, props: a.props });
  });

  // P: the firms passing the firm filters (read once by graphView, or here), after naming an
  // unknown cluster or component, narrowed by a component to the firms touching it; past the
  // limit, without `group`, nothing more is read (views.ts).
  checkViewIds(query, ids);
  const passing = extras.focusFirms ?? passingFirms(g, query);
  const component = query.component;
  const focusIds = component === undefined ? passing : narrowedFocus(passing, touchingFirms(g, component));
  checkFocusSize(focusIds.length, query);
  const context = new Set<string>(extraFirmIds(extras));
  const wanted = focusFirmRels(query);
  const focusRels: readonly string[] = wanted.rels;
  const madeOrNeeded = wanted.madeOrNeeded ? new Set<string>() : undefined;
  for (const id of focusIds) {
    addNode(id);
    g.forEachOutEdge(id, (key, a, _s, target) => {
      if (focusRels.includes(a.type)) addRel(key);
      else if (madeOrNeeded && (a.type === 'MAKES' || a.type === 'NEEDS')) madeOrNeeded.add(target);
      else if (a.type === 'SUPPLIES') {
        addRel(key);
        context.add(target);
      }
    });
    g.forEachInEdge(id, (key, a, source) => {
      if (a.type !== 'SUPPLIES') return;
      addRel(key);
      context.add(source);
    });
  }
  for (const id of context) {
    if (nodes.has(id) || !g.hasNode(id)) continue;
    addNode(id);
    g.forEachOutEdge(id, (key, a) => {
      if ((CONTEXT_FIRM_RELS as readonly string[]).includes(a.type)) addRel(key);
    });
  }
  return { nodes: [...nodes.values()], rels: [...rels.values()], ...ids, ...(madeOrNeeded ? { madeOrNeeded } : {}) };
}
