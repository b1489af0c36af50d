// The Indonesian names of the dataset a store holds now, kept as the store keeps other derived
// facts: the embedded store until its dataset is replaced, Neo4j per data version (so a name
// changed directly in Neo4j shows in the next answer). One read of the labels that may have them:
// components, processes, materials, programmes, firms and countries (at national scale 2,000 components and
// 100,000 firms scanned, a fraction of a second, once per data version).
import type { Lang } from '../i18n/index.ts';
import { cypherFile } from '../store/cypher-files.ts';
import { atVersion, wholeGraph, type GraphStore } from '../store/index.ts';
import { datasetNames, indonesianOf, indonesianOfNodes, namesIn, type DataNames } from './book.ts';

const KEY = 'data-names';

/** The names an answer in `lang` uses (English reads nothing). */
export async function dataNames(store: GraphStore, lang: Lang): Promise<DataNames> {
  if (lang !== 'id') return datasetNames(lang);
  const indonesian =
    store.kind === 'neo4j'
      ? await atVersion(store, KEY, async (read) => indonesianOf((await read(await cypherFile('analysis/data-names.cypher'), {})) as Array<{ id: string; name?: unknown; description?: unknown; country?: unknown }>))
      : await wholeGraph(store, KEY, (snap) => indonesianOfNodes(snap.nodes));
  return namesIn(lang, indonesian);
}
