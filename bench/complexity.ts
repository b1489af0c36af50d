// Economic complexity against a NumPy peer: a seeded synthetic table of 250 locations × 1,200
// products (about 30 % zeros, heavy-tailed values), computed by Rantai's server/analysis/complexity
// and by bench/complexity_numpy.py (the same formulas with NumPy, timed without reading the CSV),
// both on this machine. Prints the times, the ratio and how far the two ECI/PCI vectors are apart.
// Target: Rantai ≤ 1.5 × NumPy. Run: npm run bench -- complexity   (REPEATS=5 to change)
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeComplexity, type ComplexityInputRow } from '../server/analysis/complexity/index.ts';
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

export async function benchComplexity(): Promise<void> {
  const repeats = Number(process.env.REPEATS ?? 3);
  const rows = syntheticTable(1);
  const { dir, cleanup } = await tempDir('rantai-bench-complexity-');
  try {
    const csv = path.join(dir, 'table.csv');
    await writeFile(csv, `location,product,value\n${rows.map((r) => `${r.location},${r.product},${r.value}`).join('\n')}\n`);

    computeComplexity(rows); // warm-up (JIT)
    const ours: number[] = [];
    let out = computeComplexity(rows);
    for (let i = 0; i < repeats; i++) {
      const t = performance.now();
      out = computeComplexity(rows);
      ours.push((performance.now() - t) / 1000);
    }

    const py = spawnSync('python3', [SCRIPT, csv, String(repeats)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (py.status !== 0) throw new Error(`python3 ${SCRIPT} failed: ${py.stderr}`);
    const numpy = JSON.parse(py.stdout) as Record<'product' | 'location', { seconds: number[]; secondsFromRows: number[]; eci: number[]; pci: number[] }> & { numpy: string };

    const eci = Array.from({ length: LOCATIONS }, (_, c) => out[c * PRODUCTS]!.eci ?? Number.NaN);
    const pci = Array.from({ length: PRODUCTS }, (_, p) => out[p]!.pci ?? Number.NaN);
    const t = median(ours);
    console.log(`complexity: ${LOCATIONS} locations × ${PRODUCTS} products (${rows.length.toLocaleString('en')} rows), median of ${repeats}`);
    console.log(`complexity: rantai ${t.toFixed(3)} s (from rows to output rows)`);
    for (const space of ['product', 'location'] as const) {
      const n = median(numpy[space].seconds);
      const r = median(numpy[space].secondsFromRows);
      console.log(
        `complexity: numpy ${numpy.numpy}, eig in the ${space} space${space === 'product' ? ' (as py-ecomplexity)' : ''}: ${n.toFixed(3)} s on the dense table, ${r.toFixed(3)} s from rows` +
          ` → rantai / numpy = ${(t / n).toFixed(2)} / ${(t / r).toFixed(2)}` +
          `  (max |ΔECI| ${maxDiff(eci, numpy[space].eci).toExponential(1)}, max |ΔPCI| ${maxDiff(pci, numpy[space].pci).toExponential(1)})`,
      );
    }
    console.log('complexity: target rantai ≤ 1.5 × numpy');
  } finally {
    await cleanup();
  }
}
