// The import exposure's key figures with a component in focus (web/src/views/risk/exposure-focus.ts):
// the component's own row said, not the national summary of every component. Rows are made by hand
// here and every figure in the expected sentences is worked from them: 5,187,000 → "USD 5.2 m";
// buyers 1,575,000 / 5,187,000 = 0.3036… → "30%"; shares 2,562,000 / 5,187,000 = 0.494 → "49%" in both languages,
// 2,100,000 / 5,187,000 = 0.405 → "40%", 525,000 / 5,187,000 = 0.101 → "10%"; HHI 0.494² + 0.405² +
// 0.101² = 0.418 → "0.42"; growth (5,187,000 / 3,000,000)^(1/2) − 1 = 0.3149 → "+31.5%".
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { NationalImportsOut } from '../../server/analysis/trade/shapes.ts';
import { setLang } from '../../web/src/app/i18n.ts';
import '../../web/src/app/messages.ts';
import '../../web/src/views/risk/messages.ts';
import { componentExposureFigures } from '../../web/src/views/risk/exposure-focus.ts';
import type { ExposureRow } from '../../web/src/views/risk/exposure-rows.ts';

beforeAll(() => {
  (globalThis as { document?: unknown }).document ??= { documentElement: { lang: 'en' } };
});
afterEach(() => setLang('en'));

const national = (year: number | null, sources: string[] = ['BPS (illustrative)']) =>
  ({ basis: 'national', year, years: year === null ? [] : [2021, 2022, 2023], sources, components: [], summary: ['every component'], warnings: [], lang: 'en' }) as unknown as NationalImportsOut;
const drum = (over: Partial<ExposureRow> = {}): ExposureRow => ({
  id: 'c-drum',
  name: 'Brake drum',
  buyersValueUsd: 1_575_000,
  buyersHhi: 0.5,
  nationalValueUsd: 5_187_000,
  cover: 1_575_000 / 5_187_000,
  origins: [
    { country: 'THA', name: 'Thailand', share: 2_562_000 / 5_187_000 },
    { country: 'JPN', name: 'Japan', share: 2_100_000 / 5_187_000 },
    { country: 'CHN', name: 'China', share: 525_000 / 5_187_000 },
  ],
  hhi: (2_562_000 ** 2 + 2_100_000 ** 2 + 525_000 ** 2) / 5_187_000 ** 2,
  years: [
    { year: 2021, valueUsd: 3_000_000 },
    { year: 2022, valueUsd: 4_000_000 },
    { year: 2023, valueUsd: 5_187_000 },
  ],
  annualGrowth: (5_187_000 / 3_000_000) ** 0.5 - 1,
  hs: [
    { hs: '870830', share: 0.25, traded: true },
    { hs: '870899', share: 0.1, traded: false },
  ],
  ...over,
});

describe('import exposure figures with a component in focus', () => {
  it('says the component’s national imports, origins, trend, the buyers’ share, its codes without trade and the source', () => {
    expect(componentExposureFigures({ name: 'Brake drum' }, drum(), national(2023))).toEqual([
      'Brake drum: national imports of USD 5.2 m in 2023, mainly from Thailand 49%; Japan 40%; China 10% (origin HHI 0.42).',
      'National imports of Brake drum changed by +31.5% a year over 2021–2023.',
      'Buyers in the dataset report imports of Brake drum worth USD 1.6 m in their latest year (30% of the national figure).',
      'Of its HS codes, 1 has no trade rows in 2023 (870899): it adds nothing to its national figure.',
      'National figures: 2023, source: BPS (illustrative).',
    ]);
  });

  it('says so in Bahasa Indonesia, with the country names in Indonesian', () => {
    setLang('id');
    expect(componentExposureFigures({ name: 'Tromol rem' }, drum({ name: 'Tromol rem' }), national(2023))).toEqual([
      'Tromol rem: impor nasional senilai USD 5,2 juta pada 2023, terutama dari Thailand 49%; Jepang 40%; Tiongkok 10% (HHI negara asal 0,42).',
      'Impor nasional Tromol rem berubah +31,5% per tahun selama 2021–2023.',
      'Pembeli dalam dataset melaporkan impor Tromol rem senilai USD 1,6 juta pada tahun terakhirnya (30% dari angka nasional).',
      '1 kode HS-nya tidak memiliki baris perdagangan pada 2023 (870899): kode itu tidak menambah angka nasionalnya.',
      'Angka nasional: 2023, sumber: BPS (illustrative).',
    ]);
  });

  it('says what is missing: no national figure, none in the year, no buyer, no row at all', () => {
    const none = drum({ nationalValueUsd: null, cover: null, origins: [], hhi: null, years: [], annualGrowth: null, hs: [] });
    expect(componentExposureFigures({ name: 'Brake drum' }, none, national(2023))).toEqual([
      'Brake drum: the national trade table has no figure for it (no concordance row or no trade table).',
      'Buyers in the dataset report imports of Brake drum worth USD 1.6 m in their latest year.',
    ]);
    const zero = drum({ nationalValueUsd: 0, cover: null, buyersValueUsd: 0, origins: [], hhi: null, annualGrowth: null, hs: [{ hs: '870830', share: 1, traded: true }] });
    expect(componentExposureFigures({ name: 'Brake drum' }, zero, national(2023, []))).toEqual([
      'Brake drum: no national imports in 2023.',
      'No buyer in the dataset reports importing Brake drum.',
      'National figures: 2023, source: the trade rows name no source.',
    ]);
    setLang('id');
    expect(componentExposureFigures({ name: 'Puli' }, undefined, national(2023))).toEqual(['Baik impor yang dilaporkan pembeli maupun tabel perdagangan nasional tidak memuat angka untuk Puli.']);
  });
});
