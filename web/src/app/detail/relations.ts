// An entity's relationships for reading: grouped by type and direction ("Supplies to", "Supplied
// by", "Members", …) in a fixed, natural order, each group with its count of partners; several
// relationships to the same partner (three CAN rows to one process, one per material; imports of
// one component over several years) merged into one row with their count and a summary of their
// properties: components and materials named, quantities added, the finest tolerance, the
// earliest start; values over several years are those of the latest year, and say so.
import type { EntityOut } from '../../../../server/store/shapes.ts';
import { nodeName } from '../countries.ts';
import { formatPercent, lang, t } from '../i18n.ts';
import { listText, mm, tonnesPerYear, units, unitsPerYear, usd } from './format.ts';

type Rel = EntityOut['relationships'][number];

export interface RelationRow {
  other: Rel['other'];
  /** How many relationships the row stands for (1 unless merged). */
  count: number;
  /** What the relationships say, in words ("Brake drum, Flywheel · 30,000 units a year · …"). */
  details: string[];
  /** For ordering: the largest value or quantity the row carries. */
  weight: number;
}

export interface RelationGroup {
  key: string;
  title: string;
  rows: RelationRow[];
  /** Relationships in the group (≥ rows.length). */
  total: number;
}

/** Group order: what an analyst asks first about a firm, then about the other kinds of entry. */
const ORDER = [
  'MEMBER_OF|out', 'MEMBER_OF|in', 'SUPPLIES|out', 'SUPPLIES|in', 'MAKES|out', 'MAKES|in', 'NEEDS|out', 'NEEDS|in',
  'IMPORTS|out', 'IMPORTS|in', 'CAN|out', 'CAN|in', 'WORKS|out', 'WORKS|in', 'NEEDS_PROCESS|out', 'NEEDS_PROCESS|in',
  'MADE_OF|out', 'MADE_OF|in', 'ENROLLED_IN|out', 'ENROLLED_IN|in',
  'MAPS_TO|in', 'MAPS_TO|out', 'TRADE|out', 'TRADE|in', 'EXPORTS|out', 'EXPORTS|in',
];

export interface Names {
  component(id: string): string;
  material(id: string): string;
  /** A component category in the page's language (/api/catalog's labels), as given when unknown. */
  category(raw: string): string;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const sum = (values: Array<number | null>): number | null => {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((s, v) => s + v, 0);
};
const distinct = (values: Array<string | null>): string[] => [...new Set(values.filter((v): v is string => v !== null && v !== ''))];

function summarise(type: Rel['type'], rels: Rel[], names: Names): { details: string[]; weight: number } {
  const props = rels.map((r) => r.properties);
  const details: string[] = [];
  const components = distinct(props.map((p) => (typeof p.component === 'string' ? names.component(p.component) : null)));
  if (components.length > 0) details.push(listText(components));
  const materials = distinct(props.map((p) => (typeof p.material === 'string' ? names.material(p.material) : null)));
  if (materials.length > 0) details.push(t(materials.length === 1 ? 'detail.rel.material' : 'detail.rel.materials', { list: listText(materials) }));
  // Quantities of different years are not added up: the latest year's stand for the row.
  const years = [...new Set(props.map((p) => num(p.year)).filter((y): y is number => y !== null))].sort((a, b) => a - b);
  const latest = years.length > 0 ? years[years.length - 1]! : null;
  const current = years.length > 1 ? props.filter((p) => num(p.year) === latest) : props;
  if (years.length === 1) details.push(String(years[0]));
  if (years.length > 1) details.push(t('detail.rel.years', { first: String(years[0]), last: String(latest) }));
  const prefix = years.length > 1 ? t('detail.rel.inYear', { year: String(latest) }) : '';
  const value = sum(current.map((p) => num(p.valueUsd)));
  const perYear = sum(current.map((p) => num(p.unitsPerYear)));
  const count = sum(current.map((p) => num(p.units)));
  const capacity = sum(current.map((p) => num(p.capacityTonnes)));
  const quantities: string[] = [];
  if (perYear !== null) quantities.push(unitsPerYear(perYear));
  if (count !== null) quantities.push(units(count));
  if (value !== null) quantities.push(type === 'SUPPLIES' ? t('detail.rel.valueYear', { value: usd(value) }) : usd(value));
  if (capacity !== null) quantities.push(t('detail.rel.capacity', { value: tonnesPerYear(capacity) }));
  if (quantities.length > 0) details.push(`${prefix}${quantities.join(', ')}`);
  const tolerances = props.map((p) => num(p.toleranceMm)).filter((x): x is number => x !== null);
  if (tolerances.length > 0) details.push(t('detail.rel.tolerance', { value: mm(Math.min(...tolerances)) }));
  // A concordance row (HS code → component): the part of the code's trade that is the component.
  const share = props.map((p) => num(p.share)).find((x): x is number => x !== null);
  if (share !== undefined) details.push(t('detail.rel.share', { value: formatPercent(share, 1) }));
  const since = props.map((p) => num(p.since)).filter((x): x is number => x !== null);
  if (since.length > 0) details.push(t('detail.rel.since', { year: String(Math.min(...since)) }));
  return { details, weight: value ?? perYear ?? count ?? capacity ?? 0 };
}

export function relationGroups(relationships: readonly Rel[], names: Names): RelationGroup[] {
  const groups = new Map<string, Map<string, Rel[]>>();
  for (const r of relationships) {
    const key = `${r.type}|${r.direction}`;
    let byOther = groups.get(key);
    if (!byOther) groups.set(key, (byOther = new Map()));
    const list = byOther.get(r.other.id);
    if (list) list.push(r);
    else byOther.set(r.other.id, [r]);
  }
  const rank = (key: string) => (ORDER.includes(key) ? ORDER.indexOf(key) : ORDER.length);
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : 1))
    .map(([key, byOther]) => {
      const rows = [...byOther.values()].map((rels) => ({ other: rels[0]!.other, count: rels.length, ...summarise(rels[0]!.type, rels, names) }));
      // Ties by the name the panel shows: a country in the page's language (Jepang before Tiongkok).
      const collator = new Intl.Collator(lang() === 'id' ? 'id-ID' : 'en-GB');
      const shown = (o: Rel['other']) => nodeName({ id: o.id, label: o.label, name: o.name });
      rows.sort((a, b) => b.weight - a.weight || collator.compare(shown(a.other), shown(b.other)));
      return { key, title: t(`detail.rel.${key.replace('|', '.')}`), rows, total: [...byOther.values()].reduce((s, l) => s + l.length, 0) };
    });
}
