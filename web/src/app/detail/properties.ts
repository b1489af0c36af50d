// An entity's own properties as label → readable value rows: tiers and kinds in words, numbers with
// their units, coordinates and place names combined. The id is one row; name, source and estimate
// are shown elsewhere (title, provenance line); the description and a firm's sector are the page's language's. Unknown keys (none in a valid dataset) show as they are.
import type { EntityOut } from '../../../../server/store/shapes.ts';
import { formatNumber, lang, t } from '../i18n.ts';
import { coordinates, kg, mm, people, tonnesPerYear, usd } from './format.ts';
import type { Names } from './relations.ts';

type Props = EntityOut['properties'];
type Value = Props[string];

export interface PropertyRow {
  label: string;
  text: string;
  /** The stored value, for a tooltip when the text is rounded. */
  exact?: string;
}

// tier is the kind line under the title; the names and descriptions in two languages are placed
// by their own rule below (languageRows).
const SHOWN_ELSEWHERE = new Set(['id', 'name', 'nameId', 'description', 'descriptionId', 'sectorId', 'tier', 'source', 'sourceId', 'estimate', 'lat', 'lon', 'province', 'regency']);

/**
 * The entity's name on this page: in Indonesian its Indonesian name (the dataset's name_id) where
 * it has one, as every list and sentence of the page calls it; `name` otherwise.
 */
export function entityName(e: EntityOut): string {
  const id = lang() === 'id' ? str(e.properties.nameId) : null;
  return id ?? String(e.properties.name ?? e.id);
}

/** The description in the page's language, and the name in the other language (an analyst matches it with English or Indonesian papers). */
function languageRows(e: EntityOut): PropertyRow[] {
  const p = e.properties;
  const indonesian = lang() === 'id';
  const rows: PropertyRow[] = [];
  const description = (indonesian ? str(p.descriptionId) : null) ?? str(p.description);
  if (description !== null) rows.push({ label: t('detail.prop.description'), text: description });
  const english = str(p.name);
  const other = str(p.nameId) === null ? null : indonesian ? english : str(p.nameId);
  if (other !== null && other !== entityName(e)) rows.push({ label: t('detail.prop.otherName'), text: other });
  return rows;
}

const num = (v: Value | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: Value | undefined): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** A firm's sector in the page's language: its Indonesian text (sector_id) where the dataset gives one. */
const sectorText = (e: EntityOut): string => (lang() === 'id' ? str(e.properties.sectorId) : null) ?? String(e.properties.sector);

/** What the entity is, in words: "Pemasok tier-1", "Sentra IKM", "Negara asal impor", … */
export function kindText(e: EntityOut): string {
  if (e.label === 'Firm' && typeof e.properties.tier === 'string') return t(`detail.tier.${e.properties.tier}`);
  return t(`detail.label.${e.label}`);
}

const FORMATS: Record<string, (v: Value) => string | null> = {
  tier: (v) => (typeof v === 'string' ? t(`detail.tier.${v}`) : null),
  employees: (v) => (num(v) === null ? null : people(num(v)!)),
  workers: (v) => (num(v) === null ? null : people(num(v)!)),
  units: (v) => (num(v) === null ? null : formatNumber(num(v)!)),
  capacityTonnes: (v) => (num(v) === null ? null : tonnesPerYear(num(v)!)),
  massKg: (v) => (num(v) === null ? null : kg(num(v)!)),
  unitPriceUsd: (v) => (num(v) === null ? null : usd(num(v)!)),
  toleranceMm: (v) => (num(v) === null ? null : mm(num(v)!)),
};

const valueText = (key: string, v: Value): string => {
  const formatted = FORMATS[key]?.(v);
  if (formatted) return formatted;
  if (Array.isArray(v)) return v.join(', ');
  return typeof v === 'number' ? formatNumber(v, 4) : String(v);
};

const labelOf = (key: string): string => {
  const label = t(`detail.prop.${key}`);
  return label === `detail.prop.${key}` ? key : label;
};

export function propertyRows(e: EntityOut, names?: Pick<Names, 'category'>): PropertyRow[] {
  const p = e.properties;
  const rows: PropertyRow[] = [{ label: t(e.label === 'Country' ? 'detail.prop.iso' : 'detail.prop.id'), text: e.id }];
  const place = [str(p.regency), str(p.province)].filter((x): x is string => x !== null);
  if (place.length > 0) rows.push({ label: t('detail.prop.place'), text: place.join(', ') });
  const lat = num(p.lat);
  const lon = num(p.lon);
  if (lat !== null && lon !== null) rows.push({ label: t('detail.prop.coordinates'), text: coordinates(lat, lon), exact: `${lat}, ${lon}` });
  rows.push(...languageRows(e));
  for (const [key, v] of Object.entries(p)) {
    if (SHOWN_ELSEWHERE.has(key) || (Array.isArray(v) && v.length === 0)) continue;
    const text = key === 'category' && typeof v === 'string' && names ? names.category(v) : key === 'sector' ? sectorText(e) : valueText(key, v);
    rows.push({ label: labelOf(key), text, ...(typeof v === 'number' && text !== String(v) ? { exact: String(v) } : {}) });
  }
  return rows;
}
