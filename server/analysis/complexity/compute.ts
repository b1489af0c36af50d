// Economic complexity per year: RCA, presence, diversity, ubiquity, ECI, PCI, proximity, density,
// COI and COG as the Growth Lab's Stata `ecomplexity` command computes them (Hidalgo & Hausmann
// 2009; Hidalgo et al. 2007; Hausmann et al., The Atlas of Economic Complexity), checked against
// its output (test/complexity/stata-reference.test.ts). Each year is computed on its own.
// Normalisation (normalise.ts):
//   eci = (kc − mean kc) / sd kc,  pci = (kp − mean kc) / sd kc,  cog = cog_raw / sd kc,
//   coi = (coi_raw − mean coi_raw) / sd coi_raw.
// The released Python package (py-ecomplexity) differs from the Stata command in two ways, and
// Rantai follows Stata, whose output is the ground truth the package's own tests compare with:
// it keeps φ(p,p) = 1 in density, COI and COG (upstream issue #38; a product then counts as
// related to itself, which raises the density of what a place already makes), and it normalises
// by numpy's population standard deviation over locations instead of Stata's sample standard
// deviation over the location × product table.
// Where the package yields NaN the row has null: all metrics for input rows of a location or
// product with a zero total (dropped before computing, merged back); ECI/PCI/COI/COG when they are
// undefined (see eci-pci.ts); ECI for a location with diversity 0 and PCI for a product with
// ubiquity 0 (possible with a threshold above 1); density where a product has no proximity.
// Deviations: those last cases stay confined to their own location or product (the package turns
// the whole year's values NaN, see proximity.ts and coi-cog.ts).
// Structure (blocks.ts, spectrum.ts): when the presence matrix splits into disconnected blocks, or
// an eigen-gap is (near) zero, the eigenvector is not defined; the values stay what the package
// prints, a warning says they rank nothing, and the report's `years` hold ECI/PCI computed within
// each block large enough for it (block-eci.ts).
import { computeRawCoi } from './coi-cog.ts';
import { beginDensity } from './density.ts';
import { blockEci } from './block-eci.ts';
import { presenceBlocks, type Block } from './blocks.ts';
import { computeRawComplexity } from './eci-pci.ts';
import { ComplexityInputError } from './errors.ts';
import { fullTableSpread } from './normalise.ts';
import { resolveComplexityOptions, type ComplexityOptions, type ComplexityOptionsInput } from './options.ts';
import { buildPresence, presenceFromRca, type Presence } from './presence.ts';
import { computeRca } from './rca.ts';
import { spectrumProblem } from './spectrum.ts';
import { buildYearTable, compareKeys, splitYears, validateRows, type YearTable } from './table.ts';
import type { BlockResult, ComplexityInputRow, ComplexityRow, YearStructure } from './types.ts';
import { complexityWarning, type ComplexityWarning, type WarningFacts } from './warnings.ts';
import { text } from '../../i18n/index.ts';

export interface ComplexityReport {
  rows: ComplexityRow[];
  /** What the values cannot say, or what was left out (warnings.ts), with English messages. */
  warnings: ComplexityWarning[];
  /** Per year: whether ECI/PCI are defined, and the blocks of the presence matrix. */
  years: YearStructure[];
}
const orNull = (x: number): number | null => (Number.isNaN(x) ? null : x);

const checkManual = (rows: readonly ComplexityInputRow[]): void => {
  rows.forEach((row, i) => {
    if (row.value !== 0 && row.value !== 1) {
      throw new ComplexityInputError(i + 1, 'value', text('complexity.row.manual', { value: String(row.value) }));
    }
  });
};

/** Blocks with names; ECI/PCI within each when the year has more than one block. */
const blockResults = (pr: Presence, blocks: Block[], table: YearTable, defined: boolean): BlockResult[] =>
  blocks.map((b) => {
    const names = { locations: b.locations.map((i) => table.locations[i]!), products: b.products.map((j) => table.products[j]!) };
    if (blocks.length === 1) return { ...names, status: defined ? 'whole' : 'undefined', eci: null, pci: null };
    const found = blockEci(pr, b);
    if (found.status !== 'ranked') return { ...names, status: found.status, eci: null, pci: null };
    return { ...names, status: 'ranked', eci: Array.from(found.eci), pci: Array.from(found.pci) };
  });

/**
 * One year's results as arrays (row-major locations × products where per pair), NaN where the
 * package gives NaN; the rows of the report are built from these.
 */
export interface YearArrays {
  table: YearTable;
  diversity: Float64Array;
  ubiquity: Float64Array;
  mcp: Uint8Array;
  rca: Float64Array;
  eci: Float64Array;
  pci: Float64Array;
  density: Float64Array;
  coi: Float64Array;
  cog: Float64Array;
  structure: YearStructure;
}

/** One year from its dense table (table.ts) on; exported for bench/complexity.ts, which times it against NumPy on the same table. */
export const computeYear = (table: YearTable, options: ComplexityOptions, warnings: ComplexityWarning[]): YearArrays => {
  const { year, locations, products, values } = table;
  const nc = locations.length;
  const np = products.length;
  const warn = (facts: Omit<WarningFacts, 'year'>) => warnings.push(complexityWarning({ ...facts, year } as WarningFacts));
  if (table.dropped.length > 0) warn({ code: 'zero-totals', rows: table.dropped.length });
  const rca = options.presenceTest === 'manual' ? Float64Array.from(values) : computeRca(values, nc, np);
  const m = options.presenceTest === 'manual' ? Uint8Array.from(values) : presenceFromRca(rca, options.rcaThreshold);
  const pr = buildPresence(m, nc, np);
  if (pr.diversity.some((d) => d === 0) || pr.ubiquity.some((u) => u === 0)) warn({ code: 'zero-degree' });
  // Density's sums need no eigenvector: they start (on the worker, for a large table) first.
  const pendingDensity = beginDensity(pr);
  const raw = computeRawComplexity(pr);
  const blocks = presenceBlocks(pr);
  let defined = typeof raw !== 'string';
  const { density, cogRaw } = pendingDensity.finish(typeof raw === 'string' ? null : raw.kp);

  let eci = new Float64Array(nc).fill(Number.NaN);
  let pci = new Float64Array(np).fill(Number.NaN);
  let coi = new Float64Array(nc).fill(Number.NaN);
  let cog: Float64Array | null = null;
  if (typeof raw === 'string') {
    warn({ code: 'eci-undefined', reason: raw });
  } else {
    const spread = fullTableSpread(raw.kc, np);
    if (!spread) {
      warn({ code: 'eci-no-spread' });
      defined = false;
    } else {
      eci = raw.kc.map((x) => (x - spread.mean) / spread.sd);
      pci = raw.kp.map((x) => (x - spread.mean) / spread.sd);
      // In place: cogRaw is not used again (a callback per entry of the table cost more than the rest of this step).
      cog = cogRaw!;
      for (let k = 0; k < cog.length; k++) cog[k] = cog[k]! / spread.sd;
      const coiRaw = computeRawCoi(pr, density, raw.kp);
      const coiSpread = fullTableSpread(coiRaw, np);
      if (coiSpread) coi = coiRaw.map((x) => (x - coiSpread.mean) / coiSpread.sd);
      else warn({ code: 'coi-no-spread' });
    }
  }
  // The values above are what the package prints; whether they mean anything is checked here.
  if (blocks.length > 1) {
    warn({ code: 'disconnected', blocks: blocks.map((b) => ({ locations: b.locations.map((i) => locations[i]!), products: b.products.map((j) => products[j]!) })) });
    defined = false;
  } else if (defined && typeof raw !== 'string') {
    const problem = spectrumProblem(raw);
    if (problem) {
      warn({ code: problem.kind, eigenvalues: problem.kind === 'eigengap' ? [problem.second] : [problem.second, problem.third] });
      defined = false;
    }
  }

  const structure = { year, defined, blocks: blockResults(pr, blocks, table, defined) };
  return { table, diversity: pr.diversity, ubiquity: pr.ubiquity, mcp: m, rca, eci, pci, density, coi, cog: cog ?? new Float64Array(nc * np).fill(Number.NaN), structure };
};

const yearRows = (y: YearArrays): ComplexityRow[] => {
  const { table, diversity, ubiquity, mcp: m, rca, eci, pci, density, coi, cog } = y;
  const { year, locations, products, values } = table;
  const nc = locations.length;
  const np = products.length;
  const out: ComplexityRow[] = [];
  for (let i = 0; i < nc; i++) {
    for (let j = 0; j < np; j++) {
      const k = i * np + j;
      out.push({
        location: locations[i]!,
        product: products[j]!,
        value: values[k]!,
        year,
        diversity: diversity[i]!,
        ubiquity: ubiquity[j]!,
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

/** Each year's results as arrays, in order of first appearance, and the warnings. */
export const computeComplexityYears = (
  rows: readonly ComplexityInputRow[],
  optionsInput: ComplexityOptionsInput = {},
): { years: YearArrays[]; warnings: ComplexityWarning[] } => {
  const options = resolveComplexityOptions(optionsInput);
  validateRows(rows);
  if (options.presenceTest === 'manual') checkManual(rows);
  const warnings: ComplexityWarning[] = [];
  const years: YearArrays[] = [];
  for (const group of splitYears(rows)) {
    if (group.duplicates > 0) warnings.push(complexityWarning({ code: 'duplicates', year: group.year, rows: group.duplicates }));
    years.push(computeYear(buildYearTable(group), options, warnings));
  }
  return { years, warnings };
};

/** Rows sorted by year (first appearance), then location, then product. */
export const computeComplexityReport = (
  rows: readonly ComplexityInputRow[],
  optionsInput: ComplexityOptionsInput = {},
): ComplexityReport => {
  const { years, warnings } = computeComplexityYears(rows, optionsInput);
  const out: ComplexityRow[] = [];
  for (const y of years) for (const row of yearRows(y)) out.push(row);
  return { rows: out, warnings, years: years.map((y) => y.structure) };
};

export const computeComplexity = (rows: readonly ComplexityInputRow[], options: ComplexityOptionsInput = {}): ComplexityRow[] =>
  computeComplexityReport(rows, options).rows;
