// Economic complexity per year: RCA, presence, diversity, ubiquity, ECI, PCI, proximity, density,
// COI and COG, as the Growth Lab's py-ecomplexity `ecomplexity()` and the Stata `ecomplexity`
// command compute them (Hidalgo & Hausmann 2009; Hidalgo et al. 2007; Hausmann et al., The Atlas
// of Economic Complexity). Each year is computed on its own. Normalisation (normalise.ts):
//   eci = (kc − mean kc) / sd kc,  pci = (kp − mean kc) / sd kc,  cog = cog_raw / sd kc,
//   coi = (coi_raw − mean coi_raw) / sd coi_raw.
// Where the package yields NaN the row has null: all metrics for input rows of a location or
// product with a zero total (dropped before computing, merged back); ECI/PCI/COI/COG when they are
// undefined (see eci-pci.ts); ECI for a location with diversity 0 and PCI for a product with
// ubiquity 0 (possible with a threshold above 1); density where a product has no proximity.
// Deviations: those last cases stay confined to their own location or product (the package turns
// the whole year's values NaN, see proximity.ts and coi-cog.ts).
import { computeRawCog, computeRawCoi } from './coi-cog.ts';
import { computeDensity } from './density.ts';
import { computeRawComplexity } from './eci-pci.ts';
import { ComplexityInputError } from './errors.ts';
import { fullTableSpread } from './normalise.ts';
import { resolveComplexityOptions, type ComplexityOptions, type ComplexityOptionsInput } from './options.ts';
import { buildPresence, presenceFromRca } from './presence.ts';
import { discreteProximity } from './proximity.ts';
import { computeRca } from './rca.ts';
import { buildYearTable, compareKeys, splitYears, validateRows, type YearTable } from './table.ts';
import type { ComplexityInputRow, ComplexityRow } from './types.ts';

export interface ComplexityReport {
  rows: ComplexityRow[];
  /** Things the package would warn about (duplicates, undefined ECI, …), one line each. */
  warnings: string[];
}

const yearLabel = (year: string | null): string => (year === null ? 'all rows' : `year ${year}`);
const orNull = (x: number): number | null => (Number.isNaN(x) ? null : x);

const checkManual = (rows: readonly ComplexityInputRow[]): void => {
  rows.forEach((row, i) => {
    if (row.value !== 0 && row.value !== 1) {
      throw new ComplexityInputError(i + 1, 'value', `with presenceTest 'manual' the value must be 0 or 1 (got ${row.value})`);
    }
  });
};

const computeYear = (table: YearTable, options: ComplexityOptions, warnings: string[]): ComplexityRow[] => {
  const { year, locations, products, values } = table;
  const nc = locations.length;
  const np = products.length;
  const label = yearLabel(year);
  if (table.dropped.length > 0) {
    warnings.push(`${label}: ${table.dropped.length} row(s) of locations or products with a total of 0 left out`);
  }
  const rca = options.presenceTest === 'manual' ? Float64Array.from(values) : computeRca(values, nc, np);
  const m = options.presenceTest === 'manual' ? Uint8Array.from(values) : presenceFromRca(rca, options.rcaThreshold);
  const pr = buildPresence(m, nc, np);
  if (pr.diversity.some((d) => d === 0) || pr.ubiquity.some((u) => u === 0)) {
    warnings.push(`${label}: diversity or ubiquity is 0 for some locations or products; their ECI or PCI is empty`);
  }
  const raw = computeRawComplexity(pr);
  const phi = discreteProximity(pr);
  const { density, rowSum } = computeDensity(pr, phi);

  let eci = new Float64Array(nc).fill(Number.NaN);
  let pci = new Float64Array(np).fill(Number.NaN);
  let coi = new Float64Array(nc).fill(Number.NaN);
  let cog = new Float64Array(nc * np).fill(Number.NaN);
  if (typeof raw === 'string') {
    warnings.push(`${label}: ECI and PCI are undefined (${raw}); ECI, PCI, COI and COG are empty`);
  } else {
    const spread = fullTableSpread(raw.kc, np);
    if (!spread) {
      warnings.push(`${label}: ECI has no spread; ECI, PCI, COI and COG are empty`);
    } else {
      eci = raw.kc.map((x) => (x - spread.mean) / spread.sd);
      pci = raw.kp.map((x) => (x - spread.mean) / spread.sd);
      cog = computeRawCog(pr, phi, rowSum, raw.kp).map((x) => x / spread.sd);
      const coiRaw = computeRawCoi(pr, density, raw.kp);
      const coiSpread = fullTableSpread(coiRaw, np);
      if (coiSpread) coi = coiRaw.map((x) => (x - coiSpread.mean) / coiSpread.sd);
      else warnings.push(`${label}: COI has no spread; COI is empty`);
    }
  }

  const out: ComplexityRow[] = [];
  for (let i = 0; i < nc; i++) {
    for (let j = 0; j < np; j++) {
      const k = i * np + j;
      out.push({
        location: locations[i]!,
        product: products[j]!,
        value: values[k]!,
        year,
        diversity: pr.diversity[i]!,
        ubiquity: pr.ubiquity[j]!,
        mcp: m[k]!,
        eci: orNull(eci[i]!),
        pci: orNull(pci[j]!),
        density: orNull(density[k]!),
        coi: orNull(coi[i]!),
        cog: orNull(cog[k]!),
        rca: orNull(rca[k]!),
      });
    }
  }
  for (const row of table.dropped) {
    out.push({
      location: row.location,
      product: row.product,
      value: row.value,
      year,
      diversity: null,
      ubiquity: null,
      mcp: null,
      eci: null,
      pci: null,
      density: null,
      coi: null,
      cog: null,
      rca: null,
    });
  }
  if (table.dropped.length > 0) {
    out.sort((a, b) => compareKeys(a.location, b.location) || compareKeys(a.product, b.product));
  }
  return out;
};

/** Rows sorted by year (first appearance), then location, then product. */
export const computeComplexityReport = (
  rows: readonly ComplexityInputRow[],
  optionsInput: ComplexityOptionsInput = {},
): ComplexityReport => {
  const options = resolveComplexityOptions(optionsInput);
  validateRows(rows);
  if (options.presenceTest === 'manual') checkManual(rows);
  const warnings: string[] = [];
  const out: ComplexityRow[] = [];
  for (const group of splitYears(rows)) {
    if (group.duplicates > 0) {
      warnings.push(`${yearLabel(group.year)}: ${group.duplicates} duplicate location-product row(s); the first of each is kept`);
    }
    for (const row of computeYear(buildYearTable(group), options, warnings)) out.push(row);
  }
  return { rows: out, warnings };
};

export const computeComplexity = (rows: readonly ComplexityInputRow[], options: ComplexityOptionsInput = {}): ComplexityRow[] =>
  computeComplexityReport(rows, options).rows;
