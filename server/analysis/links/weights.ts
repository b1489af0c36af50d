// The one place the missing-link score is defined (both stores use it). A candidate's score is
//   Σ LINK_WEIGHTS[t] · term_t, every term in [0, 1], so the score is in [0, 1]:
// - feasibility: s MAKES p: 1 − FEASIBILITY.perGap per unmet requirement (no lower than
//   FEASIBILITY.makesFloor); s only covers p's requirements: FEASIBILITY.capable;
// - demand: the share of b's yearly need of p that no domestic supplier covers today,
//   max(0, need − Σ supplied units) / need; when b states no need (it only imports p) or no volume:
//   1 if nobody supplies p to b, else 0;
// - imports: replaced import value, log-scaled: min(1, log10(1 + USD) / IMPORT_LOG10_FULL) —
//   USD 10 million or more counts fully (b's latest-year imports of p);
// - distance: 1 / (1 + km / DISTANCE_HALF_KM) — 1 next door, ½ at 250 km; 0 when unknown;
// - network: Σ NETWORK_WEIGHTS[e] · e over the evidence
//     alreadySupplies  1 when s already supplies b something else,
//     sharedPartners   1 − ½^k for k common neighbours (s–z–b),
//     paths3           n / (n + 2) for n simple paths s–x–y–b of the undirected supply graph,
//     peers            the largest Jaccard index between s's buyers and the buyers of one of b's
//                      current suppliers (b itself left out of both sets),
//     provenElsewhere  1 − ½^k when s already supplies p to k other buyers.
export const LINK_WEIGHTS = { feasibility: 0.3, demand: 0.2, imports: 0.15, distance: 0.1, network: 0.25 } as const;

export const FEASIBILITY = { perGap: 0.15, makesFloor: 0.5, capable: 0.6 } as const;

export const IMPORT_LOG10_FULL = 7;

export const DISTANCE_HALF_KM = 250;

export const NETWORK_WEIGHTS = { alreadySupplies: 0.3, sharedPartners: 0.25, paths3: 0.15, peers: 0.1, provenElsewhere: 0.2 } as const;

export type ScoreTerm = keyof typeof LINK_WEIGHTS;
