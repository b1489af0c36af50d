// Names each firm of a risk answer's cluster beside it (firm-clusters.cypher's rows, or the embedded
// store's same rows): the Risk view's tables and exports show it, so that "IKM 15338" in a component's
// ranking says which sentra to work with. A firm in no cluster has none; a firm in several (the files
// allow one, Neo4j any) is shown with the first by id (the rows come by cluster id), as the GraphML
// and GEXF exports do (model/membership.ts).
import type { ClusterMembersRow } from './facts.ts';
import type { FailureImpact, SingleSource } from './shapes.ts';

type Ref = { id: string; name: string };
/** Firm id → its cluster; built once per data version with the risk facts, not per answer. */
export type FirmClusters = ReadonlyMap<string, Ref>;

export function firmClusters(rows: readonly ClusterMembersRow[]): FirmClusters {
  const clusterOf = new Map<string, Ref>();
  for (const r of rows) {
    const cluster = { id: r.cluster, name: r.name };
    for (const firm of r.firms) if (!clusterOf.has(firm)) clusterOf.set(firm, cluster);
  }
  return clusterOf;
}

export function withClusters(singleSource: SingleSource[], failureImpact: FailureImpact[], clusterOf: FirmClusters): void {
  const name = (firm: { id: string; cluster?: Ref | undefined }) => {
    const cluster = clusterOf.get(firm.id);
    if (cluster) firm.cluster = { ...cluster };
  };
  for (const s of singleSource) [s.buyer, s.supplier].forEach(name);
  for (const f of failureImpact) {
    name(f.firm);
    f.impactedBuyers.forEach(name);
    for (const l of f.lost) name(l.buyer);
  }
}
