// Whether ECI/PCI are defined (server/analysis/complexity/blocks.ts, spectrum.ts, block-eci.ts,
// warnings.ts), checked on tables whose structure and eigenvectors are worked out by hand here:
//
// Block A, a nested 3 × 3 presence matrix (a1 makes p1 p2 p3, a2 makes p1 p2, a3 makes p1):
//   diversity d = (3, 2, 1), ubiquity u = (3, 2, 1). M̃cc = D⁻¹ M U⁻¹ Mᵀ has rows
//   a1: (11/18, 5/18, 1/9), a2: (5/12, 5/12, 1/6), a3: (1/3, 1/3, 1/3); trace 49/36 and
//   determinant 1/36, so besides 1 its eigenvalues solve λ² − (13/36)λ + 1/36 = 0: λ2 = 1/4,
//   λ3 = 1/9. (M̃cc − ¼I)x = 0 gives x = (2, −1, −4) (sign: correlates positively with d).
//   Normalised as Stata does over the block's 3 × 3 table: mean −1, deviations (3, 0, −3),
//   sd = √(3·18/8) = 3√3/2, so ECI = (2/√3, 0, −2/√3). kp = U⁻¹ Mᵀ kc / λ2 = (−4, 2, 8), so
//   PCI = (kp + 1)/sd = (−2/√3, 2/√3, 6/√3).
// Block B: b1 makes q1 and q2 (1 location × 2 products). Block C: c1 and c2 make r1 (2 × 1).
// A, B and C share no product, so the whole table has three blocks and eigenvalue 1 three times.
//
// The star (hub h makes s1 s2 s3, leaf li makes si) is connected, but swapping leaves is a
// symmetry: M̃cc has rows h: (1/2, 1/6, 1/6, 1/6), li: 1/2 at h and at li; (0, 1, −1, 0) and
// (0, 1, 0, −1) both have eigenvalue 1/2, so λ2 = λ3 = 1/2 and the eigenvector is not unique.
// Every vector of that eigenspace is orthogonal to diversity (which the symmetry leaves alone),
// so the package's sign rule fails first: the table warns 'eci-undefined' (reason 'no-sign').
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { blockEci, blockPresence } from '../../server/analysis/complexity/block-eci.ts';
import { presenceBlocks } from '../../server/analysis/complexity/blocks.ts';
import { symmetrisedOperator, type RawComplexity } from '../../server/analysis/complexity/eci-pci.ts';
import { largestEigenpairOrthogonalTo } from '../../server/analysis/complexity/lanczos.ts';
import { buildPresence } from '../../server/analysis/complexity/presence.ts';
import { EIGEN_GAP_TOLERANCE, spectrumProblem, thirdEigenvalue } from '../../server/analysis/complexity/spectrum.ts';
import {
  computeComplexity,
  computeComplexityReport,
  parseComplexityCsv,
  warningMessage,
  WARNING_CODES,
  type ComplexityInputRow,
} from '../../server/analysis/complexity/index.ts';
import { rankWithTies } from '../../server/analysis/cluster-complexity/index.ts';

const presence = (pairs: Array<[string, string]>): ComplexityInputRow[] => {
  const locations = [...new Set(pairs.map(([l]) => l))];
  const products = [...new Set(pairs.map(([, p]) => p))];
  const has = new Set(pairs.map(([l, p]) => `${l}|${p}`));
  return locations.flatMap((location) => products.map((product) => ({ location, product, value: has.has(`${location}|${product}`) ? 1 : 0 })));
};

const NESTED: Array<[string, string]> = [['a1', 'p1'], ['a1', 'p2'], ['a1', 'p3'], ['a2', 'p1'], ['a2', 'p2'], ['a3', 'p1']];
const DISCONNECTED: Array<[string, string]> = [...NESTED, ['b1', 'q1'], ['b1', 'q2'], ['c1', 'r1'], ['c2', 'r1']];
const STAR: Array<[string, string]> = [['h', 's1'], ['h', 's2'], ['h', 's3'], ['l1', 's1'], ['l2', 's2'], ['l3', 's3']];
const r3 = Math.sqrt(3);

describe('disconnected presence matrices', () => {
  const report = computeComplexityReport(presence(DISCONNECTED), { presenceTest: 'manual' });

  it('finds the three blocks, largest first, and says ECI/PCI rank nothing', () => {
    expect(report.warnings.map((w) => w.code)).toEqual(['disconnected']);
    const w = report.warnings[0]!;
    expect(w.blocks).toEqual([
      { locations: ['a1', 'a2', 'a3'], products: ['p1', 'p2', 'p3'] },
      // B and C both have 2 cells; more locations first.
      { locations: ['c1', 'c2'], products: ['r1'] },
      { locations: ['b1'], products: ['q1', 'q2'] },
    ]);
    expect(w.message).toBe(
      'All rows: the locations and products with a comparative advantage (M = 1) split into 3 disconnected blocks (locations × products: 3 × 3, 2 × 1, 1 × 2); ' +
        'the eigenvector behind ECI and PCI is not defined (the eigenvalue 1 repeats), so ECI, PCI, COI and COG rank nothing: compare locations only within a block, or use a larger table.',
    );
    expect(report.years[0]!.defined).toBe(false);
  });

  it('computes ECI and PCI within the block large enough, equal to the hand computation', () => {
    const [a, c, b] = report.years[0]!.blocks;
    expect(a!.status).toBe('ranked');
    [2 / r3, 0, -2 / r3].forEach((want, i) => expect(a!.eci![i]).toBeCloseTo(want, 12));
    [-2 / r3, 2 / r3, 6 / r3].forEach((want, i) => expect(a!.pci![i]).toBeCloseTo(want, 12));
    expect([c!.status, b!.status]).toEqual(['too-small', 'too-small']);
    expect([c!.eci, b!.eci]).toEqual([null, null]);
  });

  it('leaves the rows as the package computes them (the warning is the only change)', () => {
    // The package still prints an ECI for every location; the values are what they were.
    expect(report.rows).toEqual(computeComplexity(presence(DISCONNECTED), { presenceTest: 'manual' }));
    expect(report.rows.filter((r) => r.eci !== null)).toHaveLength(report.rows.length);
  });

  it('has the second eigenvalue 1/4 and third 1/9 inside block A', () => {
    const rows = presence(NESTED);
    const pr = buildPresence(Uint8Array.from(rows.map((r) => r.value)), 3, 3);
    const [block] = presenceBlocks(pr);
    expect(block).toEqual({ locations: [0, 1, 2], products: [0, 1, 2] });
    const found = blockEci(pr, block!);
    expect(found.status).toBe('ranked');
    if (found.status === 'ranked') expect(found.eigenvalue).toBeCloseTo(1 / 4, 12);
    expect(blockPresence(pr, block!).diversity).toEqual(Float64Array.from([3, 2, 1]));
    // The whole (connected) nested table: no warning, and its ECI equals the block's.
    const connected = computeComplexityReport(rows, { presenceTest: 'manual' });
    expect(connected.warnings).toEqual([]);
    expect(connected.years[0]).toMatchObject({ defined: true, blocks: [{ status: 'whole', locations: ['a1', 'a2', 'a3'] }] });
    const eci = new Map(connected.rows.map((r) => [r.location, r.eci]));
    expect(eci.get('a1')).toBeCloseTo(2 / r3, 12);
    expect(eci.get('a2')).toBeCloseTo(0, 12);
  });
});

describe('eigen-gaps', () => {
  it('finds the tie λ2 = λ3 = 1/2 of the symmetric star by deflation; the table warns that ECI has no sign', () => {
    const rows = presence(STAR);
    const pr = buildPresence(Uint8Array.from(rows.map((r) => r.value)), 4, 3);
    const op = symmetrisedOperator(pr, Int32Array.from([0, 1, 2, 3]), Int32Array.from([0, 1, 2]));
    const pair = largestEigenpairOrthogonalTo(op.apply, op.n, op.known)!;
    expect(pair.value).toBeCloseTo(0.5, 12);
    const raw: RawComplexity = { kc: new Float64Array(4), kp: new Float64Array(3), eigenvalue: pair.value, vector: pair.vector, operator: op };
    expect(thirdEigenvalue(raw)).toBeCloseTo(0.5, 12);
    expect(spectrumProblem(raw)?.kind).toBe('eigenvalue-tie');
    const report = computeComplexityReport(rows, { presenceTest: 'manual' });
    expect(report.warnings.map((w) => [w.code, w.reason])).toEqual([['eci-undefined', 'no-sign']]);
    expect(report.years[0]!.defined).toBe(false);
    expect(report.years[0]!.blocks[0]!.status).toBe('undefined');
  });

  it('flags a second eigenvalue within the tolerance of 1, and a tie, on operators with known eigenvalues', () => {
    // A diagonal operator: eigenvalues are its entries, eigenvectors the unit vectors.
    const raw = (diagonal: number[]): RawComplexity => {
      const n = diagonal.length;
      const known = new Float64Array(n);
      known[0] = 1;
      const vector = new Float64Array(n);
      vector[1] = 1;
      return {
        kc: new Float64Array(0),
        kp: new Float64Array(0),
        eigenvalue: diagonal[1]!,
        vector,
        operator: { space: 'location', n, known, apply: (x, y) => diagonal.forEach((d, i) => (y[i] = d * x[i]!)) },
      };
    };
    expect(thirdEigenvalue(raw([1, 0.6, 0.3, 0.1]))).toBeCloseTo(0.3, 12);
    expect(spectrumProblem(raw([1, 0.6, 0.3, 0.1]))).toBeNull();
    expect(spectrumProblem(raw([1, 1 - EIGEN_GAP_TOLERANCE / 2, 0.3]))).toEqual({ kind: 'eigengap', second: 1 - EIGEN_GAP_TOLERANCE / 2 });
    expect(spectrumProblem(raw([1, 0.4, 0.4 * (1 - EIGEN_GAP_TOLERANCE / 2), 0.1]))?.kind).toBe('eigenvalue-tie');
    expect(spectrumProblem(raw([1, 0.4, 0.4 * (1 - 2 * EIGEN_GAP_TOLERANCE), 0.1]))).toBeNull();
  });
});

describe('connected tables', () => {
  it('gives no warning on the py-ecomplexity sample (gaps 0.70 and 0.086 in 1995)', () => {
    const text = readFileSync(fileURLToPath(new URL('../fixtures/ecomplexity/trade_data_sample.csv', import.meta.url)), 'utf8');
    const report = computeComplexityReport(parseComplexityCsv(text, { location: 'origin', product: 'hs92', value: 'export_val', year: 'year' }));
    expect(report.warnings).toEqual([]);
    expect(report.years.map((y) => [y.year, y.defined, y.blocks.length, y.blocks[0]!.status])).toEqual([
      ['1995', true, 1, 'whole'],
      ['1996', true, 1, 'whole'],
    ]);
  });
});

describe('warning messages', () => {
  it('exist in English and Bahasa Indonesia for every code, and differ', () => {
    for (const code of WARNING_CODES) {
      const facts = { code, year: '2023', rows: 2, reason: 'too-small' as const, blocks: [{ locations: ['a'], products: ['b'] }], eigenvalues: [0.5, 0.5] };
      const en = warningMessage(facts, 'en');
      const id = warningMessage(facts, 'id');
      expect(en.startsWith('Year 2023: ')).toBe(true);
      expect(id.startsWith('Tahun 2023: ')).toBe(true);
      expect(id).not.toBe(en.replace('year', 'tahun'));
    }
    // Indonesian numbers use the decimal comma.
    expect(warningMessage({ code: 'eigenvalue-tie', year: null, eigenvalues: [0.25, 0.25] }, 'id')).toContain('0,25 dan 0,25');
  });
});

describe('ranks with ties', () => {
  it('shares a rank between equal values (standard competition ranking)', () => {
    expect(rankWithTies([0.5, 1.06, 1.06 + 1e-12, -1, 1.16])).toEqual([
      { rank: 4, tied: false },
      { rank: 2, tied: true },
      { rank: 2, tied: true },
      { rank: 5, tied: false },
      { rank: 1, tied: false },
    ]);
  });
});
