// The cluster × component table economic complexity reads for a dataset (DESIGN.md, "Economic
// complexity"; the Complexity view): locations are the clusters, products the components, and the
// value of (cluster c, component p) is what c's member firms make of p a year in USD,
//   Σ over members f (MEMBER_OF c) of MAKES(f, p).unitsPerYear × p.unitPriceUsd,
// summed in firm-id order (so that both stores add the same numbers in the same order). Pairs
// with no value are left out (the computation fills the table with zeros, as the Growth Lab's
// ecomplexity does); a cluster whose members make nothing with a known price has no cells.
import { z } from 'zod';

export const tableCellShape = z.object({ component: z.string(), name: z.string(), value: z.number() });

/** One cluster and its cells, as cypher/analysis/cluster-complexity.cypher returns it. */
export const tableRowShape = z.object({ cluster: z.string(), name: z.string(), cells: z.array(tableCellShape) });

export type TableCell = z.infer<typeof tableCellShape>;
export type ClusterTableRow = z.infer<typeof tableRowShape>;

/** Rows sorted by cluster id, cells by component id: the order both stores return. */
export const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
