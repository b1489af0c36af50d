// The import exposure's key figures with a component in focus: the national answer's own summary
// is about every component (the total, the largest, the codes without trade), which a briefing on
// one component would misread as its own. These sentences say the component's row instead.
import type { NationalImportsOut } from '../../../../server/analysis/trade/shapes.ts';
import { formatFixed, formatUsd, t } from '../../app/i18n.ts';
import { originsText, pct, signedGrowth, SHOWN_ORIGINS, type ExposureRow } from './exposure-rows.ts';

/** Sentences about one component's row (undefined: neither table has a figure for it). */
export function componentExposureFigures(component: { name: string }, row: ExposureRow | undefined, national: NationalImportsOut): string[] {
  if (!row) return [t('exp.componentNone', { component: component.name })];
  const name = row.name;
  const year = national.year;
  const lines: string[] = [];
  if (year === null || row.nationalValueUsd === null) lines.push(t('exp.fig.noNational', { component: name }));
  else if (row.nationalValueUsd === 0) lines.push(t('exp.fig.nationalZero', { component: name, year: String(year) }));
  else lines.push(t('exp.fig.national', { component: name, value: formatUsd(row.nationalValueUsd), year: String(year), origins: originsText(row, SHOWN_ORIGINS), hhi: row.hhi === null ? '—' : formatFixed(row.hhi, 2) }));
  const first = row.years.find((y) => y.valueUsd > 0)?.year;
  const last = row.years[row.years.length - 1]?.year;
  if (row.annualGrowth !== null && first !== undefined && last !== undefined) {
    lines.push(t('exp.fig.growth', { component: name, growth: signedGrowth(row.annualGrowth), first: String(first), last: String(last) }));
  }
  if (row.buyersValueUsd === 0) lines.push(t('exp.fig.noBuyers', { component: name }));
  else if (row.cover === null) lines.push(t('exp.fig.buyersOnly', { component: name, value: formatUsd(row.buyersValueUsd) }));
  else lines.push(t('exp.fig.buyers', { component: name, value: formatUsd(row.buyersValueUsd), cover: pct(row.cover) }));
  const untraded = row.hs.filter((x) => !x.traded).map((x) => x.hs);
  if (year !== null && row.nationalValueUsd !== null && untraded.length > 0) lines.push(t('exp.fig.untraded', { n: untraded.length, year: String(year), codes: untraded.join(', ') }));
  if (year !== null && row.nationalValueUsd !== null) lines.push(t('exp.source', { year: String(year), source: national.sources.length > 0 ? national.sources.join('; ') : t('exp.noSource') }));
  return lines;
}
