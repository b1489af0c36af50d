// The national import exposure as one flat table (`rantai analyse imports --basis national
// --format csv`): a row per component, origins as "JPN 78.4 %; KOR 11.8 %", the years as
// "2022: 1200; 2023: 1500", the concordance as "870830 × 0.5".
import type { NationalImportsOut } from './shapes.ts';

export interface NationalTableRow {
  basis: 'national';
  component: string;
  name: string;
  year: number | '';
  national_value_usd: number;
  buyers_value_usd: number;
  hhi: number | '';
  annual_growth: number | '';
  origins: string;
  years: string;
  hs: string;
}

export function nationalTable(out: NationalImportsOut): NationalTableRow[] {
  return out.components.map((c) => ({
    basis: 'national',
    component: c.component,
    name: c.name,
    year: out.year ?? '',
    national_value_usd: c.nationalValueUsd,
    buyers_value_usd: c.buyersValueUsd,
    hhi: c.hhi ?? '',
    annual_growth: c.annualGrowth ?? '',
    origins: c.origins.map((o) => `${o.country} ${o.share === null ? '' : `${(o.share * 100).toFixed(1)} %`}`.trim()).join('; '),
    years: c.years.map((y) => `${y.year}: ${y.valueUsd}`).join('; '),
    hs: c.hs.map((h) => `${h.hs} × ${h.share}`).join('; '),
  }));
}
