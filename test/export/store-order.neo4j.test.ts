// The GraphML and GEXF files of one dataset are the same file whichever store holds it: the same
// nodes and edges in the same order (export/stable-order.ts), the same attributes. Each store hands
// its graph over in its own order (the embedded store in the dataset's, Neo4j in its storage's), and
// a diff of the two files was useless. Checked on the seed (trade tables included) and a generated
// dataset, against a real Neo4j; and the order itself by hand on the seed: the first node is a Firm
// (NODE_LABELS' first kind) with the smallest id, the first edge a MEMBER_OF (REL_TYPES' first).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGexf, toGraphml } from '../../server/export/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import type { Neo4jStore } from '../../server/store/neo4j/index.ts';
import { SEED_AND_GENERATED } from '../helpers/datasets.ts';
import { openTestNeo4jStore, testNeo4jUri } from '../helpers/neo4j.ts';

const uri = testNeo4jUri();
let neo: Neo4jStore;
beforeAll(async () => {
  if (uri) neo = await openTestNeo4jStore(uri);
});
afterAll(async () => neo?.close());

describe.skipIf(uri === null)('GraphML and GEXF from either store', () => {
  it.each(SEED_AND_GENERATED)('are the same file on the %s dataset', async (_name, load) => {
    const dataset = await load();
    const embedded = new EmbeddedStore(dataset);
    await neo.replace(dataset, 'export order');
    const [fromNeo, fromEmbedded] = [await neo.snapshot(), await embedded.snapshot()];
    // Not already in one order: the files would agree without the sort.
    expect(fromNeo.nodes.map((n) => n.id)).not.toEqual(fromEmbedded.nodes.map((n) => n.id));
    const graphml = toGraphml(fromEmbedded);
    expect(toGraphml(fromNeo)).toBe(graphml);
    expect(toGexf(fromNeo)).toBe(toGexf(fromEmbedded));

    const firmIds = dataset.firms.map((f) => f.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(graphml.match(/<node id="([^"]+)"/)![1]).toBe(firmIds[0]);
    expect(graphml.match(/<edge id="([^|"]+)\|/)![1]).toBe('MEMBER_OF');
  }, 300_000);
});
