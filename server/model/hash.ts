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

export function datasetHash(graph: GraphData): string {
  const lines: string[] = new Array(graph.nodes.length + graph.rels.length);
  let i = 0;
  for (const n of graph.nodes) lines[i++] = `N\u0000${n.label}\u0000${n.id}\u0000${stable(n.props)}`;
  for (const r of graph.rels) lines[i++] = `R\u0000${r.key}\u0000${stable(r.props)}`;
  lines.sort();
  const hash = createHash('sha256');
  for (const line of lines) hash.update(`${line}\n`);
  return `sha256:${hash.digest('hex')}`;
}
