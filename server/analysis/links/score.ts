// Derived quantities and the score of a missing-link candidate, from its normalised facts only
// (definitions and weights in weights.ts). Sums run over lists in their canonical order, so both
// stores get bit-identical numbers.
import type { CandidateFact } from './facts.ts';
import type { Gap } from './shapes.ts';
import { DISTANCE_HALF_KM, FEASIBILITY, IMPORT_LOG10_FULL, LINK_WEIGHTS, NETWORK_WEIGHTS, type ScoreTerm } from './weights.ts';

const LEVERS = {
  process: 'machinery restructuring',
  tolerance: 'machinery restructuring',
  material: 'material centre',
  certification: 'quality coaching and certification',
} as const;

export function gapsOf(fact: CandidateFact): Gap[] {
  const gaps: Gap[] = [];
  for (const p of fact.processes) {
    if (!p.can) gaps.push({ kind: 'process', lever: LEVERS.process, process: p.process });
    else if (!p.met) gaps.push({ kind: 'tolerance', lever: LEVERS.tolerance, process: p.process, ...(fact.toleranceMm === null ? {} : { toleranceMm: fact.toleranceMm }) });
  }
  if (fact.material && !fact.material.met) gaps.push({ kind: 'material', lever: LEVERS.material, material: fact.material.material });
  if (fact.certification && !fact.certification.met) gaps.push({ kind: 'certification', lever: LEVERS.certification, certification: fact.certification.certification });
  return gaps;
}

/** The finest tolerance the supplier holds on any of the component's processes, or null. */
export function finestTolerance(fact: CandidateFact): number | null {
  const all = fact.processes.flatMap((p) => p.tolerances);
  return all.length === 0 ? null : Math.min(...all);
}

export interface Derived {
  gaps: Gap[];
  domesticUnits: number;
  unmetShare: number;
  importUsd: number;
  /** Jaccard index of the best peer, and which peer (first by id among equals). */
  peer: (CandidateFact['peers'][number] & { jaccard: number }) | null;
  /** Σ 1 / degree over the shared partners: NetworkX's resource_allocation_index of (s, b). */
  resourceAllocation: number;
}

export function derive(fact: CandidateFact): Derived {
  const domesticUnits = fact.currentSupply.reduce((sum, s) => sum + (s.units ?? 0), 0);
  const need = fact.need?.units ?? null;
  const unmetShare = need !== null && need > 0 ? Math.max(0, need - domesticUnits) / need : fact.currentSupply.length === 0 ? 1 : 0;
  let peer: Derived['peer'] = null;
  for (const p of fact.peers) {
    const jaccard = p.shared / p.union;
    if (peer === null || jaccard > peer.jaccard) peer = { ...p, jaccard };
  }
  return {
    gaps: fact.makes ? gapsOf(fact) : [],
    domesticUnits,
    unmetShare,
    importUsd: fact.origins.reduce((sum, o) => sum + o.valueUsd, 0),
    peer,
    resourceAllocation: fact.sharedPartners.reduce((sum, z) => sum + 1 / z.degree, 0),
  };
}

export function scoreTerms(fact: CandidateFact, d: Derived): Record<ScoreTerm, number> {
  const feasibility = fact.makes ? Math.max(FEASIBILITY.makesFloor, 1 - FEASIBILITY.perGap * d.gaps.length) : FEASIBILITY.capable;
  const network =
    NETWORK_WEIGHTS.alreadySupplies * (fact.alreadySupplies.length > 0 ? 1 : 0) +
    NETWORK_WEIGHTS.sharedPartners * (1 - 0.5 ** fact.sharedPartners.length) +
    NETWORK_WEIGHTS.paths3 * (fact.paths3 / (fact.paths3 + 2)) +
    NETWORK_WEIGHTS.peers * (d.peer?.jaccard ?? 0) +
    NETWORK_WEIGHTS.provenElsewhere * (1 - 0.5 ** fact.suppliesElsewhere.length);
  return {
    feasibility,
    demand: d.unmetShare,
    imports: Math.min(1, Math.log10(1 + d.importUsd) / IMPORT_LOG10_FULL),
    distance: fact.km === null ? 0 : 1 / (1 + fact.km / DISTANCE_HALF_KM),
    network,
  };
}

export function scoreOf(terms: Record<ScoreTerm, number>): number {
  return (Object.keys(LINK_WEIGHTS) as ScoreTerm[]).reduce((sum, t) => sum + LINK_WEIGHTS[t] * terms[t], 0);
}
