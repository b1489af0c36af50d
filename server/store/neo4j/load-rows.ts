// The rows the staged load sends to Neo4j (cypher/load/README.md), shaped for speed (issue 16):
// relationships as lists [start node, end node, value 1, …] in the order of one property map
// written into the query once per type — a property map per row costs Neo4j a third more work and
// the driver half as much again — and addressed by the element ids the node batches returned, a
// direct lookup instead of an index seek per end.
import type { GraphRel } from '../../model/index.ts';
import { toNeo4jParam } from './values.ts';

/** The placeholder of a relationship file that the property map of its type replaces. */
export const PROPERTIES_TOKEN = 'PROPERTIES';

/** The property keys the relationships carry, in code-unit order. */
export function propertyKeys(rels: readonly GraphRel[]): string[] {
  const keys = new Set<string>();
  for (const r of rels) for (const k of Object.keys(r.props)) keys.add(k);
  return [...keys].sort();
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The relationship file's query with its PROPERTIES token replaced by `{k1: row[2], …}`. Keys come
 * from validated datasets; anything that is not a plain identifier is quoted as Cypher requires.
 */
export function relationshipQuery(template: string, keys: readonly string[]): string {
  if (!template.includes(PROPERTIES_TOKEN)) throw new Error(`a relationship load file must hold the ${PROPERTIES_TOKEN} token`);
  const name = (k: string) => (IDENTIFIER.test(k) ? k : `\`${k.replace(/`/g, '``')}\``);
  const map = keys.length === 0 ? '' : `{${keys.map((k, i) => `${name(k)}: row[${i + 2}]`).join(', ')}}`;
  // Only the token outside comments is replaced: the file's header explains it by name.
  return template
    .split('\n')
    .map((line) => (line.trim().startsWith('//') ? line : line.replace(PROPERTIES_TOKEN, map)))
    .join('\n');
}

/** Relationships grouped by start node (in order of first appearance; a counting sort). */
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

/**
 * Rows of one relationship type, grouped by start node so that concurrent batches (cut where the
 * start node changes: batchesByStart) never lock the same start node.
 */
export function relationshipRows(rels: readonly GraphRel[], keys: readonly string[], nodeOf: ReadonlyMap<string, string>): { rows: unknown[][]; starts: string[] } {
  const rows: unknown[][] = [];
  const starts: string[] = [];
  for (const r of byStart(rels)) {
    const start = nodeOf.get(r.from);
    const end = nodeOf.get(r.to);
    if (start === undefined || end === undefined) throw new Error(`${r.type} ${r.from} → ${r.to}: an end was not staged`);
    const row: unknown[] = [start, end];
    for (const k of keys) row.push(toNeo4jParam(r.props[k] ?? null));
    rows.push(row);
    starts.push(start);
  }
  return { rows, starts };
}

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

/** Relationships per end node from which Neo4j keeps a node's relationships in groups (dense). */
const DENSE_DEGREE = 50;

/** Batches of about `size` rows, cut only where the start node changes (rows sorted by it). */
export function batchesByStart<T>(rows: readonly T[], starts: readonly string[], size: number): T[][] {
  const out: T[][] = [];
  let from = 0;
  while (from < rows.length) {
    let to = Math.min(rows.length, from + size);
    while (to < rows.length && starts[to] === starts[to - 1]) to++;
    out.push(rows.slice(from, to));
    from = to;
  }
  return out;
}
