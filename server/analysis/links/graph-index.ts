// Lookups over a store snapshot (GraphData) that the embedded computations of the missing-link and
// risk analyses share: nodes by id, requirements of components, capabilities, demand, imports and
// the supply relationships in both directions. The undirected firm graph is the one the network
// analyses use (server/analysis/network buildFirmGraphs: firms joined by any SUPPLIES, no self-loops).
import type { UndirectedGraph } from 'graphology';
import type { GraphData, GraphNode, GraphRel, Props } from '../../model/index.ts';
import { buildFirmGraphs } from '../network/index.ts';

export interface GraphIndex {
  readonly nodes: Map<string, GraphNode>;
  readonly firms: string[];
  readonly clustersOf: Map<string, string[]>;
  readonly membersOf: Map<string, string[]>;
  /** Component -> processes it NEEDS_PROCESS (distinct). */
  readonly processesOf: Map<string, string[]>;
  /** Component -> material it is MADE_OF. */
  readonly materialOf: Map<string, string>;
  /** Firm -> process -> its CAN relationships to that process. */
  readonly can: Map<string, Map<string, GraphRel[]>>;
  /** Process -> firms with a CAN to it. */
  readonly canDo: Map<string, Set<string>>;
  /** Material -> firms that WORK it. */
  readonly workers: Map<string, Set<string>>;
  /** Component -> firm -> its MAKES relationship. */
  readonly makers: Map<string, Map<string, GraphRel>>;
  /** Buyer -> component -> its NEEDS relationship. */
  readonly needs: Map<string, Map<string, GraphRel>>;
  /** Buyer -> component -> its IMPORTS relationships (every origin and year). */
  readonly imports: Map<string, Map<string, GraphRel[]>>;
  readonly suppliesOut: Map<string, GraphRel[]>;
  readonly suppliesIn: Map<string, GraphRel[]>;
  /** `supplier|buyer` for every pair with at least one SUPPLIES. */
  readonly supplyPairs: Set<string>;
  /** `supplier|buyer|component` for every SUPPLIES. */
  readonly supplyTriples: Set<string>;
  readonly undirected: UndirectedGraph;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};
const nested = <V>(map: Map<string, Map<string, V>>, key: string): Map<string, V> => {
  let inner = map.get(key);
  if (!inner) map.set(key, (inner = new Map()));
  return inner;
};
const setOf = (map: Map<string, Set<string>>, key: string): Set<string> => {
  let inner = map.get(key);
  if (!inner) map.set(key, (inner = new Set()));
  return inner;
};

type Lookups = Omit<GraphIndex, 'undirected'>;

export function indexGraph(data: GraphData): GraphIndex {
  const index: Lookups = {
    nodes: new Map(),
    firms: [],
    clustersOf: new Map(),
    membersOf: new Map(),
    processesOf: new Map(),
    materialOf: new Map(),
    can: new Map(),
    canDo: new Map(),
    workers: new Map(),
    makers: new Map(),
    needs: new Map(),
    imports: new Map(),
    suppliesOut: new Map(),
    suppliesIn: new Map(),
    supplyPairs: new Set(),
    supplyTriples: new Set(),
  };
  for (const n of data.nodes) {
    index.nodes.set(n.id, n);
    if (n.label === 'Firm') index.firms.push(n.id);
  }
  index.firms.sort();
  const supplies: GraphRel[] = [];
  for (const r of data.rels) {
    switch (r.type) {
      case 'MEMBER_OF':
        push(index.clustersOf, r.from, r.to);
        push(index.membersOf, r.to, r.from);
        break;
      case 'NEEDS_PROCESS':
        if (!index.processesOf.get(r.from)?.includes(r.to)) push(index.processesOf, r.from, r.to);
        break;
      case 'MADE_OF':
        index.materialOf.set(r.from, r.to);
        break;
      case 'CAN':
        push(nested(index.can, r.from), r.to, r);
        setOf(index.canDo, r.to).add(r.from);
        break;
      case 'WORKS':
        setOf(index.workers, r.to).add(r.from);
        break;
      case 'MAKES':
        nested(index.makers, r.to).set(r.from, r);
        break;
      case 'NEEDS':
        nested(index.needs, r.from).set(r.to, r);
        break;
      case 'IMPORTS':
        push(nested(index.imports, r.from), String(r.props.component), r);
        break;
      case 'SUPPLIES':
        supplies.push(r);
        push(index.suppliesOut, r.from, r);
        push(index.suppliesIn, r.to, r);
        index.supplyPairs.add(`${r.from}|${r.to}`);
        index.supplyTriples.add(`${r.from}|${r.to}|${String(r.props.component)}`);
        break;
      default:
        break;
    }
  }
  for (const list of index.clustersOf.values()) list.sort();
  const { undirected } = buildFirmGraphs({ firms: index.firms, supplies: supplies.map((r) => ({ supplier: r.from, buyer: r.to })) });
  return { ...index, undirected };
}

/** A property as a number, or null when absent (Neo4j stores no nulls: absent reads as null). */
export const numProp = (props: Props, key: string): number | null => (typeof props[key] === 'number' ? (props[key] as number) : null);
export const strProp = (props: Props, key: string): string | null => (typeof props[key] === 'string' ? (props[key] as string) : null);

export const nameOf = (index: GraphIndex, id: string): string => String(index.nodes.get(id)?.props.name ?? id);
export const tierOf = (index: GraphIndex, id: string): string => String(index.nodes.get(id)?.props.tier ?? '');
