// Every (imported component × cluster) pair evaluated at once (DESIGN.md, "Analyses >
// Substitution"; the rule in requirements.ts, the weights in strategies.ts): only the score and the
// status are kept per pair (about 800,000 pairs at national scale); the other numbers of a pair
// (requirements met, coverage, density, capacity ratio, distance) are recomputed by `pair(i)` for
// the few rows an answer spells out, with the same code, so they are the numbers the score used.
// Pair i is (components[⌊i / clusters.length⌋], clusters[i mod clusters.length]); both lists are in
// id order, so i ascending is the (component id, cluster id) order used to break ties.
import { clusterDensities, densityIndex, madeRows, type DensityIndex } from './density.ts';
import type { ClusterProfile, CoProduction, ImportedComponent } from './facts.ts';
import { geoPoint, haversineKm, type GeoPoint } from './geo.ts';
import { givePairBuffers, takePairBuffers, type PairBuffers } from './pair-buffers.ts';
import { encodeHeld, encodeRequired, requirementsOf, type Requirement } from './requirements.ts';
import { DISTANCE_SCALE_KM, STRATEGIES, type Strategy, type StrategyWeights } from './strategies.ts';
import { runInSlices, runToEnd } from '../../util/yield.ts';

export const STATUS = ['ready', 'near', 'stretch'] as const;
export type Status = (typeof STATUS)[number];

export interface EvaluationInput {
  /** The components to pair (in id order). */
  components: readonly ImportedComponent[];
  /** The clusters to pair (in id order). */
  clusters: readonly ClusterProfile[];
  coProduction: ReadonlyMap<string, CoProduction>;
  /** The largest import value of any imported component (the importValue feature's scale). */
  maxImportValueUsd: number;
  strategy: Strategy;
  /**
   * The import value of each component (in the order of `components`) under the chosen import
   * basis (issue 15): the importValue feature and the rank's tie-break use it. Without it, each
   * component's importValueUsd (the buyers' figure).
   */
  importValues?: Float64Array;
  /** Each component's complexity feature (0..1); with `weights` that weigh it. */
  complexity?: Float64Array;
  /** The weights to score with, when not those of STRATEGIES[strategy] (a strategy weighing complexity). */
  weights?: Readonly<StrategyWeights>;
  /** Which import values `importValues` holds (default: the buyers'), and the national table's year. */
  basis?: { kind: 'buyers' | 'national'; year: number | null };
}

/** The numbers of one pair. */
export interface PairNumbers {
  met: number;
  total: number;
  gaps: number;
  coverage: number;
  density: number;
  /** NaN when the tonnage is unknown or 0. */
  capacityRatio: number;
  /** NaN when the cluster or every importing buyer lacks coordinates. */
  distanceKm: number;
  score: number;
}

export interface Evaluation {
  input: EvaluationInput;
  requirements: Requirement[][];
  /** Tonnes imported per component (units × massKg / 1000), NaN when unknown. */
  importTonnes: Float64Array;
  score: Float64Array;
  /** Index into STATUS: 0 ready (no gap), 1 near (one gap), 2 stretch. */
  status: Uint8Array;
  /** All numbers of pair i. */
  pair: (i: number) => PairNumbers;
  /** Where score and status live (releaseEvaluation). */
  buffers: PairBuffers;
}

export const tonnesOf = (c: ImportedComponent): number => (c.importUnits === null || c.massKg === null ? Number.NaN : (c.importUnits * c.massKg) / 1000);

const pointOf = (lat: number | null, lon: number | null): GeoPoint | null => (lat === null || lon === null ? null : geoPoint(lat, lon));

/** The requirement vocabulary of the paired components, numbered, with each component's rows. */
function prepareRequirements(components: readonly ImportedComponent[], clusters: readonly ClusterProfile[]) {
  const processIx = new Map<string, number>();
  const materialIx = new Map<string, number>();
  const certIx = new Map<string, number>();
  const number = (m: Map<string, number>, k: string): number => {
    let v = m.get(k);
    if (v === undefined) m.set(k, (v = m.size));
    return v;
  };
  const requirements = components.map(requirementsOf);
  const reqProc: Int32Array[] = [];
  const reqTol: Float64Array[] = [];
  const reqMat = new Int32Array(components.length).fill(-1);
  const reqCert = new Int32Array(components.length).fill(-1);
  requirements.forEach((reqs, ci) => {
    const procs: number[] = [];
    const tols: number[] = [];
    for (const r of reqs) {
      if (r.kind === 'process') {
        procs.push(number(processIx, r.process));
        tols.push(encodeRequired(r.toleranceMm));
      } else if (r.kind === 'material') reqMat[ci] = number(materialIx, r.material);
      else reqCert[ci] = number(certIx, r.certification);
    }
    reqProc.push(Int32Array.from(procs));
    reqTol.push(Float64Array.from(tols));
  });
  const nP = processIx.size;
  const nM = materialIx.size;
  const nT = certIx.size;
  // Per cluster: the encoded held tolerance of each required process (NaN: absent), materials, certifications.
  const held = new Float64Array(clusters.length * nP).fill(Number.NaN);
  const works = new Uint8Array(clusters.length * nM);
  const certified = new Uint8Array(clusters.length * nT);
  clusters.forEach((k, ki) => {
    for (const p of k.processes) {
      const pi = processIx.get(p.id);
      if (pi !== undefined) held[ki * nP + pi] = encodeHeld(p.toleranceMm);
    }
    for (const m of k.materials) {
      const mi = materialIx.get(m);
      if (mi !== undefined) works[ki * nM + mi] = 1;
    }
    for (const c of k.certifications) {
      const ti = certIx.get(c);
      if (ti !== undefined) certified[ki * nT + ti] = 1;
    }
  });
  /** Requirements of component ci met by cluster ki: the rule of requirements.ts on the encoded values. */
  const metCount = (ci: number, ki: number): number => {
    const procs = reqProc[ci]!;
    const tols = reqTol[ci]!;
    let met = 0;
    for (let j = 0; j < procs.length; j++) if (held[ki * nP + procs[j]] <= tols[j]) met++;
    if (reqMat[ci] >= 0 && works[ki * nM + reqMat[ci]] === 1) met++;
    if (reqCert[ci] >= 0 && certified[ki * nT + reqCert[ci]] === 1) met++;
    return met;
  };
  return { requirements, metCount };
}

/** Importing buyers numbered; per component its buyers' numbers and weights (located buyers only). */
function prepareBuyers(components: readonly ImportedComponent[]) {
  const buyerIx = new Map<string, number>();
  const points: GeoPoint[] = [];
  const rows = components.map((c) => {
    const ids: number[] = [];
    const weights: number[] = [];
    for (const b of c.buyers) {
      const point = pointOf(b.lat, b.lon);
      if (point === null) continue;
      let bi = buyerIx.get(b.id);
      if (bi === undefined) {
        buyerIx.set(b.id, (bi = points.length));
        points.push(point);
      }
      ids.push(bi);
      weights.push(b.valueUsd);
    }
    return { ids: Int32Array.from(ids), weights: Float64Array.from(weights) };
  });
  /** Distances from a cluster to every numbered buyer (empty when the cluster has no location). */
  const distancesFrom = (k: ClusterProfile): Float64Array | null => {
    const from = pointOf(k.lat, k.lon);
    if (from === null) return null;
    const out = new Float64Array(points.length);
    for (let b = 0; b < points.length; b++) out[b] = haversineKm(from, points[b]!);
    return out;
  };
  /** Import-value-weighted mean distance of component ci's buyers, summed in buyer-id order. */
  const weighted = (ci: number, distances: Float64Array | null): number => {
    if (distances === null) return Number.NaN;
    const { ids, weights } = rows[ci]!;
    let sum = 0;
    let weight = 0;
    for (let j = 0; j < ids.length; j++) {
      sum += weights[j] * distances[ids[j]];
      weight += weights[j];
    }
    return weight > 0 ? sum / weight : Number.NaN;
  };
  return { distancesFrom, weighted };
}

/** What does not depend on the clusters' capabilities or the strategy: density and distances. */
interface Geometry {
  dIndex: DensityIndex;
  buyers: ReturnType<typeof prepareBuyers>;
  /** Per cluster profile: density of every component in it, distances to every numbered buyer. */
  perCluster: WeakMap<ClusterProfile, { densities: Float64Array; distances: Float64Array | null }>;
}

// Facts are never changed in place (interventions.ts copies what it changes), so their identity is
// a safe key: when the store hands out the same facts again (the embedded store keeps them per
// dataset), the densities and distances of every cluster a what-if leaves alone are reused.
const geometries = new WeakMap<readonly ImportedComponent[], WeakMap<ReadonlyMap<string, CoProduction>, Geometry>>();

function geometryOf(components: readonly ImportedComponent[], coProduction: ReadonlyMap<string, CoProduction>): Geometry {
  let byCo = geometries.get(components);
  if (!byCo) geometries.set(components, (byCo = new WeakMap()));
  let g = byCo.get(coProduction);
  if (!g) {
    const dIndex = densityIndex(
      components.map((c) => c.id),
      coProduction,
    );
    byCo.set(coProduction, (g = { dIndex, buyers: prepareBuyers(components), perCluster: new WeakMap() }));
  }
  return g;
}

function clusterGeometry(g: Geometry, k: ClusterProfile, nC: number): { densities: Float64Array; distances: Float64Array | null } {
  let c = g.perCluster.get(k);
  if (!c) {
    const densities = new Float64Array(nC);
    clusterDensities(g.dIndex, madeRows(g.dIndex, k.makes), densities);
    g.perCluster.set(k, (c = { densities, distances: g.buyers.distancesFrom(k) }));
  }
  return c;
}

/**
 * The evaluation as steps: it pauses after its set-up and after each cluster's pairs, so that
 * evaluateInSlices can let other requests run between them. At national scale one evaluation is
 * 1–1.5 s of work (823,680 pairs), and a what-if makes two: on the main thread in one piece, a
 * what-if of 100 interventions held every route 3.4–7.5 s, and four at once left /api/health
 * unanswered for 40 s while clients that had sent their requests in time were answered 408 (a
 * helper's, round 50).
 */
export function* evaluateSteps(input: EvaluationInput): Generator<void, Evaluation> {
  const { components, clusters } = input;
  const nC = components.length;
  const nK = clusters.length;
  const w = input.weights ?? STRATEGIES[input.strategy];
  const { requirements, metCount } = prepareRequirements(components, clusters);
  const geometry = geometryOf(components, input.coProduction);
  const { weighted } = geometry.buyers;
  const importTonnes = Float64Array.from(components, tonnesOf);
  const logMax = Math.log1p(input.maxImportValueUsd);
  const values = input.importValues ?? Float64Array.from(components, (c) => c.importValueUsd);
  const valueFeature = values.map((v) => (logMax > 0 ? Math.log1p(v) / logMax : 0));
  const complexityF = input.complexity ?? new Float64Array(nC);

  /** Fills `out` with the numbers of pair (ci, ki); one scratch object serves the whole loop. */
  const numbers = (out: PairNumbers, ci: number, ki: number, density: number, distances: Float64Array | null): PairNumbers => {
    const k = clusters[ki]!;
    const met = metCount(ci, ki);
    const total = requirements[ci]!.length;
    const tonnes = importTonnes[ci];
    const capacityRatio = tonnes > 0 ? k.capacityTonnes / tonnes : Number.NaN;
    const gaps = total - met + (tonnes > 0 && k.capacityTonnes < tonnes ? 1 : 0);
    const coverage = total === 0 ? 1 : met / total;
    const distanceKm = weighted(ci, distances);
    const capacityF = Number.isNaN(capacityRatio) ? 0 : Math.min(1, capacityRatio);
    const distanceF = Number.isNaN(distanceKm) ? 0 : 1 / (1 + distanceKm / DISTANCE_SCALE_KM);
    out.met = met;
    out.total = total;
    out.gaps = gaps;
    out.coverage = coverage;
    out.density = density;
    out.capacityRatio = capacityRatio;
    out.distanceKm = distanceKm;
    out.score = w.coverage * coverage + w.density * density + w.capacity * capacityF + w.importValue * valueFeature[ci] + w.distance * distanceF;
    // Only a strategy that weighs complexity adds the term (its absence leaves the sum as it was).
    if (w.complexity !== 0) out.score += w.complexity * complexityF[ci];
    return out;
  };

  yield;
  const buffers = takePairBuffers(nC * nK);
  const { score, status } = buffers;
  const scratch: PairNumbers = { met: 0, total: 0, gaps: 0, coverage: 0, density: 0, capacityRatio: 0, distanceKm: 0, score: 0 };
  for (let ki = 0; ki < nK; ki++) {
    const { densities, distances } = clusterGeometry(geometry, clusters[ki]!, nC);
    for (let ci = 0; ci < nC; ci++) {
      const p = numbers(scratch, ci, ki, densities[ci], distances);
      const i = ci * nK + ki;
      score[i] = p.score;
      status[i] = p.gaps === 0 ? 0 : p.gaps === 1 ? 1 : 2;
    }
    yield;
  }

  // pair(i) recomputes one pair from the same densities and distances.
  const pair = (i: number): PairNumbers => {
    const ci = Math.floor(i / nK);
    const ki = i % nK;
    const c = clusterGeometry(geometry, clusters[ki]!, nC);
    return numbers({ ...scratch }, ci, ki, c.densities[ci], c.distances);
  };
  return { input, requirements, importTonnes, score, status, pair, buffers };
}

/** The evaluation in one piece (the same numbers as evaluateInSlices). */
export const evaluate = (input: EvaluationInput): Evaluation => runToEnd(evaluateSteps(input));

/** The evaluation with the event loop let run between its steps (util/yield.ts). */
export const evaluateInSlices = (input: EvaluationInput): Promise<Evaluation> => runInSlices(evaluateSteps(input));

/**
 * Hands the evaluation's score and status buffers to the next evaluation (pair-buffers.ts). The
 * caller must not read `e.score` or `e.status` afterwards; an evaluation never released is simply
 * collected.
 */
export function releaseEvaluation(e: Evaluation): void {
  givePairBuffers(e.buffers);
}

/** The import value of component ci under the evaluation's basis. */
export const basisValue = (e: Evaluation, ci: number): number => e.input.importValues?.[ci] ?? e.input.components[ci]!.importValueUsd;

/** Better rank first: higher score, then larger import value (of the basis), then (component id, cluster id). */
export function compareRank(e: Evaluation, i: number, j: number): number {
  const nK = e.input.clusters.length;
  return e.score[j] - e.score[i] || basisValue(e, Math.floor(j / nK)) - basisValue(e, Math.floor(i / nK)) || i - j;
}
