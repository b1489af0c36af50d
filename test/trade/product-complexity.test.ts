// Product complexity through the concordance (issue 15, acceptance): the PCI the analysis gives a
// component equals what `rantai complexity` (the existing Growth Lab Stata-convention code, checked
// against Stata in test/complexity) prints for the same world_trade.csv — one HS product: exactly
// its PCI; a component split over two HS products: the trade-weighted mean worked out here from the
// CLI's PCIs. Indonesia's ECI rank is counted from the CLI's ECIs. Without a world table the answer
// says so (both languages), and the strategic strategy says it cannot weigh complexity.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { substitution } from '../../server/analysis/substitution/index.ts';
import { complexityBasis, productComplexityOf, type ProductComplexityOut } from '../../server/analysis/trade/index.ts';
import { complexityCommand } from '../../server/cli/commands/complexity.ts';
import { datasetToCsvTexts, type Dataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { generateDataset } from '../../seed/generator/index.ts';
import { tempDir } from '../helpers/datasets.ts';

let d: Dataset;
let out: ProductComplexityOut;
/** The CLI's PCI per HS code and ECI per exporter, for the world table's year. */
const cliPci = new Map<string, number>();
const cliEci = new Map<string, number>();
let split: { component: string; a: string; b: string; shareA: number; shareB: number };
let cleanup: () => Promise<void>;

beforeAll(async () => {
  d = generateDataset({ clusters: 4, firms: 200, components: 30, seed: 3, trade: true });
  // Split one component over two HS products: it keeps its code's share and takes 0.1 of another
  // (the generator gives each code 90 % at most, so the other code's shares stay ≤ 1).
  const first = d.hs_components![0]!;
  const other = d.hs_components!.find((m) => m.hs !== first.hs)!;
  d.hs_components!.push({ hs: other.hs, component: first.component, share: 0.1, source: 'test split' });
  split = { component: first.component, a: first.hs, b: other.hs, shareA: first.share, shareB: 0.1 };

  const tmp = await tempDir('rantai-trade-pci-');
  cleanup = tmp.cleanup;
  const file = path.join(tmp.dir, 'world_trade.csv');
  await writeFile(file, datasetToCsvTexts(d).get('world_trade.csv')!);
  const printed: string[] = [];
  const code = await complexityCommand.run([file, '--location', 'exporter', '--product', 'hs', '--value', 'value_usd', '--year', 'year'], { out: (t) => printed.push(t), err: () => {} });
  expect(code).toBe(0);
  for (const r of parse(printed.join('\n'), { columns: true }) as Array<Record<string, string>>) {
    cliPci.set(r.hs!, Number(r.pci));
    cliEci.set(r.exporter!, Number(r.eci));
  }
  out = await productComplexityOf(new EmbeddedStore(d), { country: 'IDN', lang: 'en' });
});
afterAll(async () => cleanup?.());

const near = (a: number | null | undefined, b: number) => expect(Math.abs((a ?? NaN) - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));

describe('PCI through the concordance equals the complexity code run on the HS table', () => {
  it('the table is defined and the year and source are named', () => {
    expect(out.available).toBe(true);
    expect(out.defined).toBe(true);
    expect(out.year).toBe(2024);
    expect(out.sources).toEqual(['synthetic (rantai generate --trade)']);
    expect(out.summary[0]).toContain('2024');
  });

  it('a component of one HS product has exactly that product’s PCI', () => {
    const singles = out.components.filter((c) => c.hs.length === 1);
    expect(singles.length).toBeGreaterThan(10);
    for (const c of singles) near(c.pci, cliPci.get(c.hs[0]!.hs)!);
  });

  it('a component split over two HS products: PCI = Σ w × PCI, w ∝ share × world exports', () => {
    const exportsOf = (hs: string) => d.world_trade!.filter((w) => w.hs === hs).reduce((s, w) => s + w.value_usd, 0);
    const wa = split.shareA * exportsOf(split.a);
    const wb = split.shareB * exportsOf(split.b);
    const expected = (wa * cliPci.get(split.a)! + wb * cliPci.get(split.b)!) / (wa + wb);
    const c = out.components.find((x) => x.id === split.component)!;
    expect(c.hs.map((h) => h.hs).sort()).toEqual([split.a, split.b].sort());
    near(c.pci, expected);
  });

  it('Indonesia’s ECI and rank are the CLI’s', () => {
    const eci = cliEci.get('IDN')!;
    near(out.country!.eci, eci);
    expect(out.country!.rank).toBe(1 + [...cliEci.values()].filter((x) => x > eci).length);
    expect(out.country!.of).toBe(cliEci.size);
  });
});

describe('without a world table', () => {
  const bare = (): Dataset => {
    const x = generateDataset({ clusters: 4, firms: 200, components: 30, seed: 3, trade: true });
    delete x.world_trade;
    return x;
  };

  it('product complexity says so, in English and Indonesian', async () => {
    const store = new EmbeddedStore(bare());
    const en = await productComplexityOf(store, { country: 'IDN', lang: 'en' });
    expect([en.available, en.components, en.warnings.map((w) => w.code)]).toEqual([false, [], ['trade.no-world-table']]);
    expect(en.warnings[0]!.message).toContain('No world trade table');
    const id = await productComplexityOf(store, { country: 'IDN', lang: 'id' });
    expect(id.warnings[0]!.message).toContain('Belum ada tabel perdagangan dunia');
  });

  it('the strategic strategy says it cannot weigh complexity, and scores without it', async () => {
    const store = new EmbeddedStore(bare());
    const r = await substitution(store, { strategy: 'strategic', limit: 5, lang: 'en' });
    expect(r.warnings.map((w) => w.code)).toContain('trade.not-weighed');
    const withTable = await substitution(new EmbeddedStore(generateDataset({ clusters: 4, firms: 200, components: 30, seed: 3, trade: true })), { strategy: 'strategic', limit: 5, lang: 'en' });
    expect(withTable.warnings.map((w) => w.code)).not.toContain('trade.not-weighed');
  });
});

describe('complexityBasis (the strategic strategy’s PCI percentiles), kept until the data changes', () => {
  it('is the percentiles of the answer above, computed once per dataset and afresh after a reload', async () => {
    const store = new EmbeddedStore(d);
    const basis = await complexityBasis(store);
    expect([basis.available, basis.defined, basis.year]).toEqual([true, true, 2024]);
    // Each component's percentile is the one productComplexityOf gives it (the answer checked against the CLI above).
    expect(basis.percentile).toEqual(new Map(out.components.filter((c) => c.percentile !== null).map((c) => [c.id, c.percentile!])));
    expect(await complexityBasis(store)).toBe(basis);

    // A reload with the world table's 2024 exports of one product multiplied by 50 changes that product's
    // RCA pattern: a new basis, equal to one computed on a store that never saw the first dataset.
    const hs = d.world_trade!.find((w) => w.year === 2024)!.hs;
    const changed: Dataset = { ...d, world_trade: d.world_trade!.map((w) => (w.year === 2024 && w.hs === hs && w.exporter === 'IDN' ? { ...w, value_usd: w.value_usd * 50 } : w)) };
    await store.replace(changed, 'changed world table');
    const after = await complexityBasis(store);
    expect(after).not.toBe(basis);
    expect(after.percentile).not.toEqual(basis.percentile);
    expect(after).toEqual(await complexityBasis(new EmbeddedStore(changed)));
  });
});
