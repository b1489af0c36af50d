// Mean and standard deviation used to normalise ECI, PCI, COI and COG as the Stata `ecomplexity`
// command does (Growth Lab; its output is the ground truth of py-ecomplexity's tests). Stata
// computes them over the long location × product table, where each location's value repeats once
// per product, with the sample (n − 1) denominator:
//   mean = mean over locations;  sd = √( P Σ_c (x_c − mean)² / (P·C − 1) ),
// C = locations with a value, P = products in the year's table. (py-ecomplexity itself uses
// numpy's population sd over locations, which differs from Stata by √(P·C / (P·C − 1)).)

export interface Spread {
  mean: number;
  sd: number;
}

/** NaN entries are left out; null when fewer than two table rows or no spread. */
export const fullTableSpread = (x: Float64Array, productsPerLocation: number): Spread | null => {
  let n = 0;
  let sum = 0;
  for (const v of x) {
    if (Number.isNaN(v)) continue;
    n++;
    sum += v;
  }
  const rows = n * productsPerLocation;
  if (rows < 2) return null;
  const mean = sum / n;
  let ss = 0;
  for (const v of x) if (!Number.isNaN(v)) ss += (v - mean) * (v - mean);
  const sd = Math.sqrt((productsPerLocation * ss) / (rows - 1));
  return sd > 0 && Number.isFinite(sd) ? { mean, sd } : null;
};
