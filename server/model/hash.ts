// The content hash of a dataset: SHA-256 over its graph in a canonical form (every node as label,
// id and properties with sorted keys; every relationship as its key and properties; lines sorted),
// so it does not depend on row order, file format (CSV, JSON, workbook) or the store that holds it.
// Both stores report it with the dataset's provenance: equal hashes mean the same data.
import { createHash } from 'node:crypto';
import type { GraphData, Props } from './graph.ts';

const stable = (props: Props): string =>
  Object.keys(props)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${JSON.stringify(props[k])}`)
    .join(',');

const nodeLine = (n: GraphData['nodes'][number]): string => `N\u0000${n.label}\u0000${n.id}\u0000${stable(n.props)}`;
const relLine = (r: GraphData['rels'][number]): string => `R\u0000${r.key}\u0000${stable(r.props)}`;

const digest = (lines: string[]): string => {
  lines.sort();
  const hash = createHash('sha256');
  for (const line of lines) hash.update(`${line}\n`);
  return `sha256:${hash.digest('hex')}`;
};

export function datasetHash(graph: GraphData): string {
  const lines: string[] = new Array(graph.nodes.length + graph.rels.length);
  let i = 0;
  for (const n of graph.nodes) lines[i++] = nodeLine(n);
  for (const r of graph.rels) lines[i++] = relLine(r);
  return digest(lines);
}

/**
 * The same hash, computed a slice at a time with the event loop free in between: the Neo4j load
 * computes it while Neo4j stages the dataset (it took a second of the swap at 20,000 firms).
 */
export async function datasetHashInSlices(graph: GraphData, slice = 5_000): Promise<string> {
  const lines: string[] = new Array(graph.nodes.length + graph.rels.length);
  let i = 0;
  const pause = () => new Promise<void>((resolve) => setImmediate(resolve));
  for (let from = 0; from < graph.nodes.length; from += slice) {
    for (const n of graph.nodes.slice(from, from + slice)) lines[i++] = nodeLine(n);
    await pause();
  }
  for (let from = 0; from < graph.rels.length; from += slice) {
    for (const r of graph.rels.slice(from, from + slice)) lines[i++] = relLine(r);
    await pause();
  }
  return digest(lines);
}
