// Numbers in the detail panel with their units, rounded for reading, in the UI language: USD with
// thousands separators below a million and "million"/"juta", "billion"/"miliar", "trillion"/"triliun"
// above (the complexity panel's totals use the same); tonnes,
// millimetres, kilograms, units a year, people. Exact values stay in the tooltip of each cell.
import { formatNumber, lang, t } from '../i18n.ts';

export function usd(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e12) return t('detail.unit.usdTrillion', { n: formatNumber(value / 1e12, 1) });
  if (abs >= 1e9) return t('detail.unit.usdBillion', { n: formatNumber(value / 1e9, 1) });
  if (abs >= 1e6) return t('detail.unit.usdMillion', { n: formatNumber(value / 1e6, 1) });
  return t('detail.unit.usd', { n: formatNumber(value, abs < 100 ? 2 : 0) });
}

/** Significant digits for small measures (0.05 mm, 2.35 kg), whole numbers for large ones. */
export function measure(value: number): string {
  const abs = Math.abs(value);
  return formatNumber(value, abs >= 100 ? 0 : abs >= 1 ? 2 : 4);
}

export const tonnesPerYear = (value: number): string => t('detail.unit.tonnesYear', { n: formatNumber(value) });
export const unitsPerYear = (value: number): string => t('detail.unit.unitsYear', { n: value });
export const units = (value: number): string => t('detail.unit.units', { n: value });
export const people = (value: number): string => t('detail.unit.people', { n: value });
export const mm = (value: number): string => t('detail.unit.mm', { n: measure(value) });
export const kg = (value: number): string => t('detail.unit.kg', { n: measure(value) });
// Indonesian writes decimals with a comma, so its two numbers are parted by a semicolon.
export const coordinates = (lat: number, lon: number): string => `${formatNumber(lat, 4)}${lang() === 'id' ? '; ' : ', '}${formatNumber(lon, 4)}`;

/** A list of names in the UI language: "a, b and c" / "a, b dan c". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  const and = lang() === 'id' ? ' dan ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]!}`;
}
