// A dataset loaded into Neo4j before the load recorded whether it is synthetic (RantaiMeta has no
// `synthetic`) is read from its firms: every firm naming rantai generate as its source. The
// national test server's Neo4j had been loaded so, and its pages showed no "synthetic data" badge.
// A direct write that gives one firm a real source makes it not synthetic in the next answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallDataset } from '../helpers/datasets.ts';
import { openDirectWrites, testNeo4jUri, type DirectWrites } from '../helpers/neo4j.ts';

const uri = testNeo4jUri();

describe.skipIf(uri === null)('synthetic, for a load that did not record it', () => {
  let fx: DirectWrites;
  beforeAll(() => {
    fx = openDirectWrites(uri!);
  });
  afterAll(async () => fx?.close());

  it('is read from the firms, and follows a direct write', async () => {
    // The helper's dataset is generated: every firm names the generator as its source.
    const dataset = smallDataset(5);
    expect(dataset.firms.every((f) => f.source === 'synthetic (rantai generate)')).toBe(true);
    await fx.store.replace(dataset, 'old load');
    expect((await fx.store.info()).synthetic).toBe(true);
    // As an older load left it: no `synthetic` on RantaiMeta.
    await fx.write("MATCH (m:RantaiMeta {id: 'dataset'}) REMOVE m.synthetic");
    expect((await fx.store.info()).synthetic).toBe(true);
    await fx.write(`MATCH (f:Firm {id: '${dataset.firms[0]!.id}'}) SET f.source = 'Kemenperin 2024'`);
    expect((await fx.store.info()).synthetic).toBe(false);
  });
});
