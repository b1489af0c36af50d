// Import-exposure facts from Neo4j: cypher/analysis/imports-by-component.cypher and
// imports-by-buyer.cypher, run through the store's read(). The queries also return importShare,
// hhi and origin shares for researchers; the API derives those itself (exposure.ts) from the same
// facts, and test/imports/researcher-columns.neo4j.test.ts checks the two agree.
import { cypherFile } from '../../store/cypher-files.ts';
import type { GraphStore } from '../../store/index.ts';
import type { BuyerExposureFact, ExposureFact, ImportFacts, OriginFact } from './facts.ts';
import { byKey } from './order.ts';
import { int, list, num, obj, str, strOrNull } from './rows.ts';

type Row = Record<string, unknown>;

const origin = (v: unknown): OriginFact => {
  const o = obj(v);
  return { country: str(o.country), name: str(o.name), valueUsd: num(o.valueUsd) };
};

const fact = (row: Row, id: string, importers: string): ExposureFact => ({
  id: str(row[id]),
  name: str(row.name),
  importedValueUsd: num(row.importedValueUsd),
  domesticValueUsd: num(row.domesticValueUsd),
  origins: list(row.origins).map(origin).sort(byKey((o) => o.country)),
  importers: int(row[importers]),
  suppliers: int(row.suppliers),
});

export async function neo4jImportFacts(store: GraphStore): Promise<ImportFacts> {
  const [byComponent, byBuyer] = await Promise.all([
    store.read(await cypherFile('analysis/imports-by-component.cypher'), { component: null }),
    store.read(await cypherFile('analysis/imports-by-buyer.cypher'), { buyer: null }),
  ]);
  const components = byComponent.map((row) => fact(row, 'component', 'buyers')).sort(byKey((f) => f.id));
  const buyers: BuyerExposureFact[] = byBuyer.map((row) => ({ ...fact(row, 'buyer', 'components'), tier: strOrNull(row.tier) })).sort(byKey((f) => f.id));
  return { components, buyers };
}
