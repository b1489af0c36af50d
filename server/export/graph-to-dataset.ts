// The reverse of server/model/graph.ts: a stored graph back to a Dataset, so that exporting the
// store as a CSV folder and loading that folder gives the same graph. Firm.cluster comes from
// MEMBER_OF, Component.material and processes from MADE_OF and NEEDS_PROCESS, capabilities from
// CAN (its material property); WORKS is derived from capabilities and so is dropped. Property names
// go from camelCase back to the files' snake_case columns. Rows are sorted for stable output.
import { datasetSchema, FILE_SPECS, noteMembership, type Dataset, type DatasetFile, type GraphData, type GraphNode, type GraphRel, type NodeLabel, type PropValue, type RelType } from '../model/index.ts';

type Row = Record<string, PropValue>;

const snakeCase = new Map<string, string>();
/** A property's column name (cached: an export renames the same few keys millions of times). */
function snake(name: string): string {
  let out = snakeCase.get(name);
  if (out === undefined) snakeCase.set(name, (out = name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)));
  return out;
}

/** HsProduct nodes have no file: graph.ts makes one per HS code the trade files name. */
const NODE_FILES: Record<NodeLabel, DatasetFile | null> = {
  Firm: 'firms',
  Cluster: 'clusters',
  Component: 'components',
  Process: 'processes',
  Material: 'materials',
  Country: 'countries',
  Program: 'programs',
  HsProduct: null,
};

/** Relationship files: their type and which columns the two ends fill. */
const REL_FILES: Partial<Record<RelType, { file: DatasetFile; from: string; to: string }>> = {
  CAN: { file: 'capabilities', from: 'firm', to: 'process' },
  MAKES: { file: 'makes', from: 'firm', to: 'component' },
  NEEDS: { file: 'needs', from: 'firm', to: 'component' },
  SUPPLIES: { file: 'supplies', from: 'supplier', to: 'buyer' },
  IMPORTS: { file: 'imports', from: 'buyer', to: 'country' },
  ENROLLED_IN: { file: 'enrolments', from: 'firm', to: 'program' },
  // The HsProduct end is written as its HS code (the node's `code`).
  TRADE: { file: 'trade', from: 'origin', to: 'hs' },
  MAPS_TO: { file: 'hs_components', from: 'hs', to: 'component' },
  EXPORTS: { file: 'world_trade', from: 'exporter', to: 'hs' },
};

const COLUMNS = new Map<DatasetFile, ReadonlySet<string>>(FILE_SPECS.map((s) => [s.name, new Set(s.columns)]));

/** Keeps the properties that are columns of the file, renamed to snake_case. */
function toRow(file: DatasetFile, props: Record<string, PropValue>): Row {
  const columns = COLUMNS.get(file)!;
  const row: Row = {};
  for (const key in props) {
    const column = snake(key);
    if (columns.has(column)) row[column] = props[key]!;
  }
  return row;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Sorts rows by the file's key columns (then by their JSON, for full determinism). Each row's key
 * is built once, not at every comparison (1.6 million rows at national scale).
 */
function sortRows(file: DatasetFile, rows: Row[]): Row[] {
  const key = FILE_SPECS.find((s) => s.name === file)!.key;
  const texts = rows.map((r) => key.map((k) => String(r[k] ?? '')).join('\u0000'));
  const order = rows.map((_, i) => i).sort((i, j) => compareText(texts[i]!, texts[j]!) || compareText(JSON.stringify(rows[i]), JSON.stringify(rows[j])));
  const sorted = order.map((i) => rows[i]!);
  sorted.forEach((row, i) => (rows[i] = row));
  return rows;
}

const sameProvenance = (a: Record<string, PropValue>, b: Record<string, PropValue>): boolean =>
  a.source === b.source && (a.estimate ?? false) === (b.estimate ?? false);

/**
 * graph.ts makes one WORKS per (firm, material) from the first capability row with that material,
 * carrying that row's provenance. Moves a capability with the WORKS's provenance to the front of
 * its (firm, material) group, so loading the rows rebuilds the same WORKS.
 */
function orderForWorks(capabilities: Row[], works: readonly GraphRel[]): Row[] {
  const provenance = new Map(works.map((w) => [`${w.from}\u0000${w.to}`, w.props]));
  const first = new Map<string, number>();
  capabilities.forEach((row, i) => {
    if (row.material === undefined) return;
    const group = `${String(row.firm)}\u0000${String(row.material)}`;
    const want = provenance.get(group);
    const at = first.get(group);
    if (at === undefined) {
      first.set(group, i);
      return;
    }
    if (want && !sameProvenance(capabilities[at]!, want) && sameProvenance(row, want)) {
      capabilities[i] = capabilities[at]!;
      capabilities[at] = row;
    }
  });
  return capabilities;
}

function nodeRows(nodes: readonly GraphNode[], rels: readonly GraphRel[]): Record<DatasetFile, Row[]> {
  const out = Object.fromEntries(FILE_SPECS.map((s) => [s.name, [] as Row[]])) as Record<DatasetFile, Row[]>;
  const cluster = new Map<string, string>();
  const material = new Map<string, string>();
  const processes = new Map<string, string[]>();
  for (const r of rels) {
    noteMembership(cluster, r);
    if (r.type === 'MADE_OF') material.set(r.from, r.to);
    if (r.type === 'NEEDS_PROCESS') processes.set(r.from, [...(processes.get(r.from) ?? []), r.to]);
  }
  for (const n of nodes) {
    const file = NODE_FILES[n.label];
    if (file === null) continue;
    const row = toRow(file, n.props);
    row.id = n.id;
    if (n.label === 'Firm' && cluster.has(n.id)) row.cluster = cluster.get(n.id)!;
    if (n.label === 'Component') {
      if (material.has(n.id)) row.material = material.get(n.id)!;
      row.processes = [...(processes.get(n.id) ?? [])].sort(compareText);
    }
    out[file].push(row);
  }
  return out;
}

/** The Dataset whose graph (datasetToGraph) is `graph`. Throws if the graph breaks the schema. */
export function graphToDataset(graph: GraphData): Dataset {
  const rows = nodeRows(graph.nodes, graph.rels);
  const hsCode = new Map(graph.nodes.filter((n) => n.label === 'HsProduct').map((n) => [n.id, String(n.props.code)]));
  for (const r of graph.rels) {
    const spec = REL_FILES[r.type];
    if (!spec) continue;
    const row = toRow(spec.file, r.props);
    row[spec.from] = hsCode.get(r.from) ?? r.from;
    row[spec.to] = hsCode.get(r.to) ?? r.to;
    rows[spec.file].push(row);
  }
  for (const spec of FILE_SPECS) sortRows(spec.name, rows[spec.name]);
  orderForWorks(rows.capabilities, graph.rels.filter((r) => r.type === 'WORKS'));
  return datasetSchema.parse(rows);
}
