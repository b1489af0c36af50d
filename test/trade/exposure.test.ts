// National import exposure (issue 15, "National exposure") from hand-made tables in each of the three
// layouts — the plain trade.csv, a UN Comtrade download and two CEPII BACI years — with three or
// more origins, two years, HS4 and HS6 rows and a concordance with split shares
// (fixtures/base/hs_components.csv). Every expected figure is worked by hand below from the
// fixture rows; the three layouts hold the same trade, so they must give the same answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nationalImports, type NationalImportsOut } from '../../server/analysis/trade/index.ts';
import type { RunningServer } from '../../server/api/index.ts';
import { readDataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { tempDir } from '../helpers/datasets.ts';
import { getJson, serveStore } from '../helpers/server.ts';
import { copyBase, LAYOUTS, writeTrade, type FixtureLayout } from './helpers.ts';

// The trade of the fixtures (USD), identical in the three layouts:
//            870830: CHN   JPN   THA      8714: CHN  THA  VNM
//   2022             400  1000   600             —   300  100
//   2023             300  1200   900            200  500  300
// Concordance: 870830 → c-drum 0.25, c-disc 0.5; 8714 → c-bracket 0.4, c-drum 0.1; 8409 → c-ring 1.
const HAND = {
  'c-drum': {
    // 2023: CHN 300×0.25 + 200×0.1 = 95; JPN 1200×0.25 = 300; THA 900×0.25 + 500×0.1 = 275; VNM 300×0.1 = 30.
    origins: { CHN: 95, JPN: 300, THA: 275, VNM: 30 },
    total: 700,
    // 2022: CHN 100, JPN 250, THA 150 + 30 = 180, VNM 10.
    y2022: 540,
    buyers: 1_000_000,
  },
  'c-disc': { origins: { CHN: 150, JPN: 600, THA: 450 }, total: 1200, y2022: 1000, buyers: 360_000 },
  'c-bracket': { origins: { CHN: 80, THA: 200, VNM: 120 }, total: 400, y2022: 160, buyers: 0 },
} as const;

const near = (a: number | null | undefined, b: number) => expect(Math.abs((a ?? NaN) - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));

function expectHand(out: NationalImportsOut): void {
  expect(out.basis).toBe('national');
  expect(out.year).toBe(2023);
  expect(out.years).toEqual([2022, 2023]);
  // Largest national value first; c-ring's 8409 has no trade row: 0, no origins, no HHI.
  expect(out.components.map((c) => c.component)).toEqual(['c-disc', 'c-drum', 'c-bracket', 'c-ring']);
  for (const [id, hand] of Object.entries(HAND)) {
    const c = out.components.find((x) => x.component === id)!;
    near(c.nationalValueUsd, hand.total);
    const origins = Object.entries(hand.origins);
    expect(c.origins.map((o) => o.country).sort()).toEqual(origins.map(([k]) => k).sort());
    let hhi = 0;
    for (const [country, value] of origins) {
      const o = c.origins.find((x) => x.country === country)!;
      near(o.valueUsd, value);
      near(o.share, value / hand.total);
      hhi += (value / hand.total) ** 2;
    }
    near(c.hhi, hhi);
    expect(c.years.map((y) => y.year)).toEqual([2022, 2023]);
    near(c.years[0]!.valueUsd, hand.y2022);
    near(c.years[1]!.valueUsd, hand.total);
    // Compound growth over one year: v2023 / v2022 − 1.
    near(c.annualGrowth, hand.total / hand.y2022 - 1);
    expect(c.buyersValueUsd).toBe(hand.buyers);
  }
  // c-drum's HHI by hand: (95² + 300² + 275² + 30²) / 700² = 175,550 / 490,000.
  near(out.components.find((c) => c.component === 'c-drum')!.hhi, 175_550 / 490_000);
  const ring = out.components.find((c) => c.component === 'c-ring')!;
  expect([ring.nationalValueUsd, ring.origins, ring.hhi, ring.annualGrowth]).toEqual([0, [], null, null]);
  // 8409 has no trade: said in a warning, not silently zero.
  expect(out.warnings.map((w) => w.code)).toEqual(['trade.unmatched']);
  expect(out.warnings[0]!.message).toContain('8409');
}

const stores = new Map<FixtureLayout, EmbeddedStore>();
const cleanups: Array<() => Promise<void>> = [];
beforeAll(async () => {
  for (const layout of LAYOUTS) {
    const { dir, cleanup } = await tempDir('rantai-trade-');
    cleanups.push(cleanup);
    await copyBase(dir);
    await writeTrade(dir, layout);
    stores.set(layout, new EmbeddedStore(await readDataset(dir)));
  }
});
afterAll(async () => {
  for (const c of cleanups) await c();
});

describe('national exposure from the three layouts', () => {
  it.each(LAYOUTS)('%s: equals the hand computation', async (layout) => {
    expectHand(await nationalImports(stores.get(layout)!, { lang: 'en' }));
  });

  it('the three layouts give the same answer (apart from the source text)', async () => {
    const answers = await Promise.all(LAYOUTS.map((l) => nationalImports(stores.get(l)!, { lang: 'en' })));
    const strip = (o: NationalImportsOut) => ({ ...o, sources: [], summary: o.summary.slice(1) });
    expect(strip(answers[1]!)).toEqual(strip(answers[0]!));
    expect(strip(answers[2]!)).toEqual(strip(answers[0]!));
  });

  it('year=2022 answers that year, by hand', async () => {
    const out = await nationalImports(stores.get('plain')!, { year: 2022, lang: 'en' });
    expect(out.year).toBe(2022);
    const drum = out.components.find((c) => c.component === 'c-drum')!;
    // 2022: CHN 100, JPN 250, THA 180, VNM 10 of 540.
    near(drum.nationalValueUsd, 540);
    near(drum.hhi, (100 ** 2 + 250 ** 2 + 180 ** 2 + 10 ** 2) / 540 ** 2);
    // No earlier year: no growth.
    expect(drum.annualGrowth).toBeNull();
    // 8714 has no CHN row in 2022: the bracket's origins are THA and VNM only.
    expect(out.components.find((c) => c.component === 'c-bracket')!.origins.map((o) => o.country)).toEqual(['THA', 'VNM']);
  });
});

describe('GET /api/analysis/imports?basis=national', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await serveStore(stores.get('comtrade')!);
  });
  afterAll(async () => server?.close());

  it('answers the contract shape, per component, in English and Indonesian', async () => {
    const { status, body } = await getJson(`${server.url}/api/analysis/imports?basis=national`);
    expect(status).toBe(200);
    const out = body as NationalImportsOut;
    expectHand(out);
    const drum = out.components.find((c) => c.component === 'c-drum')!;
    expect(Object.keys(drum)).toEqual(expect.arrayContaining(['component', 'nationalValueUsd', 'origins', 'hhi', 'years']));
    expect(Object.keys(drum.origins[0]!)).toEqual(expect.arrayContaining(['country', 'valueUsd', 'share']));
    const id = (await getJson(`${server.url}/api/analysis/imports?basis=national&lang=id`)).body as NationalImportsOut;
    expect(id.lang).toBe('id');
    expect(id.summary[0]).toMatch(/^Impor nasional/);
    expect(id.warnings[0]!.message).toContain('tabel padanan');
  });

  it('a year not in the table is a 400 naming the field, not a 500', async () => {
    const { status, body } = await getJson(`${server.url}/api/analysis/imports?basis=national&year=2019`);
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toContain('2022, 2023');
  });
});
