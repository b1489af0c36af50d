// The location × product table of the current dataset for economic complexity: locations are the
// clusters, products the components, and the value of (cluster c, component p) is what c's member
// firms make of p a year, in USD: Σ over members f of MAKES(f, p).unitsPerYear × p.unitPriceUsd.
// Pairs with no value are left out (the computation fills the full table with zeros, as the Growth
// Lab's ecomplexity does). Input: the dataset as a JSON bundle (GET /api/export?format=json).
import type { Dataset } from '../../../../server/model/schemas.ts';

/** The parts of the JSON bundle this table needs. */
export type Bundle = Pick<Dataset, 'clusters' | 'firms' | 'components' | 'makes'>;

export interface ClusterTable {
  /** CSV text with the columns cluster, component, value (the POST /api/complexity input). */
  csv: string;
  rows: Array<{ cluster: string; component: string; value: number }>;
  clusterNames: Map<string, string>;
  componentNames: Map<string, string>;
  /** Clusters whose members make nothing with a known price (not part of the table). */
  leftOut: string[];
}

const csvCell = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

export function clusterComponentTable(bundle: Bundle): ClusterTable {
  const clusterOf = new Map<string, string>();
  for (const f of bundle.firms) if (f.cluster) clusterOf.set(f.id, f.cluster);
  const price = new Map<string, number>();
  for (const c of bundle.components) if (typeof c.unit_price_usd === 'number') price.set(c.id, c.unit_price_usd);
  const values = new Map<string, Map<string, number>>();
  for (const m of bundle.makes) {
    const cluster = clusterOf.get(m.firm);
    const p = price.get(m.component);
    const units = m.units_per_year;
    if (cluster === undefined || p === undefined || typeof units !== 'number') continue;
    const value = units * p;
    if (!(value > 0)) continue;
    let row = values.get(cluster);
    if (!row) values.set(cluster, (row = new Map()));
    row.set(m.component, (row.get(m.component) ?? 0) + value);
  }
  const rows: ClusterTable['rows'] = [];
  for (const cluster of [...values.keys()].sort()) {
    for (const component of [...values.get(cluster)!.keys()].sort()) rows.push({ cluster, component, value: values.get(cluster)!.get(component)! });
  }
  const lines = ['cluster,component,value', ...rows.map((r) => `${csvCell(r.cluster)},${csvCell(r.component)},${r.value}`)];
  return {
    csv: `${lines.join('\n')}\n`,
    rows,
    clusterNames: new Map(bundle.clusters.map((c) => [c.id, c.name])),
    componentNames: new Map(bundle.components.map((c) => [c.id, c.name])),
    leftOut: bundle.clusters.filter((c) => !values.has(c.id)).map((c) => c.id),
  };
}
