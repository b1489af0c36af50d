// The flows the tier view draws, from an /api/graph answer: supply and recommended links as they
// are, imports as flows (latest year) entering from the origin country; and, for an overview, the
// part of them the picture can hold.
import { latestImportFlows } from '../../../../server/store/figures.ts';
import type { GraphOut } from '../../../../server/store/shapes.ts';

export interface Flow {
  id: string;
  source: string;
  target: string;
  component: string;
  value: number;
  kind: 'supply' | 'import' | 'missing';
  role: 'focus' | 'context';
  year?: number;
}

/** Supply and recommended links as they are; imports as flows (latest year), drawn from the country. */
export function flowsOf(graph: GraphOut): Flow[] {
  const out: Flow[] = [];
  for (const l of graph.links) {
    const value = Number(l.valueUsd ?? 0);
    const component = String(l.component ?? '');
    if (l.type === 'SUPPLIES') out.push({ id: l.id, source: l.source, target: l.target, component, value, kind: 'supply', role: l.role });
    else if (l.type === 'RECOMMENDED') out.push({ id: l.id, source: l.source, target: l.target, component, value: 0, kind: 'missing', role: l.role });
  }
  for (const l of latestImportFlows(graph.links)) {
    out.push({ id: l.id, source: l.target, target: l.source, component: String(l.component ?? ''), value: Number(l.valueUsd ?? 0), kind: 'import', role: l.role, year: Number(l.year ?? 0) });
  }
  return out;
}

/**
 * At most `max` flows to draw: every recommended link (few, and what the analyst asked to see),
 * then the largest supply and import flows by value (ties: by id, so the picture is the same each
 * time), in their original order. `share` is the part of the total value they carry (1 when all
 * are drawn).
 */
export function largestFlows(flows: readonly Flow[], max: number): { drawn: Flow[]; share: number } {
  if (flows.length <= max) return { drawn: [...flows], share: 1 };
  const missing = flows.filter((f) => f.kind === 'missing');
  const valued = flows.filter((f) => f.kind !== 'missing').sort((a, b) => b.value - a.value || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const kept = new Set<Flow>([...missing, ...valued.slice(0, Math.max(0, max - missing.length))]);
  const total = valued.reduce((sum, f) => sum + f.value, 0);
  const drawnValue = valued.reduce((sum, f) => sum + (kept.has(f) ? f.value : 0), 0);
  return { drawn: flows.filter((f) => kept.has(f)), share: total > 0 ? drawnValue / total : 1 };
}
