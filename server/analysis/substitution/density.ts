// Product-space density of a component in a cluster (Hidalgo, Klinger, Barabási & Hausmann 2007,
// "The product space conditions the development of nations", Science 317; DESIGN.md, "Analyses >
// Substitution"), with firms in place of countries:
//   presence M(f,q) = 1 when firm f MAKES q;  k_p = Σ_f M(f,p);
//   proximity φ(p,q) = Σ_f M(f,p) M(f,q) / max(k_p, k_q), φ(p,p) = 0;
//   a cluster makes q when any member does: M(c,q);
//   density(c,p) = Σ_q M(c,q) φ(p,q) / Σ_q φ(p,q)   (0 when the sum is 0).
// Both sums run over q in id order from the integer co-production facts, so both stores get the
// same floats. The numerators for all clusters are accumulated cluster by cluster through the
// components each cluster makes (an inverted index in compressed rows), which keeps national scale
// fast: each made component adds its φ to the targets related to it.
import type { CoProduction } from './facts.ts';

export interface DensityIndex {
  /** Σ_q φ(p,q) per target component (index into the targets). */
  sumPhi: Float64Array;
  /** Made components q (any id that appears as related), numbered. */
  madeIndex: Map<string, number>;
  /** Rows of the inverted index: for q = madeIndex(id), entries start[q] .. start[q + 1]. */
  start: Int32Array;
  target: Int32Array;
  phi: Float64Array;
}

/** `targets[i]` is a component id; its co-production facts come from `coProduction`. */
export function densityIndex(targets: readonly string[], coProduction: ReadonlyMap<string, CoProduction>): DensityIndex {
  const madeIndex = new Map<string, number>();
  const rows = targets.map((p) => coProduction.get(p));
  let entries = 0;
  for (const cp of rows) {
    if (!cp) continue;
    entries += cp.related.length;
    for (const q of cp.related) if (!madeIndex.has(q)) madeIndex.set(q, madeIndex.size);
  }
  const counts = new Int32Array(madeIndex.size + 1);
  const rowQ: Int32Array[] = rows.map((cp) => {
    const related = cp?.related ?? [];
    const qs = new Int32Array(related.length);
    for (let j = 0; j < related.length; j++) qs[j] = madeIndex.get(related[j]!)!;
    return qs;
  });
  for (const qs of rowQ) for (const q of qs) counts[q + 1] += 1;
  for (let q = 0; q < madeIndex.size; q++) counts[q + 1] += counts[q];
  const start = Int32Array.from(counts);
  const fill = Int32Array.from(counts);
  const target = new Int32Array(entries);
  const phi = new Float64Array(entries);
  const sumPhi = new Float64Array(targets.length);
  rows.forEach((cp, i) => {
    if (!cp) return;
    const qs = rowQ[i]!;
    let sum = 0;
    for (let j = 0; j < qs.length; j++) {
      const f = cp.shared[j]! / Math.max(cp.firms, cp.relatedFirms[j]!);
      sum += f;
      const at = fill[qs[j]]++;
      target[at] = i;
      phi[at] = f;
    }
    sumPhi[i] = sum;
  });
  return { sumPhi, madeIndex, start, target, phi };
}

/** A cluster's made components as rows of the index, in id order (ids the index lacks are dropped). */
export function madeRows(index: DensityIndex, makes: readonly string[]): Int32Array {
  const rows: number[] = [];
  for (const q of makes) {
    const row = index.madeIndex.get(q);
    if (row !== undefined) rows.push(row);
  }
  return Int32Array.from(rows);
}

/** density(c, p) for every target p into `out`, from the cluster's made rows (madeRows, id order). */
export function clusterDensities(index: DensityIndex, made: Int32Array, out: Float64Array): void {
  out.fill(0);
  const { start, target, phi, sumPhi } = index;
  for (const q of made) for (let j = start[q]; j < start[q + 1]; j++) out[target[j]] += phi[j];
  for (let i = 0; i < out.length; i++) out[i] = sumPhi[i] > 0 ? out[i] / sumPhi[i] : 0;
}
