// Presence matrix M(c,p) and its degrees: diversity k_c,0 = Σ_p M(c,p) and ubiquity
// k_p,0 = Σ_c M(c,p) (Hidalgo & Hausmann 2009, "The building blocks of economic complexity", PNAS;
// py-ecomplexity `calculate_mcp`: M = 1 when RCA >= threshold). Also keeps M as adjacency lists
// both ways, so the later steps cost O(non-zeros) instead of O(nc × np) per product.

export interface Presence {
  nc: number;
  np: number;
  /** Row-major nc × np, 0 or 1. */
  m: Uint8Array;
  diversity: Float64Array;
  ubiquity: Float64Array;
  /** Products of location i: prodIdx[prodStart[i] .. prodStart[i+1]). */
  prodStart: Int32Array;
  prodIdx: Int32Array;
  /** Locations of product j: locIdx[locStart[j] .. locStart[j+1]). */
  locStart: Int32Array;
  locIdx: Int32Array;
}

export const presenceFromRca = (rca: Float64Array, threshold: number): Uint8Array => {
  const m = new Uint8Array(rca.length);
  // NaN compares false: py-ecomplexity turns NaN RCA into 0 before the test.
  for (let k = 0; k < rca.length; k++) m[k] = rca[k]! >= threshold ? 1 : 0;
  return m;
};

export const buildPresence = (m: Uint8Array, nc: number, np: number): Presence => {
  const diversity = new Float64Array(nc);
  const ubiquity = new Float64Array(np);
  let nnz = 0;
  for (let i = 0; i < nc; i++) {
    for (let j = 0; j < np; j++) {
      if (m[i * np + j] === 1) {
        diversity[i]++;
        ubiquity[j]++;
        nnz++;
      }
    }
  }
  const prodStart = new Int32Array(nc + 1);
  for (let i = 0; i < nc; i++) prodStart[i + 1] = prodStart[i]! + diversity[i]!;
  const locStart = new Int32Array(np + 1);
  for (let j = 0; j < np; j++) locStart[j + 1] = locStart[j]! + ubiquity[j]!;
  const prodIdx = new Int32Array(nnz);
  const locIdx = new Int32Array(nnz);
  const locFill = locStart.slice(0, np);
  let k = 0;
  for (let i = 0; i < nc; i++) {
    for (let j = 0; j < np; j++) {
      if (m[i * np + j] === 1) {
        prodIdx[k++] = j;
        locIdx[locFill[j]!++] = i;
      }
    }
  }
  return { nc, np, m, diversity, ubiquity, prodStart, prodIdx, locStart, locIdx };
};
