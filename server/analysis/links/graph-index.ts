// Lookups over a store snapshot (GraphData) that the embedded computations of the missing-link and
// risk analyses share: nodes by id, requirements of components, capabilities, demand, imports and
// the supply relationships in both directions. The undirected firm graph is the one the network
// analyses use (server/analysis/network buildFirmGraphs: firms joined by any SUPPLIES, no self-loops,
// one edge per pair; built here with the same rule, addUndirectedSupply).
import { UndirectedGraph } from 'graphology';
import type { GraphData, GraphNode, GraphRel, Props } from '../../model/index.ts';
import { inChunks, Slicer } from '../../util/yield.ts';
import { addUndirectedSupply } from '../network/index.ts';

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

/** The lookups a firm's own relationships fill (ownRel): what the candidates' suppliers and buyers bring. */
type OwnLookups = Pick<GraphIndex, 'clustersOf' | 'membersOf' | 'can' | 'canDo' | 'workers' | 'makers' | 'needs' | 'imports'>;

const emptyOwn = (): OwnLookups => ({
  clustersOf: new Map(),
  membersOf: new Map(),
  can: new Map(),
  canDo: new Map(),
  workers: new Map(),
  makers: new Map(),
  needs: new Map(),
  imports: new Map(),
});

/** Relationship types that start at a firm and describe it: a supplier's CAN, WORKS, MAKES, MEMBER_OF; a buyer's NEEDS, IMPORTS. */
const SUPPLIER_OWN = new Set(['CAN', 'WORKS', 'MAKES', 'MEMBER_OF']);
const BUYER_OWN = new Set(['NEEDS', 'IMPORTS']);

/** Adds a firm's own relationship (a type of SUPPLIER_OWN or BUYER_OWN) to the lookups. */
function ownRel(index: OwnLookups, r: GraphRel): void {
  switch (r.type) {
    case 'MEMBER_OF':
      push(index.clustersOf, r.from, r.to);
      push(index.membersOf, r.to, r.from);
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
    default:
      break;
  }
}

/** Adds a relationship that is not a firm's own (components' requirements, supply links); SUPPLIES are also collected in `supplies`. */
function sharedRel(index: Lookups, r: GraphRel, supplies: GraphRel[]): void {
  switch (r.type) {
    case 'NEEDS_PROCESS':
      if (!index.processesOf.get(r.from)?.includes(r.to)) push(index.processesOf, r.from, r.to);
      break;
    case 'MADE_OF':
      index.materialOf.set(r.from, r.to);
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

/**
 * Builds an index in passes over ranges (nodes, relationships, the firm graph's nodes and edges), so
 * that the same steps run at once (indexGraph) or in chunks with the event loop let run between
 * them (indexShared). `own` is called for each of the firms' own relationships.
 */
class IndexBuilder {
  readonly index: Lookups = {
    nodes: new Map(),
    firms: [],
    ...emptyOwn(),
    processesOf: new Map(),
    materialOf: new Map(),
    suppliesOut: new Map(),
    suppliesIn: new Map(),
    supplyPairs: new Set(),
    supplyTriples: new Set(),
  };
  readonly supplies: GraphRel[] = [];
  readonly undirected = new UndirectedGraph();

  constructor(
    private readonly data: GraphData,
    private readonly own: (index: Lookups, r: GraphRel) => void,
  ) {}

  nodes(start: number, end: number): void {
    for (let i = start; i < end; i++) {
      const n = this.data.nodes[i]!;
      this.index.nodes.set(n.id, n);
      if (n.label === 'Firm') this.index.firms.push(n.id);
    }
  }

  rels(start: number, end: number): void {
    for (let i = start; i < end; i++) {
      const r = this.data.rels[i]!;
      if (SUPPLIER_OWN.has(r.type) || BUYER_OWN.has(r.type)) this.own(this.index, r);
      else sharedRel(this.index, r, this.supplies);
    }
  }

  /** After nodes and rels: the orders the lookups promise. */
  sort(): void {
    this.index.firms.sort();
    for (const list of this.index.clustersOf.values()) list.sort();
  }

  /** The firm graph's nodes: every firm, isolated ones included, in id order. */
  graphNodes(start: number, end: number): void {
    for (let i = start; i < end; i++) this.undirected.addNode(this.index.firms[i]!);
  }

  graphEdges(start: number, end: number): void {
    for (let i = start; i < end; i++) addUndirectedSupply(this.undirected, this.supplies[i]!.from, this.supplies[i]!.to);
  }

  result(): GraphIndex {
    return { ...this.index, undirected: this.undirected };
  }
}

export function indexGraph(data: GraphData): GraphIndex {
  const b = new IndexBuilder(data, ownRel);
  b.nodes(0, data.nodes.length);
  b.rels(0, data.rels.length);
  b.sort();
  b.graphNodes(0, b.index.firms.length);
  b.graphEdges(0, b.supplies.length);
  return b.result();
}

/**
 * The whole dataset's index without the firms' own relationships, and those relationships by firm:
 * built once per dataset (missing-links.ts keeps it), so that the facts of a few candidates
 * (indexForCandidates) cost their own relationships only. Building the supply graph over every
 * firm with each request held the server's thread 0.5–1 s at national scale; built here, in
 * chunks, it holds it for tens of milliseconds at a time.
 */
export interface SharedIndex {
  readonly index: GraphIndex;
  readonly own: ReadonlyMap<string, readonly GraphRel[]>;
}

/** An IndexBuilder's steps run in chunks, with the event loop let run between them. */
async function buildInSteps(data: GraphData, own: (index: Lookups, r: GraphRel) => void): Promise<IndexBuilder> {
  const b = new IndexBuilder(data, own);
  const slicer = new Slicer();
  await inChunks(data.nodes.length, (start, end) => b.nodes(start, end), slicer);
  await inChunks(data.rels.length, (start, end) => b.rels(start, end), slicer);
  b.sort();
  await inChunks(b.index.firms.length, (start, end) => b.graphNodes(start, end), slicer);
  await inChunks(b.supplies.length, (start, end) => b.graphEdges(start, end), slicer);
  return b;
}

/** indexGraph in chunks (the risk analysis' index of a national dataset: 1–1.5 s in one piece). */
export async function indexGraphInSteps(data: GraphData): Promise<GraphIndex> {
  return (await buildInSteps(data, ownRel)).result();
}

export async function indexShared(data: GraphData): Promise<SharedIndex> {
  const own = new Map<string, GraphRel[]>();
  const b = await buildInSteps(data, (_index, r) => push(own, r.from, r));
  return { index: b.result(), own };
}

/**
 * The shared index with the own relationships of the candidates' suppliers (CAN, WORKS, MAKES,
 * MEMBER_OF) and buyers (NEEDS, IMPORTS): what candidateRow reads of them, as indexGraph gives it.
 */
export function indexForCandidates(shared: SharedIndex, candidates: ReadonlyArray<{ supplier: string; buyer: string }>): GraphIndex {
  const lookups = emptyOwn();
  const add = (firms: Iterable<string>, types: ReadonlySet<string>) => {
    for (const f of firms) for (const r of shared.own.get(f) ?? []) if (types.has(r.type)) ownRel(lookups, r);
  };
  add(new Set(candidates.map((c) => c.supplier)), SUPPLIER_OWN);
  add(new Set(candidates.map((c) => c.buyer)), BUYER_OWN);
  for (const list of lookups.clustersOf.values()) list.sort();
  return { ...shared.index, ...lookups };
}

/** A property as a number, or null when absent (Neo4j stores no nulls: absent reads as null). */
export const numProp = (props: Props, key: string): number | null => (typeof props[key] === 'number' ? (props[key] as number) : null);
export const strProp = (props: Props, key: string): string | null => (typeof props[key] === 'string' ? (props[key] as string) : null);

export const nameOf = (index: GraphIndex, id: string): string => String(index.nodes.get(id)?.props.name ?? id);
export const tierOf = (index: GraphIndex, id: string): string => String(index.nodes.get(id)?.props.tier ?? '');
