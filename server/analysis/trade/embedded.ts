// Trade facts from a graph snapshot (the embedded store's path), in the orders of facts.ts, so that
// they equal what cypher/analysis/trade-*.cypher and world-*.cypher return from Neo4j.
import type { GraphData, GraphNode } from '../../model/index.ts';
import { byCodeUnit, foldSum } from '../imports/order.ts';
import type { ConcordanceFact, NationalCell, NationalFacts, TradeYear, WorldFacts, WorldRow, WorldYear } from './facts.ts';

const num = (v: unknown): number => (typeof v === 'number' ? v : 0);
const sortedText = (values: Iterable<unknown>): string[] => [...new Set([...values].filter((v): v is string => typeof v === 'string'))].sort(byCodeUnit);

interface Indexed {
  node: Map<string, GraphNode>;
  code: (id: string) => string;
  name: (id: string) => string;
}

function indexOf(snap: GraphData): Indexed {
  const node = new Map(snap.nodes.map((n) => [n.id, n]));
  return { node, code: (id) => String(node.get(id)?.props.code ?? id), name: (id) => String(node.get(id)?.props.name ?? id) };
}

export function concordanceOf(snap: GraphData, ix: Indexed = indexOf(snap)): ConcordanceFact[] {
  return snap.rels
    .filter((r) => r.type === 'MAPS_TO')
    .map((r) => ({ component: r.to, name: ix.name(r.to), hs: ix.code(r.from), share: num(r.props.share) }))
    .sort((a, b) => byCodeUnit(a.component, b.component) || byCodeUnit(a.hs, b.hs));
}

export function embeddedNationalFacts(snap: GraphData): NationalFacts {
  const ix = indexOf(snap);
  const concordance = concordanceOf(snap, ix);
  // TRADE by HS code: (year, origin, value).
  const trade = new Map<string, Array<{ year: number; origin: string; valueUsd: number; source: unknown; sourceId: unknown }>>();
  for (const r of snap.rels) {
    if (r.type !== 'TRADE') continue;
    const code = ix.code(r.to);
    let list = trade.get(code);
    if (!list) trade.set(code, (list = []));
    list.push({ year: num(r.props.year), origin: r.from, valueUsd: num(r.props.valueUsd), source: r.props.source, sourceId: r.props.sourceId ?? r.props.source });
  }
  // Per component, year, origin: the products value × share in HS code order (the concordance is sorted so).
  const cells: NationalCell[] = [];
  let start = 0;
  while (start < concordance.length) {
    const component = concordance[start]!.component;
    let end = start;
    while (end < concordance.length && concordance[end]!.component === component) end++;
    const terms = new Map<string, { year: number; origin: string; values: number[] }>();
    for (let i = start; i < end; i++) {
      const m = concordance[i]!;
      for (const t of trade.get(m.hs) ?? []) {
        const key = `${t.year}\u0000${t.origin}`;
        let cell = terms.get(key);
        if (!cell) terms.set(key, (cell = { year: t.year, origin: t.origin, values: [] }));
        cell.values.push(t.valueUsd * m.share);
      }
    }
    for (const c of [...terms.values()].sort((a, b) => a.year - b.year || byCodeUnit(a.origin, b.origin))) {
      cells.push({ component, year: c.year, origin: c.origin, originName: ix.name(c.origin), valueUsd: foldSum(c.values) });
    }
    start = end;
  }
  const byYear = new Map<number, { codes: Set<string>; sources: unknown[]; sourcesId: unknown[] }>();
  for (const [code, list] of trade) {
    for (const t of list) {
      let y = byYear.get(t.year);
      if (!y) byYear.set(t.year, (y = { codes: new Set(), sources: [], sourcesId: [] }));
      y.codes.add(code);
      y.sources.push(t.source);
      y.sourcesId.push(t.sourceId);
    }
  }
  const years: TradeYear[] = [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, y]) => ({ year, codes: [...y.codes].sort(byCodeUnit), sources: sortedText(y.sources), sourcesId: sortedText(y.sourcesId) }));
  return { concordance, cells, years };
}

/** The world table's years with their sources and exporters. */
export function embeddedWorldYears(snap: GraphData): WorldYear[] {
  const ix = indexOf(snap);
  const byYear = new Map<number, { sources: unknown[]; sourcesId: unknown[]; exporters: Set<string> }>();
  for (const r of snap.rels) {
    if (r.type !== 'EXPORTS') continue;
    const year = num(r.props.year);
    let y = byYear.get(year);
    if (!y) byYear.set(year, (y = { sources: [], sourcesId: [], exporters: new Set() }));
    y.sources.push(r.props.source);
    y.sourcesId.push(r.props.sourceId ?? r.props.source);
    y.exporters.add(r.from);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, y]) => ({ year, sources: sortedText(y.sources), sourcesId: sortedText(y.sourcesId), exporters: [...y.exporters].sort(byCodeUnit).map((id) => ({ id, name: ix.name(id) })) }));
}

/** The EXPORTS rows of one year (or all), by year, exporter, HS code. */
export function embeddedWorldRows(snap: GraphData, year: number | null): WorldRow[] {
  const ix = indexOf(snap);
  return snap.rels
    .filter((r) => r.type === 'EXPORTS' && (year === null || num(r.props.year) === year))
    .map((r) => ({ year: num(r.props.year), exporter: r.from, hs: ix.code(r.to), valueUsd: num(r.props.valueUsd) }))
    .sort((a, b) => a.year - b.year || byCodeUnit(a.exporter, b.exporter) || byCodeUnit(a.hs, b.hs));
}

export function embeddedWorldFacts(snap: GraphData, year: number | null): WorldFacts {
  return { rows: embeddedWorldRows(snap, year), years: embeddedWorldYears(snap) };
}
