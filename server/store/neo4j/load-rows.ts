// The rows the staged load sends to Neo4j (cypher/load/README.md), shaped for speed (issue 16):
// nodes and relationships as lists of values in the order of one property map written into the
// query once per label or type — a property map per row costs Neo4j a third more work and the
// driver half as much again — and relationships addressed by the element ids the node batches
// returned, a direct lookup instead of an index seek per end, each node looked up once per batch
// (the rows name it by its position in the batch's list).
import type { GraphNode, GraphRel, NodeLabel, Props, RelType } from '../../model/index.ts';
import { toNeo4jParam } from './values.ts';

/** The placeholder of a load file that the property map of its label or type replaces. */
export const PROPERTIES_TOKEN = 'PROPERTIES';

/** The property keys the items carry, in code-unit order; `first` (when given) leads. */
export function propertyKeys(items: ReadonlyArray<{ props: Props }>, first?: string): string[] {
  const keys = new Set<string>();
  for (const item of items) for (const k of Object.keys(item.props)) keys.add(k);
  if (first !== undefined) keys.delete(first);
  const sorted = [...keys].sort();
  return first === undefined ? sorted : [first, ...sorted];
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The load file's query with its PROPERTIES token replaced by `{k1: row[offset], …}`. Keys come
 * from validated datasets; anything that is not a plain identifier is quoted as Cypher requires.
 */
function withProperties(template: string, keys: readonly string[], offset: number): string {
  if (!template.includes(PROPERTIES_TOKEN)) throw new Error(`a load file must hold the ${PROPERTIES_TOKEN} token`);
  const name = (k: string) => (IDENTIFIER.test(k) ? k : `\`${k.replace(/`/g, '``')}\``);
  const map = keys.length === 0 ? '' : `{${keys.map((k, i) => `${name(k)}: row[${i + offset}]`).join(', ')}}`;
  // Only the token outside comments is replaced: the file's header explains it by name.
  return template
    .split('\n')
    .map((line) => (line.trim().startsWith('//') ? line : line.replace(PROPERTIES_TOKEN, map)))
    .join('\n');
}

/** nodes.cypher for one label's keys (`id` first: the file returns row[0] as the node's id). */
export const nodeQuery = (template: string, keys: readonly string[]): string => withProperties(template, keys, 0);

/** A relationship file for one type's keys (row[0] and row[1] are the element ids of the ends). */
export const relationshipQuery = (template: string, keys: readonly string[]): string => withProperties(template, keys, 2);

/** Nodes as rows of values in the order of `keys` (null for a key a node does not carry: not stored). */
export const nodeRows = (nodes: readonly GraphNode[], keys: readonly string[]): unknown[][] =>
  nodes.map((n) => keys.map((k) => toNeo4jParam(n.props[k] ?? null)));

/**
 * One transaction's relationships per type, in the order of the types' files; their rows are built
 * when the batch is sent (batchRows), so that a national load does not hold 1.5 million rows at once.
 */
export interface RelBatch {
  types: Map<RelType, GraphRel[]>;
  size: number;
}

/** One type's rows of a batch: the element ids of the nodes they join (each once) and [start, end, value 1, …]. */
export interface TypeRows {
  nodes: string[];
  rows: unknown[][];
}

/**
 * The start every element id shares ("4:<database id>:" in Neo4j 5), so that a batch sends each
 * node's id without it (about 7 characters instead of 46); '' when they share none.
 */
export function sharedPrefix(elementIds: Iterable<string>): string {
  let prefix: string | undefined;
  for (const e of elementIds) {
    if (prefix === undefined) prefix = e.slice(0, e.lastIndexOf(':') + 1);
    else if (!e.startsWith(prefix)) return '';
  }
  return prefix ?? '';
}

/** Relationships in the order of their start nodes' first appearance (a counting sort). */
function byStart(rels: readonly GraphRel[]): GraphRel[] {
  const group = new Map<string, number>();
  const of = new Int32Array(rels.length);
  rels.forEach((r, i) => {
    let g = group.get(r.from);
    if (g === undefined) group.set(r.from, (g = group.size));
    of[i] = g;
  });
  const start = new Int32Array(group.size + 1);
  for (const g of of) start[g + 1] += 1;
  for (let g = 0; g < group.size; g++) start[g + 1] += start[g];
  const out = new Array<GraphRel>(rels.length);
  rels.forEach((r, i) => (out[start[of[i]]++] = r));
  return out;
}

/** Relationships per end node from which Neo4j keeps a node's relationships in groups (dense). */
const DENSE_DEGREE = 50;

/**
 * Whether batches of these relationships may run at once: when their end nodes are few (a Process,
 * a Component, a Cluster), Neo4j 5 adds relationships to such dense nodes concurrently; when they
 * are many sparse nodes (SUPPLIES to buyers), concurrent batches would wait for each other's locks.
 */
export function concurrentEnds(rels: readonly GraphRel[]): boolean {
  const ends = new Set<string>();
  for (const r of rels) ends.add(r.to);
  return ends.size * DENSE_DEGREE <= rels.length;
}

export interface RelPlan {
  /**
   * Batches that may run at the same time, in groups that must run one after the other. Within a
   * group the batches hold every relationship of their start nodes (of the types whose ends are
   * dense), cut only where the start node changes, so that no two batches lock the same start node
   * and their ends are nodes no batch of the group starts from; a group per start label keeps it so
   * (a Component starts MADE_OF and ends MAKES).
   */
  concurrent: RelBatch[][];
  /** Batches of the types whose ends are sparse: one at a time. */
  sequential: RelBatch[];
}

/**
 * Every relationship in batches of about `size` per transaction, grouped so that batches may run at
 * once where their ends allow it (RelPlan).
 */
export function relationshipPlan(rels: readonly GraphRel[], labelOf: ReadonlyMap<string, NodeLabel>, size: number): RelPlan {
  const byType = new Map<RelType, GraphRel[]>();
  for (const r of rels) {
    const list = byType.get(r.type);
    if (list) list.push(r);
    else byType.set(r.type, [r]);
  }
  const batches = (sorted: readonly GraphRel[]): RelBatch[] => {
    const out: RelBatch[] = [];
    let from = 0;
    while (from < sorted.length) {
      let to = Math.min(sorted.length, from + size);
      while (to < sorted.length && sorted[to]!.from === sorted[to - 1]!.from) to++;
      const byType = new Map<RelType, GraphRel[]>();
      for (let i = from; i < to; i++) {
        const r = sorted[i]!;
        const list = byType.get(r.type);
        if (list) list.push(r);
        else byType.set(r.type, [r]);
      }
      out.push({ types: byType, size: to - from });
      from = to;
    }
    return out;
  };
  const dense = new Map<string, GraphRel[]>();
  const sequential: RelBatch[] = [];
  for (const list of byType.values()) {
    if (!concurrentEnds(list)) {
      sequential.push(...batches(byStart(list)));
      continue;
    }
    for (const r of list) {
      const label = labelOf.get(r.from) ?? '';
      const group = dense.get(label);
      if (group) group.push(r);
      else dense.set(label, [r]);
    }
  }
  return { concurrent: [...dense.values()].map((group) => batches(byStart(group))), sequential };
}

/**
 * A batch's rows per type: [start, end, value 1, …] with start and end as positions in the type's
 * list of element ids (`nodeOf` holds them without their shared prefix), values in the order of
 * the type's `keys`.
 */
export function batchRows(batch: RelBatch, keys: ReadonlyMap<RelType, readonly string[]>, nodeOf: ReadonlyMap<string, string>): Map<RelType, TypeRows> {
  const elementIdOf = (id: string, r: GraphRel): string => {
    const e = nodeOf.get(id);
    if (e === undefined) throw new Error(`${r.type} ${r.from} → ${r.to}: an end was not staged`);
    return e;
  };
  const typeRows = (list: readonly GraphRel[]): TypeRows => {
    const ends = list.map((r) => [elementIdOf(r.from, r), elementIdOf(r.to, r)] as const);
    // Each transaction takes its end nodes' locks in one global order (by element id, types in
    // the order of their files), so two batches running at once cannot deadlock on them.
    const order = list.map((_, i) => i).sort((i, j) => (ends[i]![1] < ends[j]![1] ? -1 : ends[i]![1] > ends[j]![1] ? 1 : i - j));
    const nodes: string[] = [];
    const position = new Map<string, number>();
    const at = (e: string): number => {
      let p = position.get(e);
      if (p === undefined) {
        position.set(e, (p = nodes.length));
        nodes.push(e);
      }
      return p;
    };
    const rows = order.map((i) => {
      const r = list[i]!;
      const out: unknown[] = [at(ends[i]![0]), at(ends[i]![1])];
      for (const k of keys.get(r.type)!) out.push(toNeo4jParam(r.props[k] ?? null));
      return out;
    });
    return { nodes, rows };
  };
  return new Map([...batch.types].map(([type, list]) => [type, typeRows(list)]));
}
