// Trade facts from Neo4j: cypher/analysis/trade-national.cypher, trade-concordance.cypher,
// trade-years.cypher, world-years.cypher, world-trade.cypher and (the buyers' figures shown beside
// the national ones) imports-by-component.cypher. Each takes a read — the store's read(), or the
// read of a value kept per data version (GraphStore.keepAtVersion, index.ts).
import { cypherFile } from '../../store/cypher-files.ts';
import type { VersionedRead } from '../../store/index.ts';
import { byCodeUnit } from '../imports/order.ts';
import { int, list, num, obj, str, strings } from '../imports/rows.ts';
import type { ConcordanceFact, NationalFacts, WorldFacts, WorldRow, WorldYear } from './facts.ts';

const sorted = (v: unknown): string[] => [...new Set(strings(v))].sort(byCodeUnit);

export async function neo4jConcordance(read: VersionedRead): Promise<ConcordanceFact[]> {
  const rows = await read(await cypherFile('analysis/trade-concordance.cypher'), {});
  return rows.map((r) => ({ component: str(r.component), name: str(r.name), hs: str(r.hs), share: num(r.share) }));
}

export async function neo4jNationalFacts(read: VersionedRead): Promise<NationalFacts> {
  const [concordance, cells, years] = await Promise.all([
    neo4jConcordance(read),
    read(await cypherFile('analysis/trade-national.cypher'), { component: null }),
    read(await cypherFile('analysis/trade-years.cypher'), {}),
  ]);
  return {
    concordance,
    cells: cells.map((r) => ({ component: str(r.component), year: int(r.year), origin: str(r.origin), originName: str(r.originName), valueUsd: num(r.valueUsd) })),
    years: years.map((r) => ({ year: int(r.year), codes: sorted(r.codes), sources: sorted(r.sources), sourcesId: sorted(r.sourcesId) })),
  };
}

export async function neo4jWorldYears(read: VersionedRead): Promise<WorldYear[]> {
  const rows = await read(await cypherFile('analysis/world-years.cypher'), {});
  return rows.map((r) => ({
    year: int(r.year),
    sources: sorted(r.sources),
    sourcesId: sorted(r.sourcesId),
    exporters: list(r.exporters)
      .map((e) => ({ id: str(obj(e).id), name: str(obj(e).name) }))
      .sort((a, b) => byCodeUnit(a.id, b.id)),
  }));
}

export async function neo4jWorldRows(read: VersionedRead, year: number | null): Promise<WorldRow[]> {
  const rows = await read(await cypherFile('analysis/world-trade.cypher'), { year });
  return rows.map((r) => ({ year: int(r.year), exporter: str(r.exporter), hs: str(r.hs), valueUsd: num(r.valueUsd) }));
}

export async function neo4jWorldFacts(read: VersionedRead, year: number | null): Promise<WorldFacts> {
  const [rows, years] = await Promise.all([neo4jWorldRows(read, year), neo4jWorldYears(read)]);
  return { rows, years };
}

/** Each component's imports as the buyers report them (imports-by-component.cypher's importedValueUsd). */
export async function neo4jBuyersValues(read: VersionedRead): Promise<Map<string, number>> {
  const rows = await read(await cypherFile('analysis/imports-by-component.cypher'), { component: null });
  return new Map(rows.map((r) => [str(r.component), num(r.importedValueUsd)]));
}
