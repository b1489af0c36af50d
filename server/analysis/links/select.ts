// The best k missing-link candidates and the number of all candidates, without listing them all.
// At national scale (100,000 firms, 2,000 components) there are 25 million candidates (demand
// pairs × possible suppliers of the component); building the facts of each, as the ranking used
// to, took minutes and more than 4 GB. Instead:
//   - total: per demand pair (b, p), the possible suppliers of p under the filter, less b itself and
//     the firms that already supply p to b — counted, never listed;
//   - blocking: candidates are generated per demand pair from the component's possible suppliers
//     (link-index.ts, supplier-lists.ts), never from pairs of firms;
//   - bounds: the score is monotone in each of its inputs (score.ts, termsOf), so inputs that bound
//     the true ones give an upper bound of the score. Demand pairs are visited best bound first
//     (best supplier key + the pair's demand, imports and distance 0); once k candidates are kept
//     (a heap whose root is the k-th best), a pair or an entry whose bound is below the k-th score
//     is skipped: no candidate of it can reach the k best;
//   - evidence only where it can exist: shared partners, paths of length 3, peers and an existing
//     link need the supplier within 3 steps of the buyer (ball.ts). Those few get a bound with
//     every input exact but the evidence (bounded by degrees), and the evidence itself
//     (network-evidence.ts) when the bound passes. Every other supplier's score is known from its
//     entry (feasibility, other buyers), the pair and the distance, and each part of a component's
//     list is in key order, so a visit stops at the first entry whose bound falls short.
// Ties rank by supplier, buyer and component id, as recommend.ts does, so the k kept are exactly the
// first k of the full ranking; the scores are those recommend() computes from the candidates' facts
// (the same terms through the same weightedScore). test/links/selection.property.test.ts checks
// both against listing and ranking every candidate.
import { haversineKm } from './distance.ts';
import { roundKm } from './facts.ts';
import { TopK } from './heap.ts';
import type { LinkIndex } from './link-index.ts';
import { Ball } from './ball.ts';
import { NetworkEvidence, type NetworkNumbers } from './network-evidence.ts';
import { distanceTerm, importsTerm, networkTerm, weightedScore } from './score.ts';
import type { CandidateFilter } from './shapes.ts';
import { hasSupplier, inRange, restrictSuppliers, type SupplierLists } from './supplier-lists.ts';
import { LINK_WEIGHTS } from './weights.ts';

export interface Selected {
  supplier: string;
  buyer: string;
  component: string;
  /** The score recommend() gives the candidate (unrounded). */
  score: number;
}

interface Kept {
  score: number;
  s: number;
  b: number;
  p: number;
}

/** a ranks after b: lower score, or the same score and a later (supplier, buyer, component). */
const worse = (a: Kept, b: Kept): boolean =>
  a.score < b.score || (a.score === b.score && (a.s > b.s || (a.s === b.s && (a.b > b.b || (a.b === b.b && a.p > b.p)))));

/**
 * Keys and pair shares are sums of the same terms as a score, added in another order: they can
 * differ from it by a few units in the last place (about 1e-16). Comparing with this much room
 * keeps the stops exact.
 */
const SLACK = 1e-9;

/** The demand pairs under the buyer and component filters (an id the index does not know: none). */
function filteredPairs(ix: LinkIndex, filter: CandidateFilter): number[] {
  const b = filter.buyer === null ? -1 : (ix.firmIndex.get(filter.buyer) ?? -2);
  const p = filter.component === null ? -1 : (ix.componentIndex.get(filter.component) ?? -2);
  if (b === -2 || p === -2) return [];
  const out: number[] = [];
  for (let i = 0; i < ix.pairBuyer.length; i++) if ((b < 0 || ix.pairBuyer[i] === b) && (p < 0 || ix.pairComponent[i] === p)) out.push(i);
  return out;
}

/** Best first: a before b when b ranks after a (worse). */
const bestFirst = (a: Kept, b: Kept): number => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0);

/**
 * The total and the `limit` best candidates under the filter. `touching` (1 per firm number)
 * keeps only the candidates whose supplier or buyer is marked: a focused view's recommended links
 * (server/focus/recommended.ts), which touch its focus firms. Those are the candidates of the
 * demand pairs of marked buyers (any supplier) and of the other pairs with a marked supplier; each
 * part is ranked with its own bounds and the two best lists merged, so the k kept are still the
 * first k of the ranking of every candidate that touches.
 */
export function selectCandidates(ix: LinkIndex, filter: CandidateFilter, limit = Infinity, touching?: Uint8Array): { total: number; selected: Selected[] } {
  let lists = ix.suppliers;
  if (filter.cluster !== null) {
    const allowed = new Uint8Array(ix.firmIds.length);
    for (const f of ix.membersOf.get(filter.cluster) ?? []) allowed[f] = 1;
    lists = restrictSuppliers(lists, allowed);
  }
  const pairs = filteredPairs(ix, filter);
  let total: number;
  let kept: Kept[];
  if (touching === undefined) ({ total, kept } = rankPairs(ix, pairs, lists, limit));
  else {
    const byBuyer = rankPairs(ix, pairs.filter((i) => touching[ix.pairBuyer[i]!] === 1), lists, limit);
    const bySupplier = rankPairs(ix, pairs.filter((i) => touching[ix.pairBuyer[i]!] !== 1), restrictSuppliers(lists, touching), limit);
    total = byBuyer.total + bySupplier.total;
    kept = [...byBuyer.kept, ...bySupplier.kept].sort(bestFirst).slice(0, limit);
  }
  const selected = kept.map(({ score, s, b, p }) => ({ supplier: ix.firmIds[s]!, buyer: ix.firmIds[b]!, component: ix.componentIds[p]!, score }));
  return { total, selected };
}

/** The total of the pairs' candidates with these supplier lists, and the `limit` best, best first. */
function rankPairs(ix: LinkIndex, pairs: readonly number[], lists: SupplierLists, limit: number): { total: number; kept: Kept[] } {
  const F = ix.firmIds.length;

  // total: every possible supplier of the pair's component, less the buyer and its current suppliers of it.
  let total = 0;
  for (const i of pairs) {
    const b = ix.pairBuyer[i]!;
    const p = ix.pairComponent[i]!;
    let excluded = hasSupplier(lists, p, b) ? 1 : 0;
    for (let k = ix.exclStart[i]!; k < ix.exclStart[i + 1]!; k++) {
      const s = ix.excl[k]!;
      if (s !== b && hasSupplier(lists, p, s)) excluded++;
    }
    total += lists.start[p + 1]! - lists.start[p]! - excluded;
  }

  // Each pair's share of its candidates' bounds: demand, imports, and distance at its best (0 km).
  // An entry's key or nearKey (supplier-lists.ts) plus this share bounds its candidate's score.
  const demandTerm = new Float64Array(pairs.length);
  const importTerm = new Float64Array(pairs.length);
  const rest = new Float64Array(pairs.length);
  const pairBound = new Float64Array(pairs.length);
  const nearMax = new Float64Array(ix.componentIds.length).fill(NaN);
  const bestNear = (p: number): number => {
    if (Number.isNaN(nearMax[p]!)) {
      let best = -Infinity;
      for (let e = lists.start[p]!; e < lists.split[p]!; e++) best = Math.max(best, lists.nearKey[e]!);
      nearMax[p] = best;
    }
    return nearMax[p]!;
  };
  pairs.forEach((i, k) => {
    const p = ix.pairComponent[i]!;
    demandTerm[k] = ix.unmetShare[i]!;
    importTerm[k] = importsTerm(ix.importUsd[i]!);
    rest[k] = LINK_WEIGHTS.demand * demandTerm[k]! + LINK_WEIGHTS.imports * importTerm[k]! + LINK_WEIGHTS.distance * distanceTerm(0);
    const isolated = lists.start[p + 1]! > lists.split[p]! ? lists.key[lists.split[p]!]! : -Infinity;
    pairBound[k] = Math.max(bestNear(p), isolated) + rest[k]!;
  });
  const order = pairs.map((_, k) => k).sort((x, y) => pairBound[y]! - pairBound[x]! || x - y);

  // Every candidate is kept when the limit reaches the total (the CLI prints them all).
  const kept = new TopK<Kept>(limit >= total ? Infinity : limit, worse);
  let threshold = -Infinity;
  const offer = (score: number, s: number, b: number, p: number) => {
    if (score < threshold) return;
    kept.offer({ score, s, b, p });
    if (kept.full && kept.size > 0) threshold = kept.worst!.score;
  };
  const evidence = new NetworkEvidence(ix);
  const ball = new Ball(ix);
  const memo = new Map<number, NetworkNumbers>();
  const degree = (f: number) => ix.adjStart[f + 1]! - ix.adjStart[f]!;
  for (const k of order) {
    if (pairBound[k]! + SLACK < threshold) break;
    const i = pairs[k]!;
    const b = ix.pairBuyer[i]!;
    const p = ix.pairComponent[i]!;
    const [dT, iT, restK] = [demandTerm[k]!, importTerm[k]!, rest[k]!];
    const [exclFrom, exclTo] = [ix.exclStart[i]!, ix.exclStart[i + 1]!];
    const [latB, lonB] = [ix.lat[b]!, ix.lon[b]!];
    const buyerLocated = !Number.isNaN(latB) && !Number.isNaN(lonB);
    const buyerDegree = degree(b);
    const buyerSupplied = ix.suppStart[b + 1]! > ix.suppStart[b]!;
    const excluded = (s: number) => s === b || inRange(ix.excl, exclFrom, exclTo, s);
    const distanceOf = (s: number): number => {
      const [latS, lonS] = [ix.lat[s]!, ix.lon[s]!];
      return distanceTerm(buyerLocated && !Number.isNaN(latS) && !Number.isNaN(lonS) ? roundKm(haversineKm(latS, lonS, latB, lonB)) : null);
    };
    const [connectedFrom, connectedTo] = [lists.start[p]!, lists.split[p]!];
    // Connected suppliers within 3 steps of the buyer: a bound with everything exact but the
    // network evidence, which is bounded by degrees; the evidence itself for those that pass.
    const near = connectedTo > connectedFrom && bestNear(p) + restK + SLACK >= threshold ? ball.around(b) : null;
    if (near) {
      for (let e = connectedFrom; e < connectedTo; e++) {
        const s = lists.firm[e]!;
        if (!near.has(s) || lists.nearKey[e]! + restK + SLACK < threshold || excluded(s)) continue;
        const [fT, distT, elsewhere] = [lists.feasibility[e]!, distanceOf(s), lists.elsewhere[e]!];
        const already = ix.supplyPairs.has(s * F + b);
        const supplying = ix.buyStart[s + 1]! > ix.buyStart[s]!;
        const bound = weightedScore(fT, dT, iT, distT, networkTerm(already, Math.min(degree(s), buyerDegree), ix.pathBound[s]!, supplying && buyerSupplied ? 1 : 0, elsewhere));
        if (bound < threshold) continue;
        const key = s * F + b;
        let n = memo.get(key);
        if (!n) memo.set(key, (n = evidence.numbers(s, b)));
        offer(weightedScore(fT, dT, iT, distT, networkTerm(already, n.sharedPartners, n.paths3, n.peerJaccard, elsewhere)), s, b, p);
      }
    }
    // Connected suppliers farther away, and isolated ones: their only evidence is other buyers,
    // so the score is known; each part is in key order, so a visit stops at the first entry whose
    // bound falls below the k-th best score. (Without the near pass, the best nearKey of the
    // connected part is already below it, and key ≤ nearKey.)
    for (let e = connectedFrom; near !== null && e < connectedTo; e++) {
      if (lists.key[e]! + restK + SLACK < threshold) break;
      const s = lists.firm[e]!;
      if (!near.has(s) && !excluded(s)) offer(weightedScore(lists.feasibility[e]!, dT, iT, distanceOf(s), networkTerm(false, 0, 0, 0, lists.elsewhere[e]!)), s, b, p);
    }
    for (let e = connectedTo; e < lists.start[p + 1]!; e++) {
      if (lists.key[e]! + restK + SLACK < threshold) break;
      const s = lists.firm[e]!;
      if (!excluded(s)) offer(weightedScore(lists.feasibility[e]!, dT, iT, distanceOf(s), networkTerm(false, 0, 0, 0, 0)), s, b, p);
    }
  }
  return { total, kept: kept.sorted() };
}
