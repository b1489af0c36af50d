// Trade facts from Neo4j: cypher/analysis/trade-national.cypher, trade-concordance.cypher,
// trade-years.cypher, world-years.cypher and world-trade.cypher, run through the store's read().
import { cypherFile } from '../../store/cypher-files.ts';
import type { GraphStore } from '../../store/index.ts';
import { byCodeUnit } from '../imports/order.ts';
import { int, list, num, obj, str, strings } from '../imports/rows.ts';
import type { ConcordanceFact, NationalFacts, WorldFacts, WorldRow, WorldYear } from './facts.ts';

const sorted = (v: unknown): string[] => [...new Set(strings(v))].sort(byCodeUnit);

export async function neo4jConcordance(store: GraphStore): Promise<ConcordanceFact[]> {
  const rows = await store.read(await cypherFile('analysis/trade-concordance.cypher'), {});
  return rows.map((r) => ({ component: str(r.component), name: str(r.name), hs: str(r.hs), share: num(r.share) }));
}

export async function neo4jNationalFacts(store: GraphStore): Promise<NationalFacts> {
  const [concordance, cells, years] = await Promise.all([
    neo4jConcordance(store),
    store.read(await cypherFile('analysis/trade-national.cypher'), { component: null }),
    store.read(await cypherFile('analysis/trade-years.cypher'), {}),
  ]);
  return {
    concordance,
    cells: cells.map((r) => ({ component: str(r.component), year: int(r.year), origin: str(r.origin), originName: str(r.originName), valueUsd: num(r.valueUsd) })),
    years: years.map((r) => ({ year: int(r.year), codes: sorted(r.codes), sources: sorted(r.sources) })),
  };
}

export async function neo4jWorldYears(store: GraphStore): Promise<WorldYear[]> {
  const rows = await store.read(await cypherFile('analysis/world-years.cypher'), {});
  return rows.map((r) => ({
    year: int(r.year),
    sources: sorted(r.sources),
    exporters: list(r.exporters)
      .map((e) => ({ id: str(obj(e).id), name: str(obj(e).name) }))
      .sort((a, b) => byCodeUnit(a.id, b.id)),
  }));
}

export async function neo4jWorldRows(store: GraphStore, year: number | null): Promise<WorldRow[]> {
  const rows = await store.read(await cypherFile('analysis/world-trade.cypher'), { year });
  return rows.map((r) => ({ year: int(r.year), exporter: str(r.exporter), hs: str(r.hs), valueUsd: num(r.valueUsd) }));
}

export async function neo4jWorldFacts(store: GraphStore, year: number | null): Promise<WorldFacts> {
  const [rows, years] = await Promise.all([neo4jWorldRows(store, year), neo4jWorldYears(store)]);
  return { rows, years };
}
