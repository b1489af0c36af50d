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

/** Σ units (a missing figure counts 0) over the current supplies, in the facts' order (by supplier). */
export const domesticUnitsOf = (units: ReadonlyArray<number | null>): number => units.reduce<number>((sum, u) => sum + (u ?? 0), 0);

/** The share of the yearly need nobody supplies; without a stated need, 1 when nobody supplies it, else 0. */
export const unmetShareOf = (need: number | null, domesticUnits: number, supplies: number): number =>
  need !== null && need > 0 ? Math.max(0, need - domesticUnits) / need : supplies === 0 ? 1 : 0;

/** Σ value over the origins of the latest year, in the facts' order (by country). */
export const importUsdOf = (values: readonly number[]): number => values.reduce((sum, v) => sum + v, 0);

export function derive(fact: CandidateFact): Derived {
  const domesticUnits = domesticUnitsOf(fact.currentSupply.map((s) => s.units));
  const unmetShare = unmetShareOf(fact.need?.units ?? null, domesticUnits, fact.currentSupply.length);
  let peer: Derived['peer'] = null;
  for (const p of fact.peers) {
    const jaccard = p.shared / p.union;
    if (peer === null || jaccard > peer.jaccard) peer = { ...p, jaccard };
  }
  return {
    gaps: fact.makes ? gapsOf(fact) : [],
    domesticUnits,
    unmetShare,
    importUsd: importUsdOf(fact.origins.map((o) => o.valueUsd)),
    peer,
    resourceAllocation: fact.sharedPartners.reduce((sum, z) => sum + 1 / z.degree, 0),
  };
}

/**
 * The numbers a score is made of, nothing else: the selection of the best candidates
 * (select.ts) computes them, or upper bounds of them, without building a candidate's facts, and
 * scoreTerms() reads them from the facts, so both get the same floating-point score.
 */
export interface ScoreInputs {
  /** feasibilityOf(makes, number of gaps). */
  feasibility: number;
  unmetShare: number;
  importUsd: number;
  /** Rounded as in the facts (roundKm), null when unknown. */
  km: number | null;
  alreadySupplies: boolean;
  sharedPartners: number;
  paths3: number;
  /** The best peer's Jaccard index, 0 without a peer. */
  peerJaccard: number;
  suppliesElsewhere: number;
}

export const feasibilityOf = (makes: boolean, gaps: number): number =>
  makes ? Math.max(FEASIBILITY.makesFloor, 1 - FEASIBILITY.perGap * gaps) : FEASIBILITY.capable;

/** The imports term: replaced import value, log-scaled (weights.ts). */
export const importsTerm = (importUsd: number): number => Math.min(1, Math.log10(1 + importUsd) / IMPORT_LOG10_FULL);

/** The distance term: 1 next door, ½ at DISTANCE_HALF_KM, 0 when unknown (weights.ts). */
export const distanceTerm = (km: number | null): number => (km === null ? 0 : 1 / (1 + km / DISTANCE_HALF_KM));

/** The network term from the evidence's numbers (weights.ts). */
export const networkTerm = (alreadySupplies: boolean, sharedPartners: number, paths3: number, peerJaccard: number, suppliesElsewhere: number): number =>
  NETWORK_WEIGHTS.alreadySupplies * (alreadySupplies ? 1 : 0) +
  NETWORK_WEIGHTS.sharedPartners * (1 - 0.5 ** sharedPartners) +
  NETWORK_WEIGHTS.paths3 * (paths3 / (paths3 + 2)) +
  NETWORK_WEIGHTS.peers * peerJaccard +
  NETWORK_WEIGHTS.provenElsewhere * (1 - 0.5 ** suppliesElsewhere);

/**
 * The terms of the score. Every term is non-decreasing in every input (feasibility, unmet share,
 * import value, shared partners, paths, Jaccard, other buyers; non-increasing in km), and so is
 * each floating-point step, so inputs that bound the true ones from above give terms, and a score,
 * that bound the true ones from above (select.ts relies on this).
 */
export function termsOf(x: ScoreInputs): Record<ScoreTerm, number> {
  return {
    feasibility: x.feasibility,
    demand: x.unmetShare,
    imports: importsTerm(x.importUsd),
    distance: distanceTerm(x.km),
    network: networkTerm(x.alreadySupplies, x.sharedPartners, x.paths3, x.peerJaccard, x.suppliesElsewhere),
  };
}

export function scoreTerms(fact: CandidateFact, d: Derived): Record<ScoreTerm, number> {
  return termsOf({
    feasibility: feasibilityOf(fact.makes, d.gaps.length),
    unmetShare: d.unmetShare,
    importUsd: d.importUsd,
    km: fact.km,
    alreadySupplies: fact.alreadySupplies.length > 0,
    sharedPartners: fact.sharedPartners.length,
    paths3: fact.paths3,
    peerJaccard: d.peer?.jaccard ?? 0,
    suppliesElsewhere: fact.suppliesElsewhere.length,
  });
}

/** Σ LINK_WEIGHTS[t] · term_t, added in the order feasibility, demand, imports, distance, network. */
export const weightedScore = (feasibility: number, demand: number, imports: number, distance: number, network: number): number =>
  LINK_WEIGHTS.feasibility * feasibility + LINK_WEIGHTS.demand * demand + LINK_WEIGHTS.imports * imports + LINK_WEIGHTS.distance * distance + LINK_WEIGHTS.network * network;

export function scoreOf(terms: Record<ScoreTerm, number>): number {
  return weightedScore(terms.feasibility, terms.demand, terms.imports, terms.distance, terms.network);
}
