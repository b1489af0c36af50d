// Import exposure (DESIGN.md, "Analyses > Import exposure"): per component and per buyer, the value
// imported (each buyer's latest year), the domestic supply value, the import share, the origin
// countries and their Herfindahl-Hirschman index. Public face of the folder.
import { DEFAULT_LANG, names, type Lang } from '../../i18n/index.ts';
import { TIERS } from '../../model/index.ts';
import { dataNames, localiseNames } from '../../names/index.ts';
import { wholeGraph, type GraphStore } from '../../store/index.ts';
import { embeddedImportFacts } from './embedded.ts';
import { exposureFromFacts } from './exposure.ts';
import type { ImportFacts } from './facts.ts';
import { neo4jImportFacts } from './neo4j.ts';
import type { ImportsOut } from './shapes.ts';
import { importsSummary } from './summary.ts';

export { exposureFromFacts } from './exposure.ts';
export { embeddedImportFacts, originsOf } from './embedded.ts';
export { latestFlows, pairKey, runs, type ImportFlow } from './flows.ts';
export { byCodeUnit, byKey, foldSum } from './order.ts';
export * from './shapes.ts';
export { importsTable, type ImportsTableRow } from './table.ts';
export { importsSummary } from './summary.ts';
export type { BuyerExposureFact, ExposureFact, ImportFacts, OriginFact } from './facts.ts';

/** The facts from whichever store holds the graph (Cypher on Neo4j, the snapshot otherwise). */
export async function importFacts(store: GraphStore): Promise<ImportFacts> {
  return store.kind === 'neo4j' ? neo4jImportFacts(store) : wholeGraph(store, 'import-facts', embeddedImportFacts);
}

export async function importExposure(store: GraphStore, lang: Lang = DEFAULT_LANG): Promise<ImportsOut> {
  // Named in the answer's language before the summary's sentences quote them.
  const exposure = localiseNames(exposureFromFacts(await importFacts(store)), await dataNames(store, lang));
  return { basis: 'buyers', ...exposure, summary: importsSummary(lang, exposure), lang, labels: { tiers: names(lang, 'tier', TIERS) } };
}
