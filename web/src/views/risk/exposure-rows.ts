// One row per imported component for the import-exposure table (issue 15): the buyers' figures
// (GET /api/analysis/imports) joined with the national ones (…?basis=national) by component id, and
// the same rows as an export table whose headers name the basis of each figure. Country names are
// in the reader's language (server/i18n/countries.ts, shared with the server's sentences).
import type { ImportsOut } from '../../../../server/analysis/imports/shapes.ts';
import type { NationalImportsOut } from '../../../../server/analysis/trade/shapes.ts';
import { countryName } from '../../../../server/i18n/countries.ts';
import { formatPercent, lang, t } from '../../app/i18n.ts';
import type { TableExport } from '../../app/view.ts';
import { col } from '../../export/index.ts';
import './exposure-messages.ts';

/** Origin countries named in a row before "+n more". */
export const SHOWN_ORIGINS = 3;

export interface ExposureRow {
  id: string;
  name: string;
  buyersValueUsd: number;
  buyersHhi: number | null;
  /** null: the dataset has no national table (or the component no concordance row). */
  nationalValueUsd: number | null;
  /** buyers / national; null without a national value. */
  cover: number | null;
  origins: Array<{ country: string; name: string; share: number | null }>;
  hhi: number | null;
  years: Array<{ year: number; valueUsd: number }>;
  annualGrowth: number | null;
  /** The concordance rows; `traded`: the trade table has a row of the code in the year. */
  hs: Array<{ hs: string; share: number; traded: boolean }>;
}

/** The rows of components that either answer gives an import value, largest national value first. */
export function exposureRows(buyers: ImportsOut, national: NationalImportsOut): ExposureRow[] {
  const byId = new Map<string, ExposureRow>();
  for (const c of buyers.components) {
    byId.set(c.id, { id: c.id, name: c.name, buyersValueUsd: c.importedValueUsd, buyersHhi: c.hhi, nationalValueUsd: null, cover: null, origins: [], hhi: null, years: [], annualGrowth: null, hs: [] });
  }
  for (const n of national.components) {
    const row = byId.get(n.component) ?? { id: n.component, name: n.name, buyersValueUsd: n.buyersValueUsd, buyersHhi: null, nationalValueUsd: null, cover: null, origins: [], hhi: null, years: [], annualGrowth: null, hs: [] };
    Object.assign(row, {
      nationalValueUsd: n.nationalValueUsd,
      cover: n.nationalValueUsd > 0 ? row.buyersValueUsd / n.nationalValueUsd : null,
      origins: n.origins.map((o) => ({ country: o.country, name: o.name, share: o.share })),
      hhi: n.hhi,
      years: n.years,
      annualGrowth: n.annualGrowth,
      hs: n.hs.map((x) => ({ hs: x.hs, share: x.share, traded: x.traded })),
    });
    byId.set(n.component, row);
  }
  return [...byId.values()]
    .filter((r) => r.buyersValueUsd > 0 || (r.nationalValueUsd ?? 0) > 0)
    .sort((a, b) => (b.nationalValueUsd ?? -1) - (a.nationalValueUsd ?? -1) || b.buyersValueUsd - a.buyersValueUsd || a.name.localeCompare(b.name));
}

/** A growth a year with its sign: "+12.5 %" / "-8 %" (the sign says which way, as a trend column reads). */
export const signedGrowth = (g: number): string => `${g > 0 ? '+' : ''}${formatPercent(g, 1)}`;

/** A share as the views write it: 0.784 → "78 %" / "78%". */
export const pct = (share: number | null): string => (share === null ? '—' : formatPercent(share));

/**
 * The HS codes a component's national figure comes from, with the share of each taken for it:
 * "HS 870830 × 50%". Components that share a heading show the same national figures, which read
 * as a copy error until the heading is named.
 */
export const hsText = (r: Pick<ExposureRow, 'hs'>): string => (r.hs.length === 0 ? '' : `HS ${r.hs.map((x) => `${x.hs} × ${formatPercent(x.share)}`).join(', ')}`);

/** An origin country's name in the UI language (Tiongkok, Jepang, …), the dataset's name otherwise. */
export const originName = (o: { country: string; name: string }): string => countryName(lang(), o.country, o.name);

/** ["Jepang 78%", "Korea Selatan 12%", "+2 lainnya"]: the first `limit` origins, then how many more. */
export const originParts = (row: ExposureRow, limit = Infinity): string[] => {
  const shown = row.origins.slice(0, limit).map((o) => `${originName(o)} ${pct(o.share)}`);
  const rest = row.origins.length - shown.length;
  return [...shown, ...(rest > 0 ? [t('exp.more', { n: rest })] : [])];
};

/** "Jepang 78%; Korea Selatan 12%; Tiongkok 10%" (every origin: the export keeps them all). */
export const originsText = (row: ExposureRow, limit = Infinity): string => originParts(row, limit).join('; ');

/** The export table: the buyers' and the national figures side by side, every year of the trade table as a column. */
export function exposureTable(rows: readonly ExposureRow[], national: NationalImportsOut): TableExport {
  const year = national.year;
  // Documents show the year's value (their title names the year; a header holds no number, so the
  // export test can tell it is the app's words); the CSV keeps every year of the table.
  const yearCols = national.years.map((y) => col(`national${y}`, t('exp.col.nationalNone'), 'usd', { csvOnly: y !== year }));
  return {
    title: year === null ? t('exp.tableTitleNone') : t('exp.tableTitle', { year: String(year) }),
    sheet: t('exp.tableSheet'),
    columns: [
      col('component', 'component', 'text', { id: true }),
      col('componentName', t('exp.col.component')),
      col('hsText', t('exp.col.hs')),
      col('buyersValueUsd', t('exp.col.buyers'), 'usd'),
      col('buyersHhi', t('exp.col.buyersHhi'), 'decimal', { digits: 2 }),
      col('nationalYear', t('exp.col.year'), 'year', { csvOnly: true }),
      ...yearCols,
      col('buyersShareOfNational', t('exp.col.cover'), 'percent'),
      // Where the imports come from is what a briefing on them is about: kept on slides too.
      col('mainOrigins', t('exp.col.origins'), 'text', { long: true, slide: true }),
      col('originCodes', t('exp.col.originCodes'), 'text', { csvOnly: true }),
      col('originHhi', t('exp.col.hhi'), 'decimal', { digits: 2 }),
      col('annualGrowth', t('exp.col.growth'), 'percent'),
      col('hs', t('exp.col.hsShares'), 'text', { csvOnly: true }),
    ],
    rows: rows.map((r) => ({
      component: r.id,
      componentName: r.name,
      hsText: hsText(r),
      buyersValueUsd: r.buyersValueUsd,
      buyersHhi: r.buyersHhi,
      nationalYear: year,
      ...Object.fromEntries(national.years.map((y) => [`national${y}`, r.years.find((x) => x.year === y)?.valueUsd ?? null])),
      buyersShareOfNational: r.cover,
      mainOrigins: originsText(r),
      originCodes: r.origins.map((o) => `${o.country} ${o.share === null ? '' : o.share.toFixed(4)}`.trim()).join('; '),
      originHhi: r.hhi,
      annualGrowth: r.annualGrowth,
      hs: r.hs.map((x) => `${x.hs} × ${x.share}`).join('; '),
    })),
  };
}
