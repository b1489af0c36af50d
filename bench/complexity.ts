// Economic complexity against a NumPy peer: a seeded synthetic table of 250 locations × 1,200
// products (about 30 % zeros, heavy-tailed values), computed by Rantai's server/analysis/complexity
// and by bench/complexity_numpy.py (the same formulas with NumPy, timed without reading the CSV),
// both on this machine. Prints the times, the ratios and how far the two ECI/PCI vectors are apart:
// on the dense table (Rantai's year table, NumPy's array; like for like), from rows (Rantai to its
// output rows, NumPy with its pivot; and Rantai from rows to the arrays of every metric, which is what
// NumPy's pivot and formulas give) and Rantai from rows against NumPy on the dense table (the figure
// issue 16 quoted). Target: Rantai ≤ 1.5 × NumPy in the location space.
// Run: npm run bench -- complexity   (REPEATS=5, ROUNDS=3 to change)
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeComplexity, resolveComplexityOptions, type ComplexityInputRow } from '../server/analysis/complexity/index.ts';
import { computeComplexityYears, computeYear } from '../server/analysis/complexity/compute.ts';
import { buildYearTable, splitYears } from '../server/analysis/complexity/table.ts';
import { mulberry32 } from '../server/util/random.ts';
import { tempDir } from '../test/helpers/datasets.ts';

const LOCATIONS = 250;
const PRODUCTS = 1200;
const SCRIPT = fileURLToPath(new URL('./complexity_numpy.py', import.meta.url));

/** Zero-padded names, so that sorted order is index order in both languages. */
const loc = (c: number) => `L${String(c).padStart(3, '0')}`;
const prod = (p: number) => `P${String(p).padStart(4, '0')}`;

export function syntheticTable(seed = 1): ComplexityInputRow[] {
  const rng = mulberry32(seed);
  const rows: ComplexityInputRow[] = [];
  for (let c = 0; c < LOCATIONS; c++) {
    const size = Math.exp(3 * rng());
    for (let p = 0; p < PRODUCTS; p++) {
      const value = rng() < 0.3 ? 0 : Math.round(size * Math.exp(4 * rng()) * 100) / 100;
      rows.push({ location: loc(c), product: prod(p), value });
    }
  }
  return rows;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const maxDiff = (a: ArrayLike<number>, b: ArrayLike<number>): number => {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
};

type Space = 'product' | 'location';
type NumpyRun = Partial<Record<Space, { seconds: number[]; secondsFromRows: number[]; cpuSeconds: number[]; eci: number[]; pci: number[] }>> & { numpy: string };

const cpuSeconds = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/** Median wall-clock and process CPU seconds of `repeats` calls after one warm-up (JIT). */
const timeIt = (repeats: number, f: () => void): { wall: number; cpu: number } => {
  f();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t = performance.now();
    const c = cpuSeconds();
    f();
    cpu.push(cpuSeconds() - c);
    wall.push((performance.now() - t) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
};

const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;

export async function benchComplexity(): Promise<void> {
  const repeats = Number(process.env.REPEATS ?? 3);
  // Rounds alternate Rantai and NumPy, so that both see the same load on a shared machine; the
  // product-space NumPy (10× slower than the location space) runs in the first round only.
  const rounds = Number(process.env.ROUNDS ?? 3);
  const rows = syntheticTable(1);
  const table = buildYearTable(splitYears(rows)[0]!);
  const options = resolveComplexityOptions();
  const { dir, cleanup } = await tempDir('rantai-bench-complexity-');
  try {
    const csv = path.join(dir, 'table.csv');
    await writeFile(csv, `location,product,value\n${rows.map((r) => `${r.location},${r.product},${r.value}`).join('\n')}\n`);
    console.log(`complexity: ${LOCATIONS} locations × ${PRODUCTS} products (${rows.length.toLocaleString('en')} rows), median of ${repeats} per round, ${rounds} rounds; load ${(await loadAverage()) ?? '?'}`);
    const perRound: Array<{ dense: number; denseCpu: number; toArrays: number; fromRows: number; numpy: Record<string, { dense: number; denseCpu: number; fromRows: number }> }> = [];
    for (let round = 0; round < rounds; round++) {
      let out = computeComplexity(rows);
      const fromRows = timeIt(repeats, () => (out = computeComplexity(rows))).wall;
      const { wall: dense, cpu: denseCpu } = timeIt(repeats, () => computeYear(table, options, []));
      // Rows in, every metric out as arrays: what NumPy's "from rows" (its pivot, then the formulas) gives.
      const toArrays = timeIt(repeats, () => computeComplexityYears(rows)).wall;
      const spaces: Space[] = round === 0 ? ['product', 'location'] : ['location'];
      const py = spawnSync('python3', [SCRIPT, csv, String(repeats), spaces.join(',')], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      if (py.status !== 0) throw new Error(`python3 ${SCRIPT} failed: ${py.stderr}`);
      const numpy = JSON.parse(py.stdout) as NumpyRun;
      const eci = Array.from({ length: LOCATIONS }, (_, c) => out[c * PRODUCTS]!.eci ?? Number.NaN);
      const pci = Array.from({ length: PRODUCTS }, (_, p) => out[p]!.pci ?? Number.NaN);
      const result: (typeof perRound)[number] = { dense, denseCpu, toArrays, fromRows, numpy: {} };
      console.log(
        `complexity: round ${round + 1}: rantai ${dense.toFixed(3)} s (CPU ${denseCpu.toFixed(3)} s) on the dense table (table.ts's year table to the arrays of every metric), ${toArrays.toFixed(3)} s from rows to those arrays, ${fromRows.toFixed(3)} s from rows to output rows`,
      );
      for (const space of spaces) {
        const np = numpy[space]!;
        const n = median(np.seconds);
        const r = median(np.secondsFromRows);
        const cpu = median(np.cpuSeconds);
        result.numpy[space] = { dense: n, denseCpu: cpu, fromRows: r };
        console.log(
          `complexity: round ${round + 1}: numpy ${numpy.numpy}, eig in the ${space} space${space === 'product' ? ' (as py-ecomplexity)' : ''}: ${n.toFixed(3)} s (CPU ${cpu.toFixed(3)} s) on the dense table, ${r.toFixed(3)} s from rows` +
            ` → rantai / numpy: dense table ${ratio(dense, n)} (CPU ${ratio(denseCpu, cpu)}), from rows to arrays ${ratio(toArrays, r)}, from rows to output rows ${ratio(fromRows, r)}, rantai from rows / numpy dense ${ratio(fromRows, n)}` +
            `  (max |ΔECI| ${maxDiff(eci, np.eci).toExponential(1)}, max |ΔPCI| ${maxDiff(pci, np.pci).toExponential(1)})`,
        );
      }
      perRound.push(result);
    }
    const loc = perRound.map((r) => ({ ...r, n: r.numpy.location! }));
    console.log(
      `complexity: median over rounds, against numpy in the location space: dense table ${ratio(median(loc.map((r) => r.dense / r.n.dense)), 1)} (CPU ${ratio(median(loc.map((r) => r.denseCpu / r.n.denseCpu)), 1)}),` +
        ` from rows to arrays ${ratio(median(loc.map((r) => r.toArrays / r.n.fromRows)), 1)}, from rows to output rows ${ratio(median(loc.map((r) => r.fromRows / r.n.fromRows)), 1)}, rantai from rows / numpy dense ${ratio(median(loc.map((r) => r.fromRows / r.n.dense)), 1)}; load ${(await loadAverage()) ?? '?'}`,
    );
    console.log('complexity: target rantai ≤ 1.5 × numpy (location space)');
  } finally {
    await cleanup();
  }
}

/** /proc/loadavg's three figures (Linux), so that a shared machine's load is printed with the times. */
const loadAverage = async (): Promise<string | null> => {
  try {
    return (await readFile('/proc/loadavg', 'utf8')).split(' ').slice(0, 3).join(' ');
  } catch {
    return null;
  }
};
