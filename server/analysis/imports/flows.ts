// Latest-year import flows from a graph snapshot: for each buyer × component, the IMPORTS rows of
// the latest year that buyer reports for it (DESIGN.md, "Analyses > Import exposure").
import type { GraphRel } from '../../model/index.ts';
import { byCodeUnit } from './order.ts';

export interface ImportFlow {
  buyer: string;
  component: string;
  country: string;
  year: number;
  valueUsd: number;
  units: number | null;
}

/** An unambiguous key for a pair of ids (length-prefixed, so no separator can collide). */
export const pairKey = (a: string, b: string): string => `${a.length}:${a}${b}`;

const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/** Latest-year flows, sorted by component, buyer, country. */
export function latestFlows(rels: readonly GraphRel[]): ImportFlow[] {
  const all: ImportFlow[] = [];
  const latest = new Map<string, number>();
  for (const r of rels) {
    if (r.type !== 'IMPORTS') continue;
    const component = String(r.props.component);
    const year = num(r.props.year) ?? 0;
    all.push({ buyer: r.from, component, country: r.to, year, valueUsd: num(r.props.valueUsd) ?? 0, units: num(r.props.units) });
    const key = pairKey(r.from, component);
    if ((latest.get(key) ?? -Infinity) < year) latest.set(key, year);
  }
  return all
    .filter((f) => latest.get(pairKey(f.buyer, f.component)) === f.year)
    .sort((a, b) => byCodeUnit(a.component, b.component) || byCodeUnit(a.buyer, b.buyer) || byCodeUnit(a.country, b.country));
}

/** Groups sorted rows into runs of equal key (the rows must already be sorted by that key). */
export function runs<T>(rows: readonly T[], key: (row: T) => string): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let last: string | undefined;
  for (const row of rows) {
    const k = key(row);
    if (k !== last && current.length > 0) {
      out.push(current);
      current = [];
    }
    current.push(row);
    last = k;
  }
  if (current.length > 0) out.push(current);
  return out;
}
