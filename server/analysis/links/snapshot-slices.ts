// The slice of a store snapshot that one computation reads, so that it indexes thousands of
// relationships instead of the whole graph (1.2 million at national scale: indexing them all, with
// the firm graph over 100,000 firms, costs a second and a few hundred megabytes).
import type { GraphData } from '../../model/index.ts';

/**
 * What the full facts of the given candidates read (candidates-embedded.ts, candidateRow): every
 * non-firm node, the candidates' firms and every firm with a supply link; every SUPPLIES (the
 * network evidence), NEEDS_PROCESS and MADE_OF; the suppliers' CAN, WORKS, MAKES and MEMBER_OF; the
 * buyers' NEEDS and IMPORTS. The facts computed from the slice equal those from the whole snapshot.
 */
export function candidateSlice(snap: GraphData, candidates: ReadonlyArray<{ supplier: string; buyer: string }>): GraphData {
  const suppliers = new Set(candidates.map((c) => c.supplier));
  const buyers = new Set(candidates.map((c) => c.buyer));
  const firms = new Set([...suppliers, ...buyers]);
  const rels = snap.rels.filter((r) => {
    switch (r.type) {
      case 'SUPPLIES':
        firms.add(r.from).add(r.to);
        return true;
      case 'NEEDS_PROCESS':
      case 'MADE_OF':
        return true;
      case 'CAN':
      case 'WORKS':
      case 'MAKES':
      case 'MEMBER_OF':
        return suppliers.has(r.from);
      case 'NEEDS':
      case 'IMPORTS':
        return buyers.has(r.from);
      default:
        return false;
    }
  });
  return { nodes: snap.nodes.filter((n) => n.label !== 'Firm' || firms.has(n.id)), rels };
}
