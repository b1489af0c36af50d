// Balassa's revealed comparative advantage, RCA(c,p) = (X_cp / X_c) / (X_p / X), computed in the
// same order of operations as py-ecomplexity's `ComplexityData.calculate_rca` (Growth Lab,
// cid-harvard/py-ecomplexity; Balassa 1965; Hausmann et al., Atlas of Economic Complexity), so
// RCA values exactly equal to a threshold round the same way.
// Input: row-major nc × np values whose rows and columns all have a non-zero total (table.ts).

export const computeRca = (values: Float64Array, nc: number, np: number): Float64Array => {
  const locTotal = new Float64Array(nc);
  const prodTotal = new Float64Array(np);
  for (let i = 0; i < nc; i++) {
    let s = 0;
    for (let j = 0; j < np; j++) {
      const x = values[i * np + j]!;
      s += x;
      prodTotal[j] += x;
    }
    locTotal[i] = s;
  }
  let world = 0;
  for (let j = 0; j < np; j++) world += prodTotal[j]!;
  const share = new Float64Array(np);
  for (let j = 0; j < np; j++) share[j] = prodTotal[j]! / world;
  const rca = new Float64Array(nc * np);
  for (let i = 0; i < nc; i++) {
    for (let j = 0; j < np; j++) rca[i * np + j] = values[i * np + j]! / locTotal[i]! / share[j]!;
  }
  return rca;
};
